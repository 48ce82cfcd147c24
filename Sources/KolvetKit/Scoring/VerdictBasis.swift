/// What a verdict rests on, so that a reader can tell "cleared" from "red flags found" from "not enough data to
/// clear" at a glance — all of which could otherwise read "review".
///
/// - `cleared`: the verdict is pass.
/// - `redFlags`: the verdict is reject; or it is review and a signal fails, a decisive signal warns, or the score
///   is below the pass mark.
/// - `insufficientData`: the verdict is review only because too little of the signal weight rests on data present
///   (or nothing could be measured); the report lists the data to ask for.
public enum VerdictBasis: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case cleared
    case redFlags = "red_flags"
    case insufficientData = "insufficient_data"

    /// How the reports say it.
    public var phrase: String {
        switch self {
        case .cleared: return "cleared"
        case .redFlags: return "red flags found"
        case .insufficientData: return "not enough data to clear"
        }
    }
}
