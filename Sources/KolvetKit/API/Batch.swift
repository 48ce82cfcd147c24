public import Foundation

/// One creator of a batch, vetted or with the errors that kept it from being vetted.
public struct BatchEntry: Sendable {
    /// Position in the input, from 0.
    public var index: Int
    public var record: BatchRecord
    /// The report, when the record could be read.
    public var report: VettingReport?
    /// The creator's exit status under the run's gate.
    public var status: ExitStatus

    /// The record's errors (empty when it was vetted).
    public var errors: [Diagnostic] { record.diagnostics.filter { $0.severity == .error } }
}

/// Vets the records of a batch one by one, in input order.
public struct BatchRunner: Sendable {
    public var configuration: Configuration
    public var brief: Brief?
    public var gate: PipelineGate
    public var now: Date

    public init(configuration: Configuration, brief: Brief?, gate: PipelineGate, now: Date) {
        self.configuration = configuration
        self.brief = brief
        self.gate = gate
        self.now = now
    }

    /// Vets one record.
    public func run(_ record: BatchRecord, index: Int) -> BatchEntry {
        let report = record.dossier.map {
            Scorer(configuration: configuration).vet($0, brief: brief, warnings: record.diagnostics, now: now)
        }
        return BatchEntry(index: index, record: record, report: report, status: gate.status(of: report))
    }
}

/// A finished batch: every entry in input order, the ranking, the counts and the portfolio.
public struct BatchResult: Sendable {
    public var entries: [BatchEntry]
    public var portfolio: Portfolio
    /// Diagnostics about input files as a whole (unknown shortlist columns …).
    public var fileDiagnostics: [Diagnostic]

    public init(entries: [BatchEntry], configuration: Configuration, fileDiagnostics: [Diagnostic] = []) {
        self.entries = entries
        self.portfolio = Portfolio(entries: entries, settings: configuration.portfolio)
        self.fileDiagnostics = fileDiagnostics
    }

    /// Entries ranked: scored creators by score (highest first), then unscored ones, then errors; ties keep
    /// input order.
    public var ranked: [BatchEntry] {
        entries.sorted { lhs, rhs in
            let left = lhs.report?.score ?? (lhs.report == nil ? -2 : -1)
            let right = rhs.report?.score ?? (rhs.report == nil ? -2 : -1)
            return left != right ? left > right : lhs.index < rhs.index
        }
    }

    /// The run's exit status: the worst of the entries'.
    public var status: ExitStatus { entries.map(\.status).max() ?? .success }

    /// How many creators passed, went to review, were rejected, and could not be read or scored.
    public var counts: (pass: Int, review: Int, reject: Int, error: Int) {
        var counts = (pass: 0, review: 0, reject: 0, error: 0)
        for entry in entries {
            guard let report = entry.report, report.score != nil else {
                counts.error += 1
                continue
            }
            switch report.verdict {
            case .pass: counts.pass += 1
            case .review: counts.review += 1
            case .reject: counts.reject += 1
            }
        }
        return counts
    }

    /// `20 creators: 12 pass, 5 review, 2 reject, 1 error; 3 below the bar`.
    public var summaryLine: String {
        let counts = self.counts
        let below = entries.filter { $0.status == .belowBar }.count
        return "\(entries.count) creators: \(counts.pass) pass, \(counts.review) review, \(counts.reject) reject, "
            + "\(counts.error) could not be read or scored; \(below) below the bar (exit status \(status.rawValue))"
    }
}
