/// Follower bands: a creator is in the highest tier whose lower bound they reach.
public struct TierBands: Codable, Equatable, Sendable {
    /// Lower bound of micro (seed article: 10K).
    public var microFrom = 10_000
    /// Lower bound of mid (seed article: 50K).
    public var midFrom = 50_000
    /// Lower bound of macro (seed article: 200K).
    public var macroFrom = 200_000
    /// Lower bound of top (seed article: 1M).
    public var topFrom = 1_000_000
    /// Creators with fewer followers than this are KOCs, the rest KOLs (seed article: KOCs are the nano band).
    public var kocBelow = 10_000

    public init() {}

    enum CodingKeys: String, CodingKey {
        case microFrom = "micro_from"
        case midFrom = "mid_from"
        case macroFrom = "macro_from"
        case topFrom = "top_from"
        case kocBelow = "koc_below"
    }

    /// The tier of a follower count.
    public func tier(forFollowers followers: Int) -> Tier {
        if followers >= topFrom { return .top }
        if followers >= macroFrom { return .macro }
        if followers >= midFrom { return .mid }
        if followers >= microFrom { return .micro }
        return .nano
    }

    /// KOC below `kocBelow` followers, KOL from there on.
    public func kind(forFollowers followers: Int) -> CreatorKind {
        followers < kocBelow ? .koc : .kol
    }
}
