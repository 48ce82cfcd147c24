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

/// Expected engagement: what peers of the same size get. Below `peer_curve.followers_below` the curve fitted on
/// real creators; above it the typical median interactions per follower of the tier, optionally per vertical.
public struct Benchmarks: Codable, Equatable, Sendable {
    /// Median interactions of real Xiaohongshu creators as a function of their followers (docs/calibration.md).
    public var peerCurve = Calibration.peerCurve
    /// Typical median ER per follower by tier, used where the peer curve does not reach (prior; see
    /// docs/metrics.md). The nano figure applies only when `peer_curve.followers_below` is lowered.
    public var engagementRate: [String: Double] = [
        "nano": 0.06, "micro": 0.04, "mid": 0.03, "macro": 0.02, "top": 0.015,
    ]
    /// Per-vertical overrides: vertical → tier → rate; they take precedence over the curve. Empty by default: no
    /// public per-vertical XHS figures exist that kolvet could cite; add your own from campaign history.
    public var verticalEngagementRate: [String: [String: Double]] = [:]
    /// Thresholds where the expectation is a prior rate (tiers above the peer curve, or a vertical's rate): no real
    /// spread is known there, so the priors stand — `engagement.rate` warns below 0.5 × and fails below 0.25 × the
    /// rate, `followers.engagement_mismatch` warns above 2 and fails above 4 (kolvet priors).
    public var priorRateThresholds = Thresholds(warnBelow: 0.5, failBelow: 0.25)
    public var priorMismatchThresholds = Thresholds(warnAbove: 2, failAbove: 4)

    public init() {}

    enum CodingKeys: String, CodingKey {
        case peerCurve = "peer_curve"
        case priorRateThresholds = "prior_rate_thresholds"
        case priorMismatchThresholds = "prior_mismatch_thresholds"
        case engagementRate = "engagement_rate"
        case verticalEngagementRate = "vertical_engagement_rate"
    }

    /// The benchmark for a tier and vertical: the vertical's own figure when configured, else the tier's.
    public func engagementRate(for tier: Tier, vertical: String?) -> Double? {
        if let vertical, let rate = verticalEngagementRate[vertical]?[tier.rawValue] { return rate }
        return engagementRate[tier.rawValue]
    }

    /// The median interactions per note expected of a creator with `followers` in `tier`: the vertical's rate ×
    /// followers when configured, else the peer curve where it applies, else the tier's rate × followers.
    public func expectedInteractions(followers: Int, tier: Tier, vertical: String?) -> Expectation? {
        let count = Double(followers)
        guard count > 0 else { return nil }
        if let vertical, let rate = verticalEngagementRate[vertical]?[tier.rawValue] {
            return Expectation(interactions: rate * count, source: .vertical(vertical))
        }
        if let expected = peerCurve.expectedInteractions(followers: count) {
            return Expectation(interactions: expected, source: .peerCurve)
        }
        guard let rate = engagementRate(for: tier, vertical: nil) else { return nil }
        return Expectation(interactions: rate * count, source: .tier(tier))
    }

    /// Expected median interactions and where the figure comes from.
    public struct Expectation: Sendable, Equatable {
        public var interactions: Double
        public var source: Source

        /// Where an expectation comes from.
        public enum Source: Sendable, Equatable {
            /// The curve fitted on real creators.
            case peerCurve
            /// The tier's prior rate.
            case tier(Tier)
            /// A configured per-vertical rate.
            case vertical(String)
        }

        /// Whether the figure rests on real data (the peer curve) rather than a prior.
        public var isFromRealData: Bool { source == .peerCurve }

        /// How the report names the source.
        public var description: String {
            switch source {
            case .peerCurve: return "real Xiaohongshu creators of this size"
            case .tier(let tier): return "the \(tier.rawValue)-tier benchmark (prior)"
            case .vertical(let vertical): return "the configured \(vertical) benchmark"
            }
        }
    }
}

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

/// One signal's weight, thresholds and whether its failure alone rejects.
///
/// A level is `fail` when the value is below `fail_below` or above `fail_above`, else `warn` when below
/// `warn_below` or above `warn_above`, else `ok`. A threshold set to null is not checked.
public struct SignalSettings: Codable, Equatable, Sendable {
    /// The signal's weight in the score; 0 shows the signal but leaves it out of the score.
    public var weight: Double
    /// Whether a `fail` of this signal rejects the creator whatever the score.
    public var isDecisive: Bool
    public var warnBelow: Double?
    public var failBelow: Double?
    public var warnAbove: Double?
    public var failAbove: Double?

    public init(
        weight: Double,
        isDecisive: Bool = false,
        warnBelow: Double? = nil,
        failBelow: Double? = nil,
        warnAbove: Double? = nil,
        failAbove: Double? = nil
    ) {
        self.weight = weight
        self.isDecisive = isDecisive
        self.warnBelow = warnBelow
        self.failBelow = failBelow
        self.warnAbove = warnAbove
        self.failAbove = failAbove
    }

    enum CodingKeys: String, CodingKey {
        case weight
        case isDecisive = "decisive"
        case warnBelow = "warn_below"
        case failBelow = "fail_below"
        case warnAbove = "warn_above"
        case failAbove = "fail_above"
    }

    /// Encodes every key, absent thresholds as null, so that a user may set any of them in a file.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weight, forKey: .weight)
        try container.encode(isDecisive, forKey: .isDecisive)
        try container.encode(warnBelow, forKey: .warnBelow)
        try container.encode(failBelow, forKey: .failBelow)
        try container.encode(warnAbove, forKey: .warnAbove)
        try container.encode(failAbove, forKey: .failAbove)
    }

    /// The thresholds as a value.
    public var thresholds: Thresholds {
        Thresholds(warnBelow: warnBelow, failBelow: failBelow, warnAbove: warnAbove, failAbove: failAbove)
    }
}

/// Parameters of the audience signals.
public struct AudienceSettings: Codable, Equatable, Sendable {
    /// Fewest comments with an IP location to compare them with the portrait's regions.
    public var minimumLocatedComments = 10
    /// Weight of a dimension the brief gives no weight for.
    public var defaultDimensionWeight = 1.0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case minimumLocatedComments = "minimum_located_comments"
        case defaultDimensionWeight = "default_dimension_weight"
    }
}

/// The budget pyramid the seed article recommends, which `kolvet batch` checks a shortlist against.
public struct PortfolioSettings: Codable, Equatable, Sendable {
    /// Share of the budget on KOC seeding (seed: 60–70 %).
    public var kocBudgetShare: [Double] = [0.6, 0.7]
    /// Share of the budget on mid-tier KOLs — micro and mid tiers (seed: 30–40 %).
    public var midTierKOLBudgetShare: [Double] = [0.3, 0.4]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case kocBudgetShare = "koc_budget_share"
        case midTierKOLBudgetShare = "mid_tier_kol_budget_share"
    }
}
