/// A creator's size band by followers, from the seed article's pyramid.
///
/// nano < 10K ≤ micro < 50K ≤ mid < 200K ≤ macro < 1M ≤ top. The bands are configurable
/// (`tiers` in the configuration); these are the defaults.
public enum Tier: String, Sendable, Equatable, Hashable, Codable, CaseIterable, Comparable {
    case nano
    case micro
    case mid
    case macro
    case top

    public static func < (lhs: Tier, rhs: Tier) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether a creator is a key opinion leader or a key opinion consumer.
public enum CreatorKind: String, Sendable, Equatable, Hashable, Codable {
    /// Key opinion leader: a professional creator with reach.
    case kol = "KOL"
    /// Key opinion consumer: an everyday user with a small, trusting audience.
    case koc = "KOC"
}
