/// `followers.engagement_mismatch`: far fewer interactions than peers of the same size get — followers the
/// engagement does not support.
///
/// value = E(F) / I: the median interactions per note expected at the creator's follower count F
/// (`Benchmarks.expectedInteractions`: the curve fitted on real creators below 10,000 followers, the tier's prior
/// rate above) over the creator's own median interactions I. Default: warn above 6.29, fail above 11.2, decisive —
/// e^(1.96σ) and e^(2.58σ), beyond the 97.5th and 99.5th percentiles of real creators around the curve (σ = its
/// residual deviation; docs/calibration.md), so that only a shortfall no ordinary creator shows rejects. Where the
/// expectation is a prior rate (micro and above), `benchmarks.prior_mismatch_thresholds` apply (warn 2, fail 4)
/// (HypeAuditor's "ER far below peers of the same size"). Unknown without followers, interactions or enough notes.
package struct EngagementMismatchSignal: Signal {
    package let id = "followers.engagement_mismatch"
    package let category = SignalCategory.followers
    package let summary = "how many times more interactions peers of the same size get"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let metrics = context.engagement
        guard let followers = context.dossier.creator.followers?.value else {
            return .unknown(.ratio, VettingContext.noFollowerCount)
        }
        guard followers > 0, let tier = context.tier,
            !metrics.isThin(context.configuration.engagement) || metrics.isFromAverages,
            let median = metrics.typicalInteractions, median > 0
        else {
            return .unknown(.ratio, "needs followers and \(context.configuration.engagement.minimumNotes) recent notes")
        }
        guard
            let expected = context.configuration.benchmarks.expectedInteractions(
                followers: followers, tier: tier, vertical: context.dossier.creator.vertical)
        else {
            return .unknown(.ratio, "no engagement benchmarks configured")
        }
        let ratio = expected.interactions / median
        let own = ReportFormatting.grouped(Int(median.rounded()))
        let kind = metrics.isFromAverages ? "average" : "median"
        let size = ReportFormatting.compact(Double(followers))
        let peers = ReportFormatting.grouped(Int(expected.interactions.rounded()))
        let times = ReportFormatting.fixed(ratio, 2)
        return SignalMeasurement(
            value: ratio, unit: .ratio,
            thresholds: expected.isFromRealData ? nil : context.configuration.benchmarks.priorMismatchThresholds,
            evidence:
                "\(own) \(kind) interactions per note; \(expected.description) with \(size) followers get about "
                + "\(peers) (\(times)× this creator's)")
    }
}
