import Foundation

/// One output format of `kolvet batch`.
///
/// Streaming formats write each creator as it finishes (`streamed` returns its text); the others return nil
/// there and render the whole, ranked batch in `footer`.
public protocol BatchRenderer: Sendable {
    /// The name given to `--format`.
    var identifier: String { get }
    /// One line for `--help`.
    var summary: String { get }
    /// Text before any creator.
    func header() -> String
    /// The text of one finished creator, or nil when the format renders the batch at the end.
    func streamed(_ entry: BatchEntry) -> String?
    /// Text after the last creator: the whole report for non-streaming formats.
    func footer(_ batch: BatchResult) -> String
    /// Whether the format writes each creator as it finishes, so that a run need not keep every report.
    var isStreaming: Bool { get }
    /// Whether the format gives each creator a section after the ranking (HTML, Markdown): then the report is
    /// `opening(batch)`, each creator's `section(entry)` in ranking order, and `closing()`, and a run keeps of each
    /// entry only what the ranking reads (`BatchEntry.forRanking`), spooling the sections to disk meanwhile.
    var hasSections: Bool { get }
    /// Whether the format reads nothing of an entry but what the ranking reads (the table).
    var ranksOnly: Bool { get }
    /// Whether the report carries batch-level findings (the ranking, the portfolio, shared commenters); JSON Lines
    /// and CSV carry one record per input only, so the CLI writes the findings to standard error.
    var showsBatchFindings: Bool { get }
    /// The report before the sections.
    func opening(_ batch: BatchResult) -> String
    /// One creator's section.
    func section(_ entry: BatchEntry) -> String
    /// The report after the sections.
    func closing() -> String
    /// The report after the sections, for a format whose end depends on the batch (JSON's ranking and summary).
    func closing(_ batch: BatchResult) -> String
    /// The renderer writing in `language` (itself when it has only one language).
    func localized(_ language: ReportLanguage) -> any BatchRenderer
    /// Whether the sections follow input order (JSON's `creators`) rather than the ranking.
    var sectionsFollowInputOrder: Bool { get }
    /// Written between two sections (`,` between JSON's creators).
    var sectionSeparator: String { get }
}

extension BatchRenderer {
    public func header() -> String { "" }
    public func streamed(_ entry: BatchEntry) -> String? { nil }
    public var isStreaming: Bool { false }
    public var hasSections: Bool { false }
    public var ranksOnly: Bool { false }
    public var showsBatchFindings: Bool { !isStreaming }
    public func opening(_ batch: BatchResult) -> String { footer(batch) }
    public func section(_ entry: BatchEntry) -> String { "" }
    public func closing() -> String { "" }
    public func closing(_ batch: BatchResult) -> String { closing() }
    public var sectionsFollowInputOrder: Bool { false }
    public func localized(_ language: ReportLanguage) -> any BatchRenderer { self }
    public var sectionSeparator: String { "" }

    /// The entries whose sections the report holds, in the order it holds them.
    public func sectionOrder(_ batch: BatchResult) -> [BatchEntry] { sectionPositions(batch).map { batch.entries[$0] } }

    /// The positions in `batch.entries` of the entries whose sections the report holds, in that order.
    public func sectionPositions(_ batch: BatchResult) -> [Int] {
        sectionsFollowInputOrder ? Array(batch.entries.indices) : batch.rankedPositions
    }

    /// The sections of `entries`, rendered on `workers` threads, in the entries' order.
    public func sections(_ entries: [BatchEntry], workers: Int) -> [String] {
        parallelMap(entries.count, workers: workers) { section(entries[$0]) }
    }

    /// The whole report of a format with sections: opening, the sections (in ranking or input order), closing.
    public func assembled(_ batch: BatchResult) -> String {
        opening(batch) + sectionOrder(batch).map(section).joined(separator: sectionSeparator) + closing(batch)
    }
}

