/// A kind of fraud the simulator can plant in an otherwise clean creator.
public enum PlantedFraud: String, Sendable, CaseIterable {
    /// Followers bought in one jump that no note explains.
    case followerSpike = "bought-follower-spike"
    /// A platform purge: a sudden loss of followers.
    case purge
    /// Followers inflated 4–10× while the engagement stays what it was.
    case inflatedFollowers = "inflated-followers"
    /// Half or more of the follower sample replaced by empty accounts.
    case emptySample = "empty-follower-sample"
    /// Likes bought on 2–4 showcase notes, without collects or comments.
    case boughtLikes = "bought-likes"
    /// Template comments from throwaway accounts, in bursts right after posting.
    case botComments = "bot-comments"

    /// The signal meant to catch it.
    public var targetSignal: String {
        switch self {
        case .followerSpike: return "followers.growth_spike"
        case .purge: return "followers.growth_drop"
        case .inflatedFollowers: return "followers.engagement_mismatch"
        case .emptySample: return "followers.sample_fake_share"
        case .boughtLikes: return "engagement.like_outliers"
        case .botComments: return "comments.inauthentic"
        }
    }
}
