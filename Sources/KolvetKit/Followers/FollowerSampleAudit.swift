/// The audit of a sample of the creator's followers.
///
/// Each sampled follower with notes, followers and following is scored by `FollowerCueRule`: flagged by the
/// lenient rule, and the number of bot cues for the strict reading. The fake share is estimated from the flagged
/// share by `FakeShareQuantifier` (adjusted classify-and-count, with an interval). On Xiaohongshu, where no
/// labelled set exists, the reported range also spans the strict reading (accounts with several bot cues at
/// once), so that it covers the truth whichever reading holds (docs/model-card.md).
public struct FollowerSampleAudit: Sendable, Equatable {
    /// Followers with notes, followers and following: the ones the rule can score.
    public var scored: Int
    /// Sampled followers in all.
    public var sampled: Int
    /// Scored followers the lenient rule flags.
    public var flagged: Int
    /// Scored followers the strict reading counts.
    public var strictlyFlagged: Int
    /// Scored followers whose avatar flag is missing (counted as having one, which can only lower the estimate).
    public var withoutAvatarFlag: Int
    /// The estimated fake share (adjusted classify-and-count) and its interval.
    public var estimate: Double
    public var interval: ClosedRange<Double>
    /// The strict reading: share of scored followers with several bot cues.
    public var strictShare: Double
    /// The reported range: the interval, widened on Xiaohongshu to include the strict reading.
    public var range: ClosedRange<Double>
    /// Share of sampled followers (with a following count) following more than `mass_following`.
    public var massFollowerShare: Double?
    /// Followers with a following count.
    public var withFollowing: Int

    /// Whether the platform is one the quantifier was measured on (`followers.calibrated_platforms`); if not, the
    /// range spans the strict reading too.
    public var isCalibrated: Bool

    /// Audits a sample with the given settings; `platform` chooses how the range is read.
    public init(_ sample: [SampledFollower], settings: FollowerSettings, platform: String = "xiaohongshu") {
        sampled = sample.count
        var flagged = 0
        var strict = 0
        var scored = 0
        var withoutAvatar = 0
        let rule = settings.rule
        for follower in sample {
            guard let notes = follower.notes?.value, let followers = follower.followers?.value,
                let following = follower.following?.value
            else { continue }
            scored += 1
            if follower.hasAvatar == nil { withoutAvatar += 1 }
            if rule.isFlagged(notes: notes, followers: followers, following: following, hasAvatar: follower.hasAvatar) {
                flagged += 1
            }
            if rule.isStrictlyFlagged(
                notes: notes, following: following, hasAvatar: follower.hasAvatar, nickname: follower.nickname)
            {
                strict += 1
            }
        }
        self.scored = scored
        self.flagged = flagged
        strictlyFlagged = strict
        withoutAvatarFlag = withoutAvatar
        estimate = settings.quantifier.estimate(flagged: flagged, of: scored)
        interval = settings.quantifier.interval(flagged: flagged, of: scored)
        strictShare = scored > 0 ? Double(strict) / Double(scored) : 0
        isCalibrated = settings.calibratedPlatforms.contains(platform.lowercased())
        range =
            isCalibrated ? interval : min(interval.lowerBound, strictShare)...max(interval.upperBound, strictShare)
        let following = sample.compactMap { $0.following?.value }
        withFollowing = following.count
        massFollowerShare =
            following.isEmpty
            ? nil : Double(following.filter { $0 > settings.massFollowing }.count) / Double(following.count)
    }
}
