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
