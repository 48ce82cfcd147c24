/// `--format table`: the ranked shortlist for a terminal, one line per creator, then the summary and the
/// portfolio.
public struct BatchTableReport: BatchRenderer {
    public let identifier = "table"
    public let summary = "a ranked table for people, then the summary and the portfolio (default on a terminal)"

    public init() {}

    public var ranksOnly: Bool { true }

    public func footer(_ batch: BatchResult) -> String {
        var rows: [[String]] = [["#", "score", "verdict", "tier", "followers", "median ER", "worst signal", "creator"]]
        for (rank, entry) in batch.ranked.enumerated() {
            guard let report = entry.report else {
                rows.append(["\(rank + 1)", "-", "error", "-", "-", "-", entry.firstError ?? "", entry.record.source])
                continue
            }
            let rate = report.engagement.medianRatePerFollower ?? report.engagement.meanRatePerFollower
            let worst = batch.headline(of: entry) ?? "-"
            rows.append([
                "\(rank + 1)", report.score.map { ReportFormatting.fixed($0, 1) } ?? "-", entry.verdictText,
                report.tier?.rawValue ?? "?", report.compactFollowers,
                rate.map { ReportFormatting.percent($0) } ?? "-", worst,
                entry.displayName + "  (\(entry.record.source))",
            ])
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                let safe = TerminalText.sanitize(cell)
                return column == row.count - 1 ? safe : TerminalText.padded(safe, widths[column])
            }.joined(separator: "  ")
        }
        lines.append("")
        lines.append(batch.summaryLine)
        lines.append(contentsOf: batch.portfolio.textLines.map(TerminalText.sanitize))
        lines.append(contentsOf: batch.sharedCommenters.textLines.map(TerminalText.sanitize))
        return lines.joined(separator: "\n") + "\n"
    }
}
