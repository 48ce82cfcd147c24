/// How `kolvet batch` looks for accounts that feed the comment sections of several creators of one batch
/// (`comments.shared_commenters`, docs/metrics.md, "Rings across a shortlist").
public struct RingSettings: Codable, Equatable, Sendable {
    /// An account counts on a creator when it wrote at least this many comments there: the accounts that feed a
    /// comment section, not a passer-by (kolvet prior).
    public var minimumComments = 2
    /// An account is shared when it counts on at least this many creators of the batch (kolvet prior: "several
    /// creators"; a loyal fan shared by chance is kept from flagging anyone by the share thresholds).
    public var minimumCreators = 2
    /// At most this many accounts are kept per creator, those with the most comments: the index of commenters grows
    /// with the batch by at most this many accounts per creator.
    public var accountsPerCreator = 32
    /// Share of a creator's comments written by shared accounts: warn above, fail above (kolvet prior; false alarms
    /// on independent creators in docs/benchmarks.md).
    public var warnAbove = 0.1
    public var failAbove = 0.25

    public init() {}

    enum CodingKeys: String, CodingKey {
        case minimumComments = "minimum_comments"
        case minimumCreators = "minimum_creators"
        case accountsPerCreator = "accounts_per_creator"
        case warnAbove = "warn_above"
        case failAbove = "fail_above"
    }

    /// The thresholds of `comments.shared_commenters`.
    public var thresholds: Thresholds { Thresholds(warnAbove: warnAbove, failAbove: failAbove) }
}
