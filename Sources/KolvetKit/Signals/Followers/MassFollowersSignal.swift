/// `followers.mass_followers`: share of sampled followers who follow more than 1,500 accounts.
///
/// HypeAuditor's "mass followers" follow so many accounts that they see none of them; reachability = 1 − this
/// share. value = mass followers / sampled followers with a following count. Default: warn above 20 %, fail
/// above 40 % (kolvet). Unknown below `minimum_sample` (30) such followers.
package struct MassFollowersSignal: Signal {
    package let id = "followers.mass_followers"
    package let category = SignalCategory.followers
    package let summary = "share of sampled followers following over 1,500 accounts (HypeAuditor's mass followers)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let settings = context.configuration.followers
        guard let audit = context.sampleAudit, audit.withFollowing >= settings.minimumSample,
            let share = audit.massFollowerShare
        else {
            return .unknown(.share, "needs \(settings.minimumSample) sampled followers with a following count")
        }
        return SignalMeasurement(
            value: share, unit: .share,
            evidence:
                "\(ReportFormatting.percent(share, 0)) of \(audit.withFollowing) sampled followers follow more than "
                + "\(ReportFormatting.grouped(settings.massFollowing)) accounts; reachability "
                + ReportFormatting.percent(1 - share, 0))
    }
}
