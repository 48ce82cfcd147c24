import Foundation

/// `--format markdown`: the ranked table, the summary and the portfolio, and per creator the signals that
/// warn or fail with their evidence. Cells escape `|`, `\`, backticks, `<`, `>` and line breaks.
public struct BatchMarkdownReport: BatchRenderer {
    public let identifier = "markdown"
    public let summary = "a ranked Markdown table with the flagged signals of each creator"

    /// The language of every line (`--lang`); in Chinese a signal's own English evidence follows its reading.
    /// Diagnostics about the input stay English.
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) {
        self.language = language
    }

    public func localized(_ language: ReportLanguage) -> any BatchRenderer { BatchMarkdownReport(language: language) }

    public var hasSections: Bool { true }

    public func footer(_ batch: BatchResult) -> String { assembled(batch) }

    public func closing() -> String { "\n" }

    public func opening(_ batch: BatchResult) -> String {
        let counts = batch.tally.basisCounts.map { "**\($0.count)** \(language.text($0.label))" }
            .joined(separator: " · ")
        var lines = [
            "# " + Self.escape(batch.header.title(in: language)), "", Self.escape(batch.header.line(in: language)), "",
            counts, "",
        ]
        lines += [batch.summaryLine(in: language), ""]
        let columns = [
            "#", "score", "verdict", "coverage", "tier", "followers", "median ER", "worst signal", "creator", "source",
        ]
        lines.append("| " + columns.map(language.text).joined(separator: " | ") + " |")
        lines.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for (rank, position) in batch.rankedPositions.enumerated() {
            let entry = batch.entries[position]
            let report = entry.report
            let rate = report.flatMap { $0.engagement.medianRatePerFollower ?? $0.engagement.meanRatePerFollower }
            let worst = batch.headline(of: entry, in: language) ?? (entry.firstError ?? "-")
            let score: String = report?.score.map { ReportFormatting.fixed($0, 1) } ?? "-"
            let followers: String = report?.compactFollowers ?? "-"
            let rateText: String = rate.map { ReportFormatting.percent($0) } ?? "-"
            let tier: String = report.map { $0.tier.map { language.text($0.rawValue) } ?? "?" } ?? "-"
            let verdict = report.map { language == .en ? entry.verdictText : language.verdict($0.verdict) }
            let cells: [String] = [
                "\(rank + 1)", score, verdict ?? language.text(entry.verdictText), entry.coverageText(in: language),
                tier,
                followers, rateText, worst,
                entry.displayName, entry.record.source,
            ]
            lines.append("| " + cells.map(Self.escape).joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append("## " + language.text("Portfolio"))
        lines.append("")
        lines.append(contentsOf: batch.portfolio.textLines(in: language).map { "- " + Self.escape($0) })
        lines.append("")
        lines.append("## " + language.text("Shared commenters"))
        lines.append("")
        lines.append(contentsOf: batch.sharedCommenters.textLines(in: language).map { "- " + Self.escape($0) })
        return lines.joined(separator: "\n")
    }

    /// A blank line, the creator's heading, and its flagged signals, each line after a line break.
    public func section(_ entry: BatchEntry) -> String {
        var lines = ["", "## " + Self.escape(entry.displayName), ""]
        guard let report = entry.report else {
            lines.append(contentsOf: entry.errors.map { "- error: " + Self.escape($0.description) })
            return "\n" + lines.joined(separator: "\n")
        }
        let score = report.score.map { ReportFormatting.fixed($0, 1) } ?? language.text("unknown")
        let coverage = ReportFormatting.percent(report.coverage, 0)
        lines.append(
            language == .zh
                ? "得分 \(score)，结论 **\(language.verdict(report.verdict))**，数据覆盖 \(coverage)。"
                : "Score \(score), verdict **\(report.verdict.rawValue)**, coverage \(coverage).")
        lines.append("")
        for signal in report.signals where signal.level == .warn || signal.level == .fail {
            // In Chinese the signal's name comes first, its id beside it.
            let name = language == .zh ? language.signalName(signal.id).map { Self.escape($0) + " " } ?? "" : ""
            // Chinese: the reading (which states the value) and the English evidence in brackets.
            lines.append(
                language == .zh
                    ? "- **\(language.level(signal.level))** \(name)`\(signal.id)`："
                        + Self.escape(language.reading(signal)) + "（" + Self.escape(signal.evidence) + "）"
                    : "- **\(signal.level.rawValue)** `\(signal.id)` \(Self.escape(signal.formattedValue)): "
                        + Self.escape(signal.evidence))
        }
        return "\n" + lines.joined(separator: "\n")
    }

    /// Text safe in a Markdown table cell or list item. Besides escaping, bare URLs are defanged so that GitHub's
    /// autolinking cannot make them links: `://` becomes `[:]//` and `www.` becomes `www[.]` (case-insensitive),
    /// the brackets then escaped like any other.
    package static func escape(_ text: String) -> String {
        var out = ""
        // The last three characters read (oldest first), to spot "://" and "www.".
        var (first, second, third): (Character?, Character?, Character?) = (nil, nil, nil)
        for character in TerminalText.sanitize(text) {
            defer { (first, second, third) = (second, third, character) }
            if character == "/" && second == ":" && third == "/" {
                out.removeLast(2)  // the ":/" already written
                out += "\\[:\\]//"
                continue
            }
            if character == ".", [first, second, third].allSatisfy({ $0?.lowercased() == "w" }) {
                out += "\\[.\\]"
                continue
            }
            switch character {
            case "|", "\\", "`", "*", "_", "[", "]", "#": out += "\\\(character)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

}