/// The formats of `kolvet batch`, in `--help` order.
public enum BatchFormats {
    public static let all: [any BatchRenderer] = [
        BatchTableReport(), BatchJSONLinesReport(), BatchJSONReport(), BatchCSVReport(), BatchMarkdownReport(),
        BatchHTMLReport(), BatchResultsReport(),
    ]

    public static func renderer(named identifier: String) -> (any BatchRenderer)? {
        all.first { $0.identifier == identifier }
    }
}

extension BatchEntry {
    /// The entry as JSON: its `kolvet.report/1` object with `index` and `source` added, or, when it could not
    /// be read, `{format, index, source, score: null, verdict: null, errors: [...]}`.
    public var jsonValue: JSONValue {
        let errorValues = errors.map {
            JSONValue.object(["at": .string($0.location.description), "message": .string($0.message)])
        }
        guard let report, case .object(var object) = JSONReport.value(of: report) else {
            return .object([
                "format": .string(JSONReport.formatIdentifier),
                "index": .integer(index),
                "source": .string(record.source),
                "score": .null,
                "verdict": .null,
                "errors": .array(errorValues),
            ])
        }
        object.set("index", .integer(index))
        object.set("source", .string(record.source))
        object.set("errors", .array(errorValues))
        return .object(object)
    }

    /// The creator's name for a table: nickname, else id, else the source.
    var displayName: String {
        record.dossier?.creator.nickname ?? record.dossier?.creator.id ?? record.source
    }

    /// The verdict for a table, or `error`.
    var verdictText: String {
        guard let report else { return "error" }
        return report.score == nil ? "unscored" : report.verdict.rawValue
    }

    /// The share of the signal weight the verdict rests on, for rankings: `30% (not enough data to clear)`, the
    /// basis named when it is not "cleared"; `-` without a score.
    func coverageText(in language: ReportLanguage = .en) -> String {
        guard let report, report.score != nil else { return "-" }
        let share = ReportFormatting.percent(report.coverage, 0)
        guard report.verdictBasis != .cleared else { return share }
        let basis = language.text(report.verdictBasis.phrase)
        return language == .zh ? "\(share)（\(basis)）" : "\(share) (\(basis))"
    }

    /// The first error message, for tables.
    var firstError: String? { errors.first.map(\.placedMessage) }
}

extension Portfolio {
    /// The portfolio as JSON.
    var jsonValue: JSONValue {
        var tierValues = JSONObject()
        for tier in Tier.allCases {
            let slice = tiers[tier] ?? Slice()
            tierValues.set(
                tier.rawValue, .object(["creators": .integer(slice.creators), "budget": .fixed(slice.budget, 2)]))
        }
        return .object([
            "tiers": .object(tierValues),
            "total_budget": .fixed(total.budget, 2),
            "koc_budget_share": .fixed(kocShare, 4),
            "mid_tier_kol_budget_share": .fixed(midTierKOLShare, 4),
            "koc_target": .array([.fixed(kocTarget.lowerBound, 4), .fixed(kocTarget.upperBound, 4)]),
            "mid_tier_kol_target": .array([
                .fixed(midTierKOLTarget.lowerBound, 4), .fixed(midTierKOLTarget.upperBound, 4),
            ]),
            "agencies": .array(
                agencies.map {
                    .object([
                        "mcn": .string($0.name), "proposed": .integer($0.proposed), "flagged": .integer($0.flagged),
                        "errors": .integer($0.errors),
                    ])
                }),
            "passing": .integer(passing),
            "passing_expected_interactions": .fixed(passingInteractions, 2),
            "passing_price": .fixed(passingPrice, 2),
            "passing_cpe": .fixed(passingCPE, 4),
        ])
    }

    /// The portfolio as lines of text.
    var textLines: [String] { textLines(in: .en) }

