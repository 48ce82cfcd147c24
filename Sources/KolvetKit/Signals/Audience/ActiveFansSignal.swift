/// `audience.active_fans`: 活跃粉丝占比, the share of followers active recently.
///
/// value = `audience.active_fans_share`. Default: warn below 70 % (trade rule: below 70 % → reject, except
/// celebrities), fail below 50 % (kolvet). Top-tier creators are exempt (no thresholds): celebrities gather
/// passive followers. Unknown when the portrait does not give it.
package struct ActiveFansSignal: Signal {
    package let id = "audience.active_fans"
    package let category = SignalCategory.audience
    package let summary = "share of followers active recently (活跃粉丝占比), top tier exempt"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let share = context.dossier.audience?.activeFansShare else {
            return .unknown(.share, "no audience.active_fans_share (活跃粉丝占比) in the portrait")
        }
        if context.tier == .top {
            return SignalMeasurement(
                value: share, unit: .share, thresholds: Thresholds(),
                evidence: "\(ReportFormatting.percent(share, 0)) of followers are active; the top tier is exempt")
        }
        return SignalMeasurement(
            value: share, unit: .share, evidence: "\(ReportFormatting.percent(share, 0)) of followers are active")
    }
}
