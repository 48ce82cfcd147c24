/// `followers.sample_fake_share`: the estimated share of fake accounts in a sample of the creator's followers,
/// as a range.
///
/// Each sampled follower gets p = FollowerModel's probability (docs/model-card.md); it counts fake at a
/// cutoff when p ≥ cutoff and it follows at least `minimum_following_for_fake` (500) accounts — the lurker
/// guard. value = the fake share at the strict cutoff (0.5), range up to the share at the lenient cutoff (0.3),
/// as SRF Data reported two cutoffs. Default: warn above 25 % (Modash: credibility below 75 % often means
/// fraud), fail above 40 % (IG Audit: under 60 % real is fraud), decisive. Unknown below `minimum_sample` (30)
/// followers with notes, followers and following.
public struct SampleFakeShareSignal: Signal {
    public let id = "followers.sample_fake_share"
    public let category = SignalCategory.followers
    public let summary = "estimated fake share in a follower sample (a range over two cutoffs)"

    public init() {}

    public func measure(in context: VettingContext) -> SignalMeasurement {
        let settings = context.configuration.followers
        guard let audit = context.sampleAudit, audit.scored >= settings.minimumSample else {
            let scored = context.sampleAudit?.scored ?? 0
            return .unknown(
                .share,
                "\(scored) sampled followers with notes, followers and following (\(settings.minimumSample) needed): "
                    + "export a follower sample")
        }
        let low = audit.strictFakeShare
        let high = audit.lenientFakeShare
        return SignalMeasurement(
            value: low, unit: .share,
            evidence:
                "\(ReportFormatting.percent(low, 0))–\(ReportFormatting.percent(high, 0)) of \(audit.scored) sampled "
                + "followers look fake (cutoffs \(ReportFormatting.fixed(settings.strictCutoff, 1)) and "
                + "\(ReportFormatting.fixed(settings.lenientCutoff, 1)))",
            details: audit.guardedLurkers > 0
                ? [
                    "\(audit.guardedLurkers) quiet accounts following fewer than \(settings.minimumFollowingForFake) were "
                        + "not counted: on Xiaohongshu that is the ordinary consumer"
                ] : [],
            range: low...high)
    }
}
