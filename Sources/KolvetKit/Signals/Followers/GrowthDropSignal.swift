/// `followers.growth_drop`: sudden follower losses (platform purges of fake accounts) and seesaws
/// (follow/unfollow: a jump taken back soon after).
///
/// value = Σ |excess| of the drops / the history's peak follower count. Default: warn above 2 %, fail above 10 %
/// (kolvet; HypeAuditor and Tagger read purges as the platform removing fakes). Unknown like
/// `followers.growth_spike`.
package struct GrowthDropSignal: Signal {
    package let id = "followers.growth_drop"
    package let category = SignalCategory.followers
    package let summary = "sudden follower losses (purges) and follow/unfollow seesaws"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let growth = context.growth else {
            return .unknown(.share, "too little follower history: ask the MCN for 90 days of it")
        }
        let lost = growth.drops.reduce(0) { $0 - $1.excess }
        let share = lost / Double(max(1, growth.peak))
        var details = growth.drops.map { drop in
            "\(ReportFormatting.day(drop.end)): \(ReportFormatting.grouped(drop.change)) followers, "
                + "\(ReportFormatting.fixed(-drop.deviations, 0)) σ below normal"
        }
        details += growth.seesaws.map {
            "seesaw: +\(ReportFormatting.grouped($0.spike.change)) by \(ReportFormatting.day($0.spike.end)), "
                + "\(ReportFormatting.grouped($0.drop.change)) by \(ReportFormatting.day($0.drop.end))"
        }
        let evidence =
            growth.drops.isEmpty
            ? "no sudden loss of followers over \(Int(growth.spanDays.rounded())) days"
            : "\(growth.drops.count) sudden losses took \(ReportFormatting.percent(share, 1)) of the peak followers"
                + (growth.seesaws.isEmpty ? "" : ", \(growth.seesaws.count) seesaws")
        return SignalMeasurement(value: share, unit: .share, evidence: evidence, details: details)
    }
}
