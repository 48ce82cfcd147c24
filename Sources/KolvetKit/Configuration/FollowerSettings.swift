/// Parameters of the follower signals (docs/metrics.md, "Follower signals").
public struct FollowerSettings: Codable, Equatable, Sendable {
    /// Which sampled followers look fake (docs/model-card.md).
    public var rule = FollowerCueRule()
    /// The rule's measured rates, turning the flagged share into an estimate with an interval
    /// (`scripts/calibrate.py` from the three labelled sets; docs/model-card.md).
    public var quantifier = Calibration.followerQuantifier
    /// The platforms (`creator.platform`, lower case) the quantifier's labelled sets come from: there the interval
    /// alone is the range. On any other platform — Xiaohongshu, and Twitter or Douyin, for which no labelled set is
    /// shipped — the range also spans the strict reading (docs/model-card.md).
    public var calibratedPlatforms = ["instagram"]
    /// Fewest sampled followers with notes, followers and following for the sample signals to be known.
    public var minimumSample = 30
    /// HypeAuditor's mass follower: follows more than this many accounts.
    public var massFollowing = 1_500
    /// Fewest days of follower history for the growth signals.
    public var minimumHistoryDays = 14
    /// Fewest points of follower history for the growth signals.
    public var minimumHistoryPoints = 5
    /// A segment of the history is a spike (or a drop) when its gain beyond the baseline exceeds this many
    /// robust standard deviations (1.4826 × MAD of the daily gains, scaled by √days) …
    public var spikeDeviations = 6.0
    /// … and this share of the followers before it.
    public var spikeMinimumShare = 0.01
    /// An unexplained spike whose excess is at least this many times the creator's typical gain over the same
    /// days (median daily gain × days, at least one follower a day) warns whatever its share of the followers.
    public var jumpFactor = 10.0
    /// The robust standard deviation is at least this many followers a day …
    public var minimumDailyDeviation = 10.0
    /// … and at least this share of the current followers a day, so that a flat history does not make every
    /// wobble a spike.
    public var minimumDailyDeviationShare = 0.0005
    /// A note published this many days before a spike, or during it, can explain it …
    public var explainWindowDays = 3.0
    /// … when its interactions reach this multiple of the creator's median note and `viral_interactions`.
    public var viralFactor = 3.0
    /// A spike within this share of a round number (1K, 5K, 10K, 20K, 50K, 100K) is called out.
    public var roundTolerance = 0.03
    /// A drop within this many days after a spike, taking back at least `seesaw_share` of it, is a seesaw.
    public var seesawDays = 14.0
    public var seesawShare = 0.5

    public init() {}

    enum CodingKeys: String, CodingKey {
        case rule, quantifier
        case calibratedPlatforms = "calibrated_platforms"
        case minimumSample = "minimum_sample"
        case massFollowing = "mass_following"
        case minimumHistoryDays = "minimum_history_days"
        case minimumHistoryPoints = "minimum_history_points"
        case spikeDeviations = "spike_deviations"
        case spikeMinimumShare = "spike_minimum_share"
        case jumpFactor = "jump_factor"
        case minimumDailyDeviation = "minimum_daily_deviation"
        case minimumDailyDeviationShare = "minimum_daily_deviation_share"
        case explainWindowDays = "explain_window_days"
        case viralFactor = "viral_factor"
        case roundTolerance = "round_tolerance"
        case seesawDays = "seesaw_days"
        case seesawShare = "seesaw_share"
    }
}
