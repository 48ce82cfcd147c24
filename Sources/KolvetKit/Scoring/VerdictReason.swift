/// One reason for a verdict, kept as data so that every report can say it in its own language
/// (`ReportLanguage.reason(_:in:)`); `VettingReport.verdictReasons` is the English wording JSON carries.
public struct VerdictReason: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// No signal could be measured from the data given.
        case nothingMeasured = "nothing_measured"
        /// A decisive signal failed: the verdict is reject.
        case decisiveFailure = "decisive_failure"
        /// The score (`value`) is below the reject mark (`mark`).
        case scoreBelowReject = "score_below_reject"
        /// The score (`value`) is below the pass mark (`mark`).
        case scoreBelowPass = "score_below_pass"
        /// A signal with weight failed.
        case failure
        /// A decisive signal warns (and not because its range straddles a line).
        case decisiveWarning = "decisive_warning"
        /// Only `value` of the signal weight rests on data present; `mark` is needed to pass.
        case lowCoverage = "low_coverage"
        /// Score `value` with nothing failed: the verdict is pass.
        case cleared
    }

    public var kind: Kind
    /// The signal's id, for the kinds about one signal.
    public var signal: String?
    /// The score or the coverage, for the kinds about one number.
    public var value: Double?
    /// The line that number is held against.
    public var mark: Double?

    public init(_ kind: Kind, signal: String? = nil, value: Double? = nil, mark: Double? = nil) {
        self.kind = kind
        self.signal = signal
        self.value = value
        self.mark = mark
    }
}
