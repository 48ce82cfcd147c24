/// The per-account rules behind the follower-sample estimate: which sampled followers look fake.
///
/// Lenient reading (the cross-platform rule; docs/model-card.md): an account is flagged when
/// (no avatar) or (notes < `idle_notes_below` and following > `idle_following_above`) or
/// (notes < `small_notes_below` and followers < `small_followers_below`).
/// Defaults 3, 500, 5, 100: the cue combination whose detection rate varied least across the three public labelled
/// sets (SRF, InstaFake, Kaggle), chosen by `scripts/calibrate.py`.
///
/// Strict reading (several bot cues at once, for Xiaohongshu where quiet consumers look like the lenient rule's
/// fakes): no notes, following more than `strict_minimum_following` (1,500: a mass follower), and no avatar or a
/// default nickname (`DefaultNickname`). A lurker who follows a few hundred accounts never meets it.
public struct FollowerCueRule: Codable, Equatable, Sendable {
    public var idleNotesBelow = 3
    public var idleFollowingAbove = 500
    public var smallNotesBelow = 5
    public var smallFollowersBelow = 100
    /// The strict reading's following count (HypeAuditor's mass follower).
    public var strictMinimumFollowing = 1_500

    public init() {}

    enum CodingKeys: String, CodingKey {
        case idleNotesBelow = "idle_notes_below"
        case idleFollowingAbove = "idle_following_above"
        case smallNotesBelow = "small_notes_below"
        case smallFollowersBelow = "small_followers_below"
        case strictMinimumFollowing = "strict_minimum_following"
    }

    /// Whether the lenient rule flags an account; a missing avatar flag counts as having one.
    public func isFlagged(notes: Int, followers: Int, following: Int, hasAvatar: Bool?) -> Bool {
        if hasAvatar == false { return true }
        if notes < idleNotesBelow && following > idleFollowingAbove { return true }
        return notes < smallNotesBelow && followers < smallFollowersBelow
    }

    /// Whether the strict reading counts an account: no notes, mass following, and no avatar or a default name.
    public func isStrictlyFlagged(notes: Int, following: Int, hasAvatar: Bool?, nickname: String?) -> Bool {
        guard notes == 0, following > strictMinimumFollowing else { return false }
        return hasAvatar == false || nickname.map(DefaultNickname.matches) == true
    }
}
