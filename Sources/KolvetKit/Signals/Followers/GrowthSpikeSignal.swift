/// `followers.growth_spike`: follower jumps far outside the creator's own normal growth that no viral note
/// explains.
///
/// value = Σ excess of the unexplained spikes / current followers: the share of the followers that arrived in
/// jumps nothing explains (GrowthAnalysis gives the rule). Default: warn above 5 %, fail above 15 %, decisive
/// (kolvet; HypeAuditor, Popular Pays: spikes without a viral note or campaign behind them). Round-size jumps
/// (≈1K, 5K, 10K …) are called out. An unexplained jump whose excess is at least `jump_factor` (10) × the
/// creator's typical gain over the same days (max(1, median daily gain) × days) warns at least, whatever its
/// share: 10,000 followers in a day on a creator who gains 500 is bought, even at 3 % of 300,000. Unknown with less than `minimum_history_days` (14) of history or fewer
/// than `minimum_history_points` (5) points.
package struct GrowthSpikeSignal: Signal {
    package let id = "followers.growth_spike"
    package let category = SignalCategory.followers
    package let summary = "follower jumps far above the creator's normal growth that no viral note explains"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let settings = context.configuration.followers
        guard let growth = context.growth else {
            return .unknown(
                .share,
                "\(context.dossier.followerHistory.count) follower-history points (needs \(settings.minimumHistoryPoints) "
                    + "over \(settings.minimumHistoryDays) days): ask the MCN for 90 days of follower history")
        }
        let followers = Double(max(1, growth.currentFollowers))
        let unexplained = growth.unexplainedSpikes
        let share = unexplained.reduce(0) { $0 + $1.excess } / followers
        let typicalDaily = max(1, growth.baseline)
        let abnormal = unexplained.filter { $0.excess >= settings.jumpFactor * typicalDaily * $0.days }
        let baseline = "normal growth \(ReportFormatting.grouped(Int(growth.baseline.rounded())))/day"
        let evidence =
            unexplained.isEmpty
            ? "no unexplained jump in \(growth.points) points over \(Int(growth.spanDays.rounded())) days "
                + "(\(baseline), \(growth.spikes.count) explained)"
            : "\(unexplained.count) unexplained jumps brought \(ReportFormatting.percent(share, 1)) of the followers "
                + "(\(baseline))"
        let times = abnormal.map { $0.excess / (typicalDaily * $0.days) }.max() ?? 0
        let note =
            abnormal.isEmpty
            ? ""
            : "; the largest is \(ReportFormatting.fixed(times, 0))× the normal growth of its days (warns at "
                + "\(ReportFormatting.fixed(settings.jumpFactor, 0))×, whatever its share)"
        return SignalMeasurement(
            value: share, unit: .share, evidence: evidence + note, details: growth.spikes.map(Self.describe),
            minimumLevel: abnormal.isEmpty ? nil : .warn)
    }

    static func describe(_ event: GrowthEvent) -> String {
        let span =
            event.days <= 1.5
            ? ReportFormatting.day(event.end)
            : "\(ReportFormatting.day(event.start)) → \(ReportFormatting.day(event.end))"
        var line =
            "\(span): \(event.change > 0 ? "+" : "")\(ReportFormatting.grouped(event.change)) followers, "
            + "\(ReportFormatting.fixed(event.deviations, 0)) σ above normal"
        if let round = event.roundSize { line += ", ≈\(ReportFormatting.compact(Double(round))): a round number" }
        line += event.explainedBy.map { " — explained by \($0)" } ?? " — unexplained"
        return line
    }
}