    /// The portfolio as lines of text in `language`.
    func textLines(in language: ReportLanguage) -> [String] {
        let zh = language == .zh
        var lines: [String] = []
        let mix = Tier.allCases.compactMap { tier -> String? in
            guard let slice = tiers[tier], slice.creators > 0 else { return nil }
            let budget =
                slice.budget > 0
                ? (zh
                    ? "（¥\(ReportFormatting.grouped(slice.budget))）" : " (¥\(ReportFormatting.grouped(slice.budget)))")
                : (zh ? "（无报价）" : " (no quotes)")
            return "\(language.text(tier.rawValue)) \(slice.creators)\(budget)"
        }
        lines.append(
            zh
                ? "量级分布：" + (mix.isEmpty ? "无已评分达人" : mix.joined(separator: "，"))
                : "tier mix: " + (mix.isEmpty ? "none scored" : mix.joined(separator: ", ")))
        lines.append(contentsOf: pyramidNotes(in: language))
        for agency in agencies {
            lines.append(
                zh
                    ? "MCN \(agency.name == "(none)" ? "（无）" : agency.name)：提报 \(agency.proposed) 位，有风险 \(agency.flagged) 位"
                        + (agency.errors > 0 ? "，无法读取 \(agency.errors) 位" : "")
                    : "MCN \(agency.name): \(agency.proposed) proposed, \(agency.flagged) flagged"
                        + (agency.errors > 0 ? ", \(agency.errors) unreadable" : ""))
        }
        let cpe = passingCPE.map { "¥" + ReportFormatting.fixed($0, 2) } ?? language.text("unknown")
        lines.append(
            zh
                ? "可放行达人 \(passing) 位：每轮笔记预计互动 \(ReportFormatting.grouped(passingInteractions)) 次，"
                    + "费用 ¥\(ReportFormatting.grouped(passingPrice))（CPE \(cpe)）"
                : "passing creators: \(passing), expected \(ReportFormatting.grouped(passingInteractions)) "
                    + "interactions per round of notes for ¥\(ReportFormatting.grouped(passingPrice)) "
                    + "(CPE \(cpe))")
        return lines
    }
}

extension BatchHeader {
    /// The page's title: `Creator vetting: <brand> · <campaign>`, or `kolvet batch report` without a brand or
    /// campaign.
    public var title: String { title(in: .en) }

    /// The title in `language` (`达人审核：<brand> · <campaign>`).
    public func title(in language: ReportLanguage) -> String {
        let named = [brand, campaign].compactMap { $0 }.filter { !$0.isEmpty }
        guard !named.isEmpty else { return language.text("kolvet batch report") }
        let subject = named.joined(separator: " · ")
        return language == .zh ? "达人审核：\(subject)" : "Creator vetting: \(subject)"
    }

    /// `2026-11-27 · kolvet 0.1.0 · inputs: a.csv, b.jsonl (and 3 more)`; the day is the run's (`--now`), else
    /// the day the page is rendered.
    public var line: String { line(in: .en) }

    /// The line in `language`: `2026-11-27 · kolvet 0.1.0 · 输入：a.csv, b.jsonl（另 3 个）`.
    public func line(in language: ReportLanguage) -> String {
        let day = ReportFormatting.day(generatedAt ?? Date())
        let zh = language == .zh
        let extra = inputCount - inputs.count
        let more = extra > 0 ? (zh ? "（另 \(extra) 个）" : " and \(extra) more") : ""
        let names = inputs.isEmpty ? (zh ? "无" : "none") : inputs.joined(separator: ", ") + more
        return "\(day) · kolvet \(Provenance.kolvetVersion) · \(zh ? "输入：" : "inputs: ")\(names)"
    }
}

extension BatchTally {
    /// The counts a summary leads with: cleared, red flags, not enough data to clear, and unreadable when any.
    public var basisCounts: [(count: Int, label: String)] {
        var counts = [
            (cleared, "cleared"), (redFlags, "with red flags"), (insufficientData, "not enough data to clear"),
        ]
        if error > 0 { counts.append((error, "could not be read or scored")) }
        return counts
    }
}
