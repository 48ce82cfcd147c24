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
    /// A food creator proposed for a beauty brief (vetted under `Brief(vertical: "beauty")`).
    case offCategory = "off-category"
    /// 4–8 organic notes that read like ads (cooperation wording, coupon calls) without being declared.
    case undeclaredAds = "undeclared-ads"
    /// Three creators of one MCN whose comment sections the same 4–10 accounts feed with 1–3 comments each
    /// (made by `CreatorSimulator.makeRing`; judged on the batch, not on one creator).
    case commenterRing = "commenter-ring"

    /// The kinds planted in one creator's own data, which `kolvet-eval generate` mixes into its corpus (the
    /// corpus of docs/performance.md, kept as it was measured).
    public static let inCreatorData: [PlantedFraud] = [
        .followerSpike, .purge, .inflatedFollowers, .emptySample, .boughtLikes, .botComments,
    ]

    /// The signal meant to catch it.
    public var targetSignal: String {
        switch self {
        case .followerSpike: return "followers.growth_spike"
        case .purge: return "followers.growth_drop"
        case .inflatedFollowers: return "followers.engagement_mismatch"
        case .emptySample: return "followers.sample_fake_share"
        case .boughtLikes: return "engagement.like_outliers"
        case .botComments: return "comments.inauthentic"
        case .offCategory: return "content.category_fit"
        case .undeclaredAds: return "content.undeclared_ads"
        case .commenterRing: return "comments.shared_commenters"
        }
    }
}
