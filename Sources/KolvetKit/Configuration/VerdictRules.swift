/// How a score becomes a verdict (docs/scoring.md).
public struct VerdictRules: Codable, Equatable, Sendable {
    /// A score at or above this passes, if nothing else holds it back.
    public var passAt = 75.0
    /// A score below this is rejected.
    public var rejectBelow = 50.0
    /// Below this share of the total weight resting on present data, a creator cannot pass.
    public var minimumCoverage = 0.5
    /// Score of a signal at each level, 0–1.
    public var levelScores = LevelScores()

    public init() {}

    enum CodingKeys: String, CodingKey {
        case passAt = "pass_at"
        case rejectBelow = "reject_below"
        case minimumCoverage = "minimum_coverage"
        case levelScores = "level_scores"
    }
}

/// The part of its weight a signal earns at each level.
public struct LevelScores: Codable, Equatable, Sendable {
    public var ok = 1.0
    public var warn = 0.5
    public var fail = 0.0

    public init() {}
}
