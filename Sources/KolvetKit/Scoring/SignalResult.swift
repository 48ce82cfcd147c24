/// A signal as the report shows it: measured, judged, weighed.
public struct SignalResult: Sendable, Equatable, Codable {
    /// The signal's id.
    public var id: String
    /// Its category.
    public var category: SignalCategory
    /// ok, warn, fail or unknown.
    public var level: SignalLevel
    /// The measured value (nil when unknown).
    public var value: Double?
    /// How the value prints.
    public var unit: ValueUnit
    /// The range the value lies in, when the data leaves it uncertain.
    public var range: ClosedRange<Double>?
    /// The thresholds it was judged by.
    public var thresholds: Thresholds
    /// One line of evidence.
    public var evidence: String
    /// Supporting lines.
    public var details: [String]
    /// The configured weight.
    public var weight: Double
    /// Points this signal adds to the 0–100 score: 100 × weight × level score / Σ weights of known signals.
    public var contribution: Double
    /// Whether its fail alone rejects.
    public var isDecisive: Bool
    /// The ids of the notes it names (the like outliers), when it names notes.
    public var flaggedNotes: [String]? = nil

    /// The value for people, or "unknown".
    public var formattedValue: String {
        if let range, range.lowerBound != range.upperBound {
            return "\(unit.format(range.lowerBound))–\(unit.format(range.upperBound))"
        }
        guard let value else { return "unknown" }
        // A value that rounds to a threshold it is on the other side of gets the decimals that tell them apart
        // (0.0996 is "0.0996×" beside "warn < 0.10×", not "0.10×").
        let bounds = [thresholds.warnBelow, thresholds.failBelow, thresholds.warnAbove, thresholds.failAbove]
        var extra = 0
        while extra < 4,
            bounds.contains(where: { bound in
                bound.map { $0 != value && unit.format($0) == unit.format(value, extraDecimals: extra) } ?? false
            })
        {
            extra += 1
        }
        return unit.format(value, extraDecimals: extra)
    }

    /// The thresholds for people: `warn < 1.50%, fail < 0.75%`.
    public var formattedThresholds: String {
        var parts: [String] = []
        if let bound = thresholds.warnBelow { parts.append("warn < \(unit.format(bound))") }
        if let bound = thresholds.failBelow { parts.append("fail < \(unit.format(bound))") }
        if let bound = thresholds.warnAbove { parts.append("warn > \(unit.format(bound))") }
        if let bound = thresholds.failAbove { parts.append("fail > \(unit.format(bound))") }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// Whether the value is a range whose two ends are judged at different levels: it may or may not pass, so a
    /// `warn` from it is "cannot tell", not a red flag (a decisive signal's inconclusive warning does not by itself
    /// send a creator to review).
    public var isInconclusive: Bool {
        guard let range else { return false }
        return thresholds.level(of: range.lowerBound) != thresholds.level(of: range.upperBound)
    }
}
