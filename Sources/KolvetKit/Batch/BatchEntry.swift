import Foundation

/// One creator of a batch, vetted or with the errors that kept it from being vetted.
public struct BatchEntry: Sendable, Codable {
    /// Position in the input, from 0.
    public var index: Int
    public var record: BatchRecord
    /// The report, when the record could be read.
    public var report: VettingReport?
    /// The creator's exit status under the run's gate.
    public var status: ExitStatus
    /// Whether the record belongs to another shard (`--shard`): not vetted, not written, not counted.
    public var isOutsideShard = false
    /// The accounts that feed the creator's comment section, for the batch's ring finding; nil when no comment
    /// names its account (and in entries kept only for the ranking).
    public var commenters: CommenterFootprint?
    /// Diagnostics about the whole input file this entry is the first record of (a shortlist's unknown columns),
    /// so that they travel with the entry's result record to `kolvet summarize`.
    public var fileDiagnostics: [Diagnostic] = []

    /// The record's errors (empty when it was vetted).
    public var errors: [Diagnostic] { record.diagnostics.filter { $0.severity == .error } }

    /// The creator's id, when the record could be read.
    public var creatorID: String? { report?.creator.id ?? record.dossier?.creator.id }

    /// The entry with only what a ranking, the batch summary and the portfolio read: the profile, the score,
    /// verdict, basis and coverage, the worst signal, the rates per follower, the cost and audience figures, the
    /// brief (one value all reports share), the errors. A run that renders each creator's section as it goes keeps this instead of the whole entry.
    public var forRanking: BatchEntry {
        var slim = self
        slim.record.diagnostics = errors
        slim.record.dossier = record.dossier.map { Dossier(creator: $0.creator) }
        slim.commenters = nil
        guard var report else { return slim }
        report.signals =
            report.worstSignal.map { worst in
                var signal = worst
                signal.details = []
                return [signal]
            } ?? []
        var engagement = EngagementMetrics()
        engagement.medianRatePerFollower = report.engagement.medianRatePerFollower
        engagement.meanRatePerFollower = report.engagement.meanRatePerFollower
        report.engagement = engagement
        report.reasons = []
        report.portrait = nil
        report.growth = nil
        report.warnings = []
        report.platform = nil
        slim.report = report
        return slim
    }
}
