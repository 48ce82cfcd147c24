/// The exit statuses of `kolvet`, fixed and documented in docs/cli.md.
public enum ExitStatus: Int32, Sendable, Equatable, Comparable, Codable {
    /// Every creator was scored and none is below the bar.
    case success = 0
    /// At least one creator is rejected or scores below `--fail-under`.
    case belowBar = 1
    /// At least one input could not be read or scored.
    case unreadable = 2
    /// The command line is wrong.
    case usage = 64

    public static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Decides the exit status of a run, as a pipeline gate: the worst status of any creator wins.
///
/// One creator's status: unreadable (2) when it has no report or no score; below the bar (1) when its verdict is
/// reject, its score is below `failUnder` or its coverage below `minimumCoverage`; success (0) otherwise.
public struct PipelineGate: Sendable {
    /// The lowest acceptable score, if the user set one.
    public var failUnder: Double?
    /// The lowest acceptable coverage (share of the signal weight resting on data present), if the user set one.
    public var minimumCoverage: Double?

    public init(failUnder: Double? = nil, minimumCoverage: Double? = nil) {
        self.failUnder = failUnder
        self.minimumCoverage = minimumCoverage
    }

    /// The status of one creator.
    public func status(of report: VettingReport?) -> ExitStatus {
        guard let report, let score = report.score else { return .unreadable }
        if report.verdict == .reject { return .belowBar }
        if let failUnder, score < failUnder { return .belowBar }
        if let minimumCoverage, report.coverage < minimumCoverage { return .belowBar }
        return .success
    }

    /// The status of a run: the worst of its creators' (success for none).
    public func status(of reports: [VettingReport?]) -> ExitStatus {
        reports.map(status(of:)).max() ?? .success
    }
}
