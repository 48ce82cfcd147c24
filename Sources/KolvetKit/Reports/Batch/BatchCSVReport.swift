import Foundation

/// `--format csv`: one row per creator in input order (RFC 4180), with the key metrics and, per signal, a column
/// for its level and one for its value (`<id>.value`, in the signal's unit: shares as fractions). Text cells are neutralised against formulas (`cell`; OWASP's CSV-injection advice).
public struct BatchCSVReport: BatchRenderer {
    public let identifier = "csv"
    public let summary = "one row per creator, a column per signal level and key metric (UTF-8 with BOM)"
    /// Whether the file starts with a UTF-8 byte-order mark (U+FEFF), so that Excel in a Chinese locale reads it as
    /// UTF-8 instead of GBK; `--csv-bom false` leaves it out for pipelines.
    public var byteOrderMark: Bool

    public init(byteOrderMark: Bool = true) {
        self.byteOrderMark = byteOrderMark
    }

    public func header() -> String { byteOrderMark ? "\u{FEFF}" : "" }

    /// One row per input: the rings go to standard error (the per-creator share is a column).
    public var showsBatchFindings: Bool { false }

    public func footer(_ batch: BatchResult) -> String {
        let signalIDs = SignalCatalog.all.map(\.id)
        var header = [
            "index", "source", "rank", "id", "nickname", "mcn", "tier", "kind", "followers", "score", "verdict",
            "verdict_basis", "coverage",
            "median_rate_per_follower", "mean_rate_per_follower", "median_rate_per_read", "cpe", "fit_low", "fit_high",
            "error",
        ]
        header += signalIDs.flatMap { [$0, $0 + ".value"] }
        // The batch-level comments.shared_commenters, per creator (blank when the creator shares no account).
        header += ["comments.shared_commenters", "comments.shared_commenters.value"]
        let shared = Dictionary(
            batch.sharedCommenters.findings.map { ($0.member.index, $0) }, uniquingKeysWith: { first, _ in first })
        var lines = [header.map { Self.cell($0) }.joined(separator: ",")]
        let ranks = Dictionary(
            batch.rankedPositions.enumerated().map { (batch.entries[$1].index, $0 + 1) },
            uniquingKeysWith: { first, _ in first })
        for entry in batch.entries {
            let report = entry.report
            let creator = report?.creator ?? entry.record.dossier?.creator
            let engagement = report?.engagement
            func number(_ value: Double?, _ decimals: Int) -> String {
                value.map { ReportFormatting.fixed($0, decimals) } ?? ""
            }
            var cells: [String] = [
                String(entry.index), Self.cell(entry.record.source), String(ranks[entry.index] ?? 0),
                Self.cell(creator?.id ?? ""), Self.cell(creator?.nickname ?? ""), Self.cell(creator?.mcn ?? ""),
                report?.tier?.rawValue ?? "", report?.kind?.rawValue ?? "",
                creator?.followers.map { String($0.value) } ?? "", number(report?.score, 2), entry.verdictText,
                report?.verdictBasis.rawValue ?? "", number(report?.coverage, 4),
                number(engagement?.medianRatePerFollower, 6),
                number(engagement?.meanRatePerFollower, 6), number(engagement?.medianRatePerRead, 6),
                number(report?.signals.first { $0.id == "cost.cpe" }?.value, 4),
                number(report?.audience.fit?.worst, 4), number(report?.audience.fit?.best, 4),
                Self.cell(entry.errors.map(\.placedMessage).joined(separator: "; ")),
            ]
            for id in signalIDs {
                let signal = report?.signals.first { $0.id == id }
                cells += [signal?.level.rawValue ?? "", number(signal?.value, 6)]
            }
            let finding = shared[entry.index]
            cells += [finding?.level.rawValue ?? "", number(finding?.value, 6)]
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A text cell: control characters (ESC, BEL …) shown as `\u{…}`; neutralised against formulas — a leading
    /// `'` when the first character that is not white space (ASCII or U+3000) is `=`, `+`, `-`, `@` or their
    /// full-width forms `＝＋－＠`, or the cell starts with a tab or carriage return — then quoted when it holds a
    /// comma, quote or line break.
    package static func cell(_ text: String) -> String {
        func isShown(_ value: UInt32) -> Bool {
            value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D || value == 0x7F
        }
        var value = text
        if text.utf8.contains(where: { isShown(UInt32($0)) }) {
            value = ""
            for scalar in text.unicodeScalars {
                if isShown(scalar.value) {
                    value += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    value.unicodeScalars.append(scalar)
                }
            }
        }
        let leading = value.unicodeScalars.first { $0 != " " && $0 != "\u{3000}" }
        if let first = value.unicodeScalars.first, first == "\t" || first == "\r" {
            value = "'" + value
        } else if let leading, ["=", "+", "-", "@", "＝", "＋", "－", "＠"].contains(leading) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
