import Foundation

/// The per-follower fake probability: a logistic regression on profile numbers (docs/model-card.md).
///
/// p = 1 / (1 + e^−z), z = intercept + logNotes·ln(1 + notes) + logFollowers·ln(1 + followers) +
/// logFollowing·ln(1 + following). Fitted on SRF Data's 975 labelled Instagram followers (CC BY-SA 4.0) by
/// `scripts/fit_follower_model.py`; Xiaohongshu notes stand for Instagram posts.
public struct FollowerModel: Codable, Equatable, Sendable {
    public var intercept: Double
    public var logNotes: Double
    public var logFollowers: Double
    public var logFollowing: Double

    public init(intercept: Double, logNotes: Double, logFollowers: Double, logFollowing: Double) {
        self.intercept = intercept
        self.logNotes = logNotes
        self.logFollowers = logFollowers
        self.logFollowing = logFollowing
    }

    enum CodingKeys: String, CodingKey {
        case intercept
        case logNotes = "log_notes"
        case logFollowers = "log_followers"
        case logFollowing = "log_following"
    }

    /// The probability that an account with these numbers is fake.
    public func probability(notes: Int, followers: Int, following: Int) -> Double {
        let z =
            intercept + logNotes * log1p(Double(notes)) + logFollowers * log1p(Double(followers))
            + logFollowing * log1p(Double(following))
        return 1 / (1 + exp(-z))
    }
}

/// Parameters of the follower signals (docs/metrics.md, "Follower signals").
public struct FollowerSettings: Codable, Equatable, Sendable {
    /// The per-follower model; refit it with scripts/fit_follower_model.py and paste the result here.
    public var model = FollowerModel.fitted
    /// The two probability cutoffs whose fake shares make the reported range (SRF Data used 0.3).
    public var strictCutoff = 0.5
    public var lenientCutoff = 0.3
    /// An account following fewer accounts than this is never counted fake: on Xiaohongshu a consumer with no
    /// notes and few followers who follows a few hundred accounts is the ordinary real user (DOMAIN.md), and
    /// the Instagram-trained model would otherwise call them fake.
    public var minimumFollowingForFake = 500
    /// Fewest sampled followers with the model's three numbers for the sample signals to be known.
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
        case model
        case strictCutoff = "strict_cutoff"
        case lenientCutoff = "lenient_cutoff"
        case minimumFollowingForFake = "minimum_following_for_fake"
        case minimumSample = "minimum_sample"
        case massFollowing = "mass_following"
        case minimumHistoryDays = "minimum_history_days"
        case minimumHistoryPoints = "minimum_history_points"
        case spikeDeviations = "spike_deviations"
        case spikeMinimumShare = "spike_minimum_share"
        case minimumDailyDeviation = "minimum_daily_deviation"
        case minimumDailyDeviationShare = "minimum_daily_deviation_share"
        case explainWindowDays = "explain_window_days"
        case viralFactor = "viral_factor"
        case roundTolerance = "round_tolerance"
        case seesawDays = "seesaw_days"
        case seesawShare = "seesaw_share"
    }
}
