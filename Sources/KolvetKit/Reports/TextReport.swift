/// `--format text`: the report for a person at a terminal.
///
/// Header (creator, tier, score, verdict, coverage), the recent notes' interactions as a sparkline, one line
/// per signal (level, id, value, thresholds, contribution) with its evidence beneath, the verdict's reasons and
/// the warnings about the input. Input text is sanitised; colour only when `RenderOptions.useColor`.
public struct TextReport: ReportRenderer {
    public let identifier = "text"
    public let summary = "a report for people (default)"

    public init() {}

    public func render(_ report: VettingReport, options: RenderOptions) -> String {
        var lines: [String] = []
        let creator = report.creator
        let name = TerminalText.sanitize(creator.nickname ?? creator.id)
        lines.append(
            TerminalText.styled(name, .bold, options) + " (\(TerminalText.sanitize(creator.id)))  ·  "
                + report.sizeDescription(separator: "  ·  ")
                + (creator.mcn.map { "  ·  MCN \(TerminalText.sanitize($0))" } ?? ""))
        let scoreText = report.score.map { ReportFormatting.fixed($0, 1) + "/100" } ?? "unknown"
        lines.append(
            "score \(TerminalText.styled(scoreText, .bold, options))  ·  verdict "
                + verdictText(report.verdict, options) + " (\(report.verdictBasis.phrase))  ·  "
                + "data for \(ReportFormatting.percent(report.coverage, 0)) of the signal weight")
        let metrics = report.engagement
        if !metrics.interactions.isEmpty {
            let median = metrics.medianInteractions.map { ReportFormatting.compact($0) } ?? "?"
            lines.append(
                "recent notes  \(TerminalText.sparkline(metrics.interactions.reversed()))  "
                    + "\(metrics.interactions.count) notes, oldest → newest, median \(median) interactions")
            if let hundred = metrics.hundredLikeShare, let thousand = metrics.thousandLikeShare {
                let best = metrics.bestNoteBeyondMedian.map {
                    "; best note \(ReportFormatting.fixed($0 + 1, 1))× the median"
                }
                lines.append(
                    "              百赞率 \(ReportFormatting.percent(hundred, 0)) (≥ 100 likes), 千赞率 "
                        + "\(ReportFormatting.percent(thousand, 0)) (≥ 1,000)\(best ?? "")")
            }
        }
        lines.append("")
        lines.append(TerminalText.styled("signals", .bold, options))
        let idWidth = report.signals.map(\.id.count).max() ?? 0
        for signal in report.signals {
            let contribution =
                signal.level == .unknown ? "" : "  +" + ReportFormatting.fixed(signal.contribution, 1)
            let head =
                "  " + levelText(signal.level, options) + "  " + TerminalText.padded(signal.id, idWidth) + "  "
                + TerminalText.padded(signal.formattedValue, 10)
            let tail = TerminalText.styled("(\(signal.formattedThresholds))", .dim, options) + contribution
            // Thresholds that do not fit beside the value go on a line of their own.
            if TerminalText.width(head + "  " + tail) <= TerminalText.maximumWidth {
                lines.append(head + "  " + tail)
            } else {
                lines.append(contentsOf: [String(head.reversed().drop { $0 == " " }.reversed()), "        " + tail])
            }
            lines.append("        " + TerminalText.sanitize(signal.evidence))
            for detail in signal.details.prefix(5) {
                lines.append("        - " + TerminalText.sanitize(detail))
            }
            if signal.details.count > 5 { lines.append("        - … \(signal.details.count - 5) more") }
        }
        if let brief = report.brief, let audience = report.audienceDimensions(for: brief), !audience.isEmpty {
            lines.append("")
            let brand = brief.brand.map { " (\(TerminalText.sanitize($0)))" } ?? ""
            lines.append(TerminalText.styled("audience against the brief\(brand)", .bold, options))
            lines.append(contentsOf: audience)
        }
        if let platform = report.platform, !platform.rows.isEmpty {
            lines.append("")
            lines.append(
                TerminalText.styled(
                    "the platform's figures (\(TerminalText.sanitize(platform.source))) beside kolvet's", .bold, options
                ))
            for row in platform.rows {
                let format = { (value: Double) in PlatformComparison.format(value, row.figure) }
                lines.append("  \(row.id)  \(format(row.platform))  (\(row.figure.platformName))")
                if row.hasRecomputation {
                    lines.append("        kolvet \(row.kolvet.map(format) ?? "unknown"): \(row.basis)")
                }
            }
        }
        if let reach = report.audience.effectiveReach {
            let text =
                reach.lowerBound == reach.upperBound
                ? ReportFormatting.grouped(reach.lowerBound)
                : "\(ReportFormatting.grouped(reach.lowerBound))–"
                    + ReportFormatting.grouped(reach.upperBound)
            lines.append("effective reach  \(text) followers (followers × active share × fit)")
        }
        lines.append("")
        lines.append(TerminalText.styled("why \(report.verdict.rawValue)", .bold, options))
        lines.append(contentsOf: report.verdictReasons.map { "  - " + TerminalText.sanitize($0) })
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append(TerminalText.styled("warnings about the data", .bold, options))
            lines.append(contentsOf: report.warnings.map { "  - " + TerminalText.sanitize($0.placedMessage) })
        }
        // Lines of at most 100 columns (Chinese counts double), for an 80–100 column terminal.
        return lines.flatMap { TerminalText.wrap($0) }.joined(separator: "\n") + "\n"
    }

    private func levelText(_ level: SignalLevel, _ options: RenderOptions) -> String {
        let text = TerminalText.padded(level.rawValue, 7)
        switch level {
        case .ok: return TerminalText.styled(text, .green, options)
        case .warn: return TerminalText.styled(text, .yellow, options)
        case .fail: return TerminalText.styled(text, .red, options)
        case .unknown: return TerminalText.styled(text, .dim, options)
        }
    }

    private func verdictText(_ verdict: Verdict, _ options: RenderOptions) -> String {
        let text = verdict.rawValue.uppercased()
        switch verdict {
        case .pass: return TerminalText.styled(text, .green, options)
        case .review: return TerminalText.styled(text, .yellow, options)
        case .reject: return TerminalText.styled(text, .red, options)
        }
    }
}

