/// Engagement figures over a creator's most recent notes (docs/metrics.md gives every formula).
///
/// Rates are fractions (0.035 = 3.5 %). A figure that the data cannot support is nil, never 0.
public struct EngagementMetrics: Sendable, Equatable, Codable {
    /// The recent notes the figures are computed on, newest first (at most `recent_notes`, only notes with a
    /// likes count).
    public var notes: [Note] = []
    /// The counts summed into interactions: the configured ones that every considered note has.
    public var includedCounts: [InteractionKind] = []
    /// Configured counts left out because some considered note lacks them.
    public var missingCounts: [InteractionKind] = []
    /// Interactions of each considered note, newest first.
    public var interactions: [Double] = []
    /// median(interactions / followers) over the considered notes.
    public var medianRatePerFollower: Double?
    /// mean(interactions / followers) over the considered notes.
    public var meanRatePerFollower: Double?
    /// median(interactions / reads) over the considered notes that have reads > 0.
    public var medianRatePerRead: Double?
    /// How many considered notes have reads.
    public var notesWithReads = 0
    /// 100 × Σ comments / Σ likes.
    public var commentsPer100Likes: Double?
    /// Σ collects / Σ likes.
    public var collectsPerLike: Double?
    /// Coefficient of variation of likes, σ / mean (at least `minimum_notes` notes).
    public var likeSpread: Double?
    /// Median ER per follower of the considered sponsored notes.
    public var sponsoredMedianRate: Double?
    /// Median ER per follower of the considered organic notes (sponsored == false or absent).
    public var organicMedianRate: Double?
    /// Sponsored notes among those considered.
    public var sponsoredNotes = 0
    /// Share of considered notes with interactions ≥ `viral_interactions`.
    public var viralRate: Double?
    /// 百赞率 and 千赞率: shares of the recent notes with likes ≥ 100 and ≥ 1,000 (Pugongying's
    /// `hundredLikePercent` / `thousandLikePercent`), over the recent notes with likes.
    public var hundredLikeShare: Double?
    public var thousandLikeShare: Double?
    /// Each recent note's interactions against the creator's own median, − 1 (Pugongying's per-note
    /// `BeyondRate`), in the order of `notes`; empty when the median is 0 or unknown.
    public var beyondMedian: [Double] = []
    /// The best recent note's `beyondMedian`: a creator whose average rests on one hit shows a large value here.
    public var bestNoteBeyondMedian: Double? { beyondMedian.max() }
    /// Notes per week over the span between the oldest and newest considered note's dates.
    public var notesPerWeek: Double?
    /// Lifetime likes and collects per follower (赞藏比).
    public var likesAndCollectsPerFollower: Double?
    /// Median interactions per note.
    public var medianInteractions: Double?
    /// Whether the figures come from an MCN's stated averages (no per-note data): rates are then means.
    public var isFromAverages = false
    /// Σ of the configured averages, when the figures come from averages.
    public var averageInteractions: Double?

    /// The typical interactions of a note: the median of the recent notes, else the stated average.
    public var typicalInteractions: Double? { medianInteractions ?? averageInteractions }

    public init() {}

    /// Whether the considered notes are fewer than the configured minimum for medians and dispersion.
    public func isThin(_ settings: EngagementSettings) -> Bool { notes.count < settings.minimumNotes }
}
