/// `followers.engagement_mismatch`: followers far more numerous than the engagement supports.
///
/// The engagement implies a follower count F′: the count at which the median interactions I would be the
/// benchmark rate of F′'s own tier, I / B(tier(F′)) (tiers tried from the top; when no tier is consistent,
/// I / B(tier of the actual followers)). value = followers / F′, how many times more followers the creator
/// has than their engagement explains. Default: warn above 2, fail above 4, decisive (kolvet; equivalent to an
/// ER below a quarter of the peers' — HypeAuditor's "ER far below peers of the same size"). Unknown like
/// `engagement.rate`.
public struct EngagementMismatchSignal: Signal {
    public let id = "followers.engagement_mismatch"
    public let category = SignalCategory.followers
    public let summary = "followers against the follower count the engagement implies (peers of the same size)"

    public init() {}

    public func measure(in context: VettingContext) -> SignalMeasurement {
        let metrics = context.engagement
        let followers = context.dossier.creator.followers.value
        guard followers > 0, !metrics.isThin(context.configuration.engagement) || metrics.isFromAverages,
            let median = metrics.typicalInteractions, median > 0
        else {
            return .unknown(.ratio, "needs followers and \(context.configuration.engagement.minimumNotes) recent notes")
        }
        let vertical = context.dossier.creator.vertical
        let benchmarks = context.configuration.benchmarks
        let tiers = context.configuration.tiers
        var implied: Double?
        for tier in Tier.allCases.reversed() {
            guard let rate = benchmarks.engagementRate(for: tier, vertical: vertical), rate > 0 else { continue }
            let candidate = median / rate
            if tiers.tier(forFollowers: Int(candidate.rounded())) == tier {
                implied = candidate
                break
            }
        }
        if implied == nil, let rate = benchmarks.engagementRate(for: context.tier, vertical: vertical), rate > 0 {
            implied = median / rate
        }
        guard let implied, implied > 0 else {
            return .unknown(.ratio, "no engagement benchmarks configured")
        }
        let ratio = Double(followers) / implied
        return SignalMeasurement(
            value: ratio, unit: .ratio,
            evidence:
                "\(ReportFormatting.grouped(Int(median.rounded())))\(metrics.isFromAverages ? " average" : " median") "
                + "interactions match a creator with about "
                + "\(ReportFormatting.compact(implied)) followers; this one has \(ReportFormatting.compact(Double(followers))) "
                + "(\(ReportFormatting.fixed(ratio, 2))×)")
    }
}