extension VettingReport {
    /// Text bar charts of the audience against each target dimension of the brief: one line per group, the
    /// audience's share as a bar of 20 cells and the target beside it.
    func audienceDimensions(for brief: Brief) -> [String]? {
        guard let fit = audience.fit else { return nil }
        var lines: [String] = []
        for target in brief.targets {
            guard let dimension = fit.dimensions.first(where: { $0.dimension == target.dimension }) else { continue }
            let label = TerminalText.padded(target.dimension.rawValue, 10)
            let range =
                dimension.worst == dimension.best
                ? ReportFormatting.percent(dimension.worst, 0)
                : "\(ReportFormatting.percent(dimension.worst, 0))–\(ReportFormatting.percent(dimension.best, 0))"
            lines.append("  \(label)  fit \(range)")
            switch target.shape {
            case .distribution(let wanted):
                for entry in wanted.entries {
                    let share = Self.share(of: entry.name, in: target.dimension, of: self)
                    lines.append(
                        "    \(TerminalText.padded(TerminalText.sanitize(entry.name), 10)) \(Self.bar(share))  "
                            + "\(share.map { ReportFormatting.percent($0, 0) } ?? "unlisted")  target "
                            + ReportFormatting.percent(entry.share, 0))
                }
            case .groups(let groups):
                let inside = dimension.worst
                lines.append(
                    "    \(TerminalText.padded("in target", 10)) \(Self.bar(inside))  \(ReportFormatting.percent(inside, 0))"
                        + "  target groups: \(groups.map(TerminalText.sanitize).joined(separator: ", "))")
            }
        }
        return lines
    }

    static func share(of group: String, in dimension: AudienceDimension, of report: VettingReport) -> Double? {
        report.portrait.flatMap { dimension.distribution(in: $0) }?.entries.first {
            RegionName.normalize($0.name) == RegionName.normalize(group)
        }?
        .share
    }

    static func bar(_ share: Double?) -> String {
        guard let share else { return String(repeating: "·", count: 20) }
        let filled = min(20, max(0, ReportFormatting.whole(share * 20)))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
    }
}
