/// One check of a creator: what it measures, in which category, and how to measure it.
///
/// Adding a signal is adding one type that conforms to `Signal`, listing it in `SignalCatalog.all`, and giving it
/// default settings in `Configuration.defaultSignalSettings`. The scorer judges the measured value against the
/// thresholds, weighs it and explains it; the signal itself only measures.
package protocol Signal: Sendable {
    /// A stable id such as `engagement.rate`; reports, configuration and docs use it.
    var id: String { get }
    /// The category the signal belongs to.
    var category: SignalCategory { get }
    /// What the signal checks, in one line, for `--help` and docs.
    var summary: String { get }
    /// Measures the signal on one creator.
    func measure(in context: VettingContext) -> SignalMeasurement
}

/// The family a signal belongs to.
public enum SignalCategory: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case engagement
    case comments
    case audience
    case followers
    case cost
    /// The MCN's own claims against the data.
    case deck
    /// What the creator posts, against the brief.
    case content
}

/// How a signal's value compares with its thresholds.
public enum SignalLevel: String, Sendable, Equatable, Hashable, Codable, CaseIterable, Comparable {
    case ok
    case warn
    case fail
    /// The data needed is absent or too thin: the signal counts neither for nor against the creator.
    case unknown

    public static func < (lhs: SignalLevel, rhs: SignalLevel) -> Bool { lhs.severity < rhs.severity }

    /// 0 for ok, 1 unknown, 2 warn, 3 fail: the order in which reports rank problems.
    public var severity: Int {
        switch self {
        case .ok: return 0
        case .unknown: return 1
        case .warn: return 2
        case .fail: return 3
        }
    }
}

/// The unit a signal's value is in, which decides how reports print it.
public enum ValueUnit: String, Sendable, Equatable, Codable {
    /// A fraction printed as a percentage (0.035 → 3.50%).
    case share
    /// A plain ratio printed with two decimals (1.8 → 1.80×).
    case ratio
    /// A number per 100 (comments per 100 likes).
    case per100
    /// A count.
    case count
    /// Money in the quote's currency.
    case currency

    /// The value for people, with `decimals` more than usual when asked.
    public func format(_ value: Double, extraDecimals: Int = 0) -> String {
        switch self {
        case .share: return ReportFormatting.percent(value, 2 + extraDecimals)
        case .ratio: return ReportFormatting.fixed(value, 2 + extraDecimals) + "×"
        case .per100: return ReportFormatting.fixed(value, 2 + extraDecimals) + "/100"
        case .count: return ReportFormatting.grouped(Int(value.rounded()))
        case .currency: return "¥" + ReportFormatting.fixed(value, 2 + extraDecimals)
        }
    }
}

/// What a signal measured: its value (nil when unknown), the evidence in words, and, for signals whose
/// thresholds depend on the creator (a tier benchmark), the thresholds to judge it by.
public struct SignalMeasurement: Sendable, Equatable {
    /// The measured value, or nil when the data does not support one.
    public var value: Double?
    /// How to print the value.
    public var unit: ValueUnit
    /// Thresholds computed for this creator, replacing the configured ones (nil keeps the configured ones).
    public var thresholds: Thresholds?
    /// One line a marketer understands: what was measured, on what, against what.
    public var evidence: String
    /// Supporting lines: the notes, dates or comments behind the value.
    public var details: [String]
    /// When the data leaves the value uncertain: the lowest and highest values it could take (`value` is then
    /// the lower end). The level is that of both ends when they agree, else `warn`.
    public var range: ClosedRange<Double>?
    /// A level the signal reaches whatever its value (e.g. `warn` for a jump many times the normal growth, however
    /// small a share of the followers it is); nil when only the thresholds decide.
    public var minimumLevel: SignalLevel?
    /// The ids of the notes the value rests on, when the signal names notes (the like outliers); charts mark them.
    public var flaggedNotes: [String]?

    public init(
        value: Double?,
        unit: ValueUnit,
        thresholds: Thresholds? = nil,
        evidence: String,
        details: [String] = [],
        range: ClosedRange<Double>? = nil,
        minimumLevel: SignalLevel? = nil,
        flaggedNotes: [String]? = nil
    ) {
        self.value = value
        self.unit = unit
        self.thresholds = thresholds
        self.evidence = evidence
        self.details = details
        self.range = range
        self.minimumLevel = minimumLevel
        self.flaggedNotes = flaggedNotes
    }

    /// An unknown measurement, with the reason and what data would settle it.
    public static func unknown(_ unit: ValueUnit, _ reason: String) -> SignalMeasurement {
        SignalMeasurement(value: nil, unit: unit, evidence: reason)
    }
}
