import Foundation

/// A finished batch: every entry in input order, the ranking, the counts and the portfolio.
public struct BatchResult: Sendable {
    public var entries: [BatchEntry]
    public var portfolio: Portfolio
    /// Diagnostics about input files as a whole (unknown shortlist columns …).
    public var fileDiagnostics: [Diagnostic]
    /// The counts, over every entry of the run (also those not kept in `entries` by a streaming run).
    public var tally: BatchTally
    /// Accounts feeding the comment sections of several creators of the batch (`comments.shared_commenters`).
    public var sharedCommenters: SharedCommenterReport
    /// What the page's header says.
    public var header: BatchHeader

    /// The result of `entries`; `tally` and `commenters` are given when a run kept less than every entry.
    public init(
        entries: [BatchEntry], configuration: Configuration, fileDiagnostics: [Diagnostic] = [],
        tally: BatchTally? = nil, commenters: SharedCommenters? = nil, header: BatchHeader? = nil
    ) {
        self.entries = entries
        self.portfolio = Portfolio(entries: entries, settings: configuration.portfolio)
        self.fileDiagnostics = fileDiagnostics
        self.tally =
            tally
            ?? entries.reduce(into: BatchTally()) { tally, entry in tally.add(entry) }
        let index =
            commenters
            ?? entries.reduce(into: SharedCommenters(settings: configuration.rings)) { index, entry in
                index.add(entry)
            }
        self.sharedCommenters = index.report()
        self.header = header ?? entries.reduce(into: BatchHeader()) { header, entry in header.add(entry) }
        for finding in sharedCommenters.findings where finding.level >= .warn {
            ringLevels[finding.member.index] = finding.level
        }
    }

    /// The level of `comments.shared_commenters` of the creators it warns or fails, by index.
    private var ringLevels: [Int: SignalLevel] = [:]

    /// What a ranking shows as the creator's worst signal: the report's own worst signal and its level (or
    /// "(not enough data)" when nothing is flagged but the creator cannot be cleared); when the
    /// batch's ring finding warns or fails the creator, that instead (or after the report's own, when that is
    /// worse) — a creator who passes alone but is fed by a ring must not look clean in the ranking.
    /// Written in `language` (`ReportLanguage.finding`).
    public func headline(of entry: BatchEntry, in language: ReportLanguage = .en) -> String? {
        let report = entry.report
        var parts: [(id: String, level: SignalLevel)] = report?.worstSignal.map { [($0.id, $0.level)] } ?? []
        if let ring = ringLevels[entry.index] {
            let shared = (id: "comments.shared_commenters", level: ring)
            if let worst = parts.first, worst.level > ring { parts.append(shared) } else { parts = [shared] }
        }
        guard !parts.isEmpty else {
            return report?.verdictBasis == .insufficientData ? language.text("(not enough data)") : nil
        }
        return parts.map { language.finding($0.id, $0.level) }.joined(separator: language == .zh ? "；" : "; ")
    }

    /// Entries ranked: scored creators by verdict (pass, review, reject), then score (highest first), then coverage
    /// (most data first); then unscored creators; then errors; ties keep input order. A creator with one note that
    /// scores 100 for want of data ranks below one that passes on a full dossier.
    public var ranked: [BatchEntry] { rankedPositions.map { entries[$0] } }

    /// The positions in `entries` in the order of `ranked`: a ranking of a long batch without copying its
    /// entries. The sort key of each entry is read once.
    public var rankedPositions: [Int] {
        let keys = entries.map { entry -> (group: Int, score: Double, coverage: Double, index: Int) in
            guard let report = entry.report else { return (5, 0, 0, entry.index) }
            guard let score = report.score else { return (4, 0, 0, entry.index) }
            let group = report.verdict == .pass ? 1 : report.verdict == .review ? 2 : 3
            return (group, score, report.coverage, entry.index)
        }
        return keys.indices.sorted { lhs, rhs in
            let left = keys[lhs]
            let right = keys[rhs]
            if left.group != right.group { return left.group < right.group }
            if left.score != right.score { return left.score > right.score }
            if left.coverage != right.coverage { return left.coverage > right.coverage }
            return left.index < right.index
        }
    }

    /// The run's exit status: the worst of the entries', and below the bar (1) when a creator fails
    /// `comments.shared_commenters`.
    public var status: ExitStatus { max(tally.status, sharedCommenters.status) }

    /// The summary line of the tally, with the creators the ring finding fails.
    public var summaryLine: String { summaryLine(status: status) }

    /// The summary line with the exit status `status` (a command's, when more than the batch decides it).
    public func summaryLine(status: ExitStatus) -> String { summaryLine(status: status, in: .en) }

    /// The summary line in `language`, with this batch's exit status.
    public func summaryLine(in language: ReportLanguage) -> String { summaryLine(status: status, in: language) }

    /// The summary line in `language`.
    public func summaryLine(status: ExitStatus, in language: ReportLanguage) -> String {
        let failing = sharedCommenters.findings.filter { $0.level == .fail }.count
        let line = tally.summaryLine(status: status, in: language)
        guard failing > 0 else { return line }
        return language == .zh
            ? line + "；\(failing) 位达人互赞群异常 (comments.shared_commenters)"
            : line + "; \(ReportFormatting.counted(failing, "creator")) fail comments.shared_commenters"
    }
}
