import Foundation

/// Adjusted classify-and-count: the fake share of a sample from the share the rule flags, corrected for the rule's
/// own detection and false-alarm rates, with an interval for both sampling and the rates' uncertainty.
///
/// With q = flagged / n, detection rate T and false-alarm rate F (measured on labelled sets):
/// p̂ = clamp((q − F) / (T − F), 0, 1). Interval: q's normal interval q ± z·√(max(q(1 − q), 1/n) / n), then
/// low = (q_low − F_high) / (T_high − F_high) and high = (q_high − F_low) / (T_low − F_low), each clamped to
/// 0…1, where T and F range over `detection_range` and `false_alarm_range` (the spread seen across labelled sets,
/// widened by a margin; docs/model-card.md).
public struct FakeShareQuantifier: Codable, Equatable, Sendable {
    /// The rule's detection rate (true-positive rate) T.
    public var detectionRate: Double
    /// The rule's false-alarm rate F.
    public var falseAlarmRate: Double
    /// The range T may take on a population not seen in calibration.
    public var detectionRange: ClosedRange<Double>
    /// The range F may take.
    public var falseAlarmRange: ClosedRange<Double>
    /// The normal quantile for the sampling interval (1.96: 95 %).
    public var z = 1.96

    public init(
        detectionRate: Double, falseAlarmRate: Double, detectionRange: ClosedRange<Double>,
        falseAlarmRange: ClosedRange<Double>
    ) {
        self.detectionRate = detectionRate
        self.falseAlarmRate = falseAlarmRate
        self.detectionRange = detectionRange
        self.falseAlarmRange = falseAlarmRange
    }

    enum CodingKeys: String, CodingKey {
        case detectionRate = "detection_rate"
        case falseAlarmRate = "false_alarm_rate"
        case detectionRange = "detection_range"
        case falseAlarmRange = "false_alarm_range"
        case z
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        detectionRate = try container.decode(Double.self, forKey: .detectionRate)
        falseAlarmRate = try container.decode(Double.self, forKey: .falseAlarmRate)
        detectionRange = try Self.range(container, .detectionRange)
        falseAlarmRange = try Self.range(container, .falseAlarmRange)
        z = try container.decode(Double.self, forKey: .z)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(detectionRate, forKey: .detectionRate)
        try container.encode(falseAlarmRate, forKey: .falseAlarmRate)
        try container.encode([detectionRange.lowerBound, detectionRange.upperBound], forKey: .detectionRange)
        try container.encode([falseAlarmRange.lowerBound, falseAlarmRange.upperBound], forKey: .falseAlarmRange)
        try container.encode(z, forKey: .z)
    }

    private static func range(
        _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys
    ) throws -> ClosedRange<Double> {
        let pair = try container.decode([Double].self, forKey: key)
        guard pair.count == 2, pair[0] <= pair[1] else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "expected [low, high] with low ≤ high")
        }
        return pair[0]...pair[1]
    }

    /// The point estimate p̂ for `flagged` of `count` accounts.
    public func estimate(flagged: Int, of count: Int) -> Double {
        guard count > 0 else { return 0 }
        let share = Double(flagged) / Double(count)
        return Self.clamped((share - falseAlarmRate) / max(1e-9, detectionRate - falseAlarmRate))
    }

    /// The interval for `flagged` of `count` accounts.
    public func interval(flagged: Int, of count: Int) -> ClosedRange<Double> {
        guard count > 0 else { return 0...1 }
        let n = Double(count)
        let share = Double(flagged) / n
        let error = z * (max(share * (1 - share), 1 / n) / n).squareRoot()
        let low = Self.clamped(
            (share - error - falseAlarmRange.upperBound)
                / max(1e-9, detectionRange.upperBound - falseAlarmRange.upperBound))
        let high = Self.clamped(
            (share + error - falseAlarmRange.lowerBound)
                / max(1e-9, detectionRange.lowerBound - falseAlarmRange.lowerBound))
        return min(low, high)...max(low, high)
    }

    private static func clamped(_ value: Double) -> Double { min(1, max(0, value)) }
}
