/// The bounds a signal's value is judged against.
///
/// `fail` when `value < failBelow` or `value > failAbove`; otherwise `warn` when `value < warnBelow` or
/// `value > warnAbove`; otherwise `ok`. Absent bounds are not checked.
public struct Thresholds: Sendable, Equatable {
    public var warnBelow: Double?
    public var failBelow: Double?
    public var warnAbove: Double?
    public var failAbove: Double?

    public init(warnBelow: Double? = nil, failBelow: Double? = nil, warnAbove: Double? = nil, failAbove: Double? = nil)
    {
        self.warnBelow = warnBelow
        self.failBelow = failBelow
        self.warnAbove = warnAbove
        self.failAbove = failAbove
    }

    /// The level of `value`.
    public func level(of value: Double) -> SignalLevel {
        if let failBelow, value < failBelow { return .fail }
        if let failAbove, value > failAbove { return .fail }
        if let warnBelow, value < warnBelow { return .warn }
        if let warnAbove, value > warnAbove { return .warn }
        return .ok
    }

    /// The level of a value known only to lie in `range`: the level of both ends when they agree, else `warn`
    /// (it may or may not pass).
    public func level(of range: ClosedRange<Double>) -> SignalLevel {
        let low = level(of: range.lowerBound)
        let high = level(of: range.upperBound)
        return low == high ? low : .warn
    }

    /// Every bound multiplied by `factor` (for thresholds relative to a benchmark).
    public func scaled(by factor: Double) -> Thresholds {
        Thresholds(
            warnBelow: warnBelow.map { $0 * factor }, failBelow: failBelow.map { $0 * factor },
            warnAbove: warnAbove.map { $0 * factor }, failAbove: failAbove.map { $0 * factor })
    }

    /// Whether no bound is set.
    public var isEmpty: Bool { warnBelow == nil && failBelow == nil && warnAbove == nil && failAbove == nil }
}

extension Thresholds: Codable {
    enum CodingKeys: String, CodingKey {
        case warnBelow = "warn_below"
        case failBelow = "fail_below"
        case warnAbove = "warn_above"
        case failAbove = "fail_above"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            warnBelow: try container.decodeIfPresent(Double.self, forKey: .warnBelow),
            failBelow: try container.decodeIfPresent(Double.self, forKey: .failBelow),
            warnAbove: try container.decodeIfPresent(Double.self, forKey: .warnAbove),
            failAbove: try container.decodeIfPresent(Double.self, forKey: .failAbove))
    }

    /// Every bound is written, absent ones as null, so that `kolvet config` shows them all.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(warnBelow, forKey: .warnBelow)
        try container.encode(failBelow, forKey: .failBelow)
        try container.encode(warnAbove, forKey: .warnAbove)
        try container.encode(failAbove, forKey: .failAbove)
    }
}
