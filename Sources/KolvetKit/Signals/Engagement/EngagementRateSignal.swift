/// `engagement.rate`: median interactions per follower over the recent notes, against what peers of the same
/// size get.
///
/// value = median over recent notes of (interactions / followers). Expected rate E(F) / F, with E from
/// `Benchmarks.expectedInteractions`: the curve fitted on real creators below 10,000 followers, the tier's prior
/// rate above. Thresholds are factors of the expected rate: warn below 0.3 ×, fail below 0.159 × — e^(−1.28σ)
/// and e^(−1.96σ), the 10th and 2.5th percentiles of real creators around the curve (σ = its residual
/// deviation; docs/calibration.md). Where the expectation is a prior rate (micro and above, or a vertical's), the
/// prior factors `benchmarks.prior_rate_thresholds` apply instead (0.5 ×, 0.25 ×). Not decisive: low engagement makes a creator weak, not a fraud
/// (`followers.engagement_mismatch` carries that). Unknown with no follower count or fewer than `minimum_notes`.
package struct EngagementRateSignal: Signal {
    package let id = "engagement.rate"
    package let category = SignalCategory.engagement
    package let summary = "median interactions per follower over recent notes, against peers of the same size"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let metrics = context.engagement
        let settings = context.configuration.engagement
        guard let followers = context.dossier.creator.followers?.value else {
            return .unknown(.share, VettingContext.noFollowerCount)
        }
        guard followers > 0, let tier = context.tier else {
            return .unknown(.share, "0 followers: a rate per follower cannot be computed")
        }
        guard
            let expected = context.configuration.benchmarks.expectedInteractions(
                followers: followers, tier: tier, vertical: context.dossier.creator.vertical)
        else {
            return .unknown(.share, "no engagement benchmark configured for the \(tier.rawValue) tier")
        }
        let benchmark = expected.interactions / Double(followers)
        let factors =
            expected.isFromRealData
            ? context.thresholds(for: id) : context.configuration.benchmarks.priorRateThresholds
        if metrics.isFromAverages, let mean = metrics.meanRatePerFollower {
            return SignalMeasurement(
                value: mean, unit: .share,
                thresholds: factors.scaled(by: benchmark),
                evidence:
                    "the MCN's averages give \(ReportFormatting.percent(mean)) of followers interacting per note (a "
                    + "mean, which one viral note inflates; ask for per-note data); \(expected.description) get "
                    + ReportFormatting.percent(benchmark))
        }
        guard !metrics.isThin(settings), let median = metrics.medianRatePerFollower else {
            return .unknown(
                .share,
                "only \(metrics.notes.count) notes with counts (\(settings.minimumNotes) needed): add recent notes")
        }
        let counted = metrics.includedCounts.map(\.rawValue).joined(separator: "+")
        return SignalMeasurement(
            value: median,
            unit: .share,
            thresholds: factors.scaled(by: benchmark),
            evidence:
                "median \(ReportFormatting.percent(median)) of followers interact (\(counted)) per note over "
                + "\(metrics.notes.count) notes; \(expected.description) get \(ReportFormatting.percent(benchmark)) "
                + "(\(ReportFormatting.fixed(median / benchmark, 2))× of it)")
    }
}
