/// Parameters of the engagement metrics.
public struct EngagementSettings: Codable, Equatable, Sendable {
    /// A note with at least this many interactions is viral (爆文; 新红 uses 1K and 10K).
    public var viralInteractions = 1_000
    /// Fewest notes for a median or a dispersion to mean anything.
    public var minimumNotes = 5
    /// Fewest notes in each group (sponsored, organic) to compare them.
    public var minimumNotesPerGroup = 2
    /// A note's likes per (collects + comments) must reach this multiple of the creator's own median to count as
    /// a like outlier.
    public var likeOutlierFactor = 4.0
    /// Notes with fewer likes are too small to judge as like outliers.
    public var likeOutlierMinimumLikes = 100

    public init() {}

    enum CodingKeys: String, CodingKey {
        case viralInteractions = "viral_interactions"
        case minimumNotes = "minimum_notes"
        case minimumNotesPerGroup = "minimum_notes_per_group"
        case likeOutlierFactor = "like_outlier_factor"
        case likeOutlierMinimumLikes = "like_outlier_minimum_likes"
    }
}
