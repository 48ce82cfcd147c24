/// `engagement.rate`: median interactions per follower over the recent notes, against the tier's benchmark.
///
/// value = median over recent notes of (interactions / followers). Thresholds are the configured factors times
/// the benchmark of the creator's tier (and vertical, when configured): by default warn below 0.5 × and fail
/// below 0.25 × the benchmark. Unknown with 0 followers or fewer than `minimum_notes` notes.
public struct EngagementRateSignal: Signal {
    public let id = "engagement.rate"
    public let category = SignalCategory.engagement
    public let summary = "median interactions per follower over recent notes, against the tier benchmark"

    public init() {}

    public func measure(in context: VettingContext) -> SignalMeasurement {
        let metrics = context.engagement
        let settings = context.configuration.engagement
        guard context.dossier.creator.followers.value > 0 else {
            return .unknown(.share, "0 followers: a rate per follower cannot be computed")
        }
        if metrics.isFromAverages, let mean = metrics.meanRatePerFollower,
            let benchmark = context.configuration.benchmarks.engagementRate(
                for: context.tier, vertical: context.dossier.creator.vertical)
        {
            return SignalMeasurement(
                value: mean, unit: .share,
                thresholds: context.thresholds(for: id).scaled(by: benchmark),
                evidence:
                    "the MCN's averages give \(ReportFormatting.percent(mean)) of followers interacting per note (a "
                    + "mean, which one viral note inflates; ask for per-note data); \(context.tier.rawValue)-tier "
                    + "benchmark \(ReportFormatting.percent(benchmark))")
        }
        guard !metrics.isThin(settings), let median = metrics.medianRatePerFollower else {
            return .unknown(
                .share,
                "only \(metrics.notes.count) notes with counts (\(settings.minimumNotes) needed): add recent notes")
        }
        let vertical = context.dossier.creator.vertical
        guard let benchmark = context.configuration.benchmarks.engagementRate(for: context.tier, vertical: vertical)
        else {
            return .unknown(.share, "no engagement benchmark configured for the \(context.tier.rawValue) tier")
        }
        let ratio = median / benchmark
        let counted = metrics.includedCounts.map(\.rawValue).joined(separator: "+")
        return SignalMeasurement(
            value: median,
            unit: .share,
            thresholds: context.thresholds(for: id).scaled(by: benchmark),
            evidence:
                "median \(ReportFormatting.percent(median)) of followers interact (\(counted)) per note over "
                + "\(metrics.notes.count) notes; \(context.tier.rawValue)-tier benchmark "
                + "\(ReportFormatting.percent(benchmark)) (\(ReportFormatting.fixed(ratio, 2))× of it)")
    }
}
