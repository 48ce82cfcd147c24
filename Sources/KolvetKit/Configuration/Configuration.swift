/// Every threshold, weight and benchmark kolvet uses, with its default; format `kolvet.config/1`.
///
/// A configuration file is JSON and may be partial: what it leaves out keeps the default documented in
/// `docs/configuration.md`, an unknown key is a warning. `Configuration()` is the default configuration, and
/// decoding `{}` gives exactly it.
public struct Configuration: Codable, Equatable, Sendable {
    /// The configuration format version this build reads.
    public static let currentVersion = 1

    /// Format version of the file; only 1 exists.
    public var version: Int = Configuration.currentVersion
    /// How many of the most recent notes the engagement metrics look at (trendHERO uses 18, HypeAuditor 12).
    public var recentNotes: Int = 20
    /// Which counts add up to a note's interactions (互动量); Pugongying counts likes, collects and comments,
    /// many tools add shares.
    public var interactionCounts: [InteractionKind] = InteractionKind.allCases
    /// Follower bands of the tiers and the KOC line.
    public var tiers = TierBands()
    /// Expected engagement per tier and vertical.
    public var benchmarks = Benchmarks()
    /// Parameters of the engagement metrics.
    public var engagement = EngagementSettings()
    /// Lexicons and parameters of the comment signals.
    public var comments = CommentSettings()
    /// Parameters of the audience signals.
    public var audience = AudienceSettings()
    /// The follower-sample rule and its measured rates, and the growth-curve parameters.
    public var followers = FollowerSettings()
    /// Prices and fees of the cost signals.
    public var cost = CostSettings()
    /// The category lexicons of the content signals.
    public var content = ContentSettings()
    /// Shortlist spreadsheet column aliases.
    public var shortlist = ShortlistSettings()
    /// The budget pyramid a batch is checked against.
    public var portfolio = PortfolioSettings()
    /// Accounts that comment on several creators of a batch (rings).
    public var rings = RingSettings()
    /// Bounds on what kolvet reads.
    public var limits = Limits()
    /// How the score becomes a verdict.
    public var verdict = VerdictRules()
    /// Weight, thresholds and decisiveness of every signal, by signal id.
    public var signals: [String: SignalSettings] = Configuration.defaultSignalSettings

    public init() {}

    enum CodingKeys: String, CodingKey {
        case version
        case recentNotes = "recent_notes"
        case interactionCounts = "interaction_counts"
        case tiers, benchmarks, engagement, comments, audience, followers, cost, content, shortlist, portfolio, rings,
            limits, verdict, signals
    }

    /// The settings of the signal `id`; a signal missing from the table is disabled (weight 0, no thresholds).
    public func settings(for id: String) -> SignalSettings {
        signals[id] ?? SignalSettings(weight: 0)
    }
}
