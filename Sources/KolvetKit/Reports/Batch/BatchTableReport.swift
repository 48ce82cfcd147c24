/// `--format table`: the ranked shortlist for a terminal, one line per creator, then the summary and the
/// portfolio.
public struct BatchTableReport: BatchRenderer {
    public let identifier = "table"
    public let summary = "a ranked table for people, then the summary and the portfolio (default on a terminal)"

    /// The language of column names, verdicts, tiers and the worst signal's name (`--lang`).
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) {
        self.language = language
    }

    public func localized(_ language: ReportLanguage) -> any BatchRenderer { BatchTableReport(language: language) }

    public var ranksOnly: Bool { true }

    public func footer(_ batch: BatchResult) -> String {
        var rows: [[String]] = [
            ["#", "score", "verdict", "tier", "followers", "median ER", "worst signal", "creator"].map(language.text)
        ]
        for (rank, position) in batch.rankedPositions.enumerated() {
            let entry = batch.entries[position]
            guard let report = entry.report else {
                rows.append([
                    "\(rank + 1)", "-", language.text("error"), "-", "-", "-", entry.firstError ?? "",
                    entry.record.source,
                ])
                continue
            }
            let rate = report.engagement.medianRatePerFollower ?? report.engagement.meanRatePerFollower
            let worst = batch.headline(of: entry, in: language) ?? "-"
            rows.append([
                "\(rank + 1)", report.score.map { ReportFormatting.fixed($0, 1) } ?? "-",
                language == .en ? entry.verdictText : language.verdict(report.verdict),
                report.tier.map { language.text($0.rawValue) } ?? "?", report.compactFollowers,
                rate.map { ReportFormatting.percent($0) } ?? "-", worst,
                entry.displayName + "  (\(entry.record.source))",
            ])
        }
        // Columns as a terminal shows them: Chinese characters and emoji take two.
        let safeRows = rows.map { $0.map(TerminalText.sanitize) }
        let widths = (0..<rows[0].count).map { column in safeRows.map { TerminalText.width($0[column]) }.max() ?? 0 }
        var lines = safeRows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1
                    ? cell : cell + String(repeating: " ", count: max(0, widths[column] - TerminalText.width(cell)))
            }.joined(separator: "  ")
        }
        lines.append("")
        lines.append(batch.summaryLine(in: language))
        lines.append(contentsOf: batch.portfolio.textLines(in: language).map(TerminalText.sanitize))
        lines.append(contentsOf: batch.sharedCommenters.textLines(in: language).map(TerminalText.sanitize))
        return lines.joined(separator: "\n") + "\n"
    }
}
