/// `--format text`: the report for a person at a terminal.
///
/// Header (creator, tier, score, verdict, coverage), the recent notes' interactions as a sparkline, one line
/// per signal (level, id, value, thresholds, contribution) with its evidence beneath, the verdict's reasons and
/// the warnings about the input. Input text is sanitised; colour only when `RenderOptions.useColor`. In Chinese
/// (`RenderOptions.language`) each signal is named in the trade's terms beside its id and read against its lines,
/// its English evidence beneath; diagnostics about the input stay English.
public struct TextReport: ReportRenderer {
    public let identifier = "text"
    public let summary = "a report for people (default)"

    public init() {}

    public func render(_ report: VettingReport, options: RenderOptions) -> String {
        var lines: [String] = []
        let language = options.language
        let zh = language == .zh
        let creator = report.creator
        let name = TerminalText.sanitize(creator.nickname ?? creator.id)
        lines.append(
            TerminalText.styled(name, .bold, options) + " (\(TerminalText.sanitize(creator.id)))  ·  "
                + report.sizeDescription(separator: "  ·  ", in: language)
                + (creator.mcn.map { "  ·  MCN \(TerminalText.sanitize($0))" } ?? ""))
        let scoreText = report.score.map { ReportFormatting.fixed($0, 1) + "/100" } ?? language.text("unknown")
        let coverage = ReportFormatting.percent(report.coverage, 0)
        let basis = language.text(report.verdictBasis.phrase)
        lines.append(
            zh
                ? "得分 \(TerminalText.styled(scoreText, .bold, options))  ·  结论 "
                    + verdictText(report.verdict, options) + "（\(basis)）  ·  \(coverage) 的指标权重有数据"
                : "score \(TerminalText.styled(scoreText, .bold, options))  ·  verdict "
                    + verdictText(report.verdict, options) + " (\(basis))  ·  "
                    + "data for \(coverage) of the signal weight")
        let metrics = report.engagement
        if !metrics.interactions.isEmpty {
            let median = metrics.medianInteractions.map { ReportFormatting.compact($0) } ?? "?"
            let sparkline = TerminalText.sparkline(metrics.interactions.reversed())
            lines.append(
                zh
                    ? "近期笔记  \(sparkline)  \(metrics.interactions.count) 篇，从旧到新，互动量中位数 \(median)"
                    : "recent notes  \(sparkline)  "
                        + "\(metrics.interactions.count) notes, oldest → newest, median \(median) interactions")
            if let hundred = metrics.hundredLikeShare, let thousand = metrics.thousandLikeShare {
                let best = metrics.bestNoteBeyondMedian.map {
                    zh
                        ? "；最佳笔记为中位数的 \(ReportFormatting.fixed($0 + 1, 1)) 倍"
                        : "; best note \(ReportFormatting.fixed($0 + 1, 1))× the median"
                }
                lines.append(
                    zh
                        ? "          百赞率 \(ReportFormatting.percent(hundred, 0))（≥ 100 赞），千赞率 "
                            + "\(ReportFormatting.percent(thousand, 0))（≥ 1,000 赞）\(best ?? "")"
                        : "              百赞率 \(ReportFormatting.percent(hundred, 0)) (≥ 100 likes), 千赞率 "
                            + "\(ReportFormatting.percent(thousand, 0)) (≥ 1,000)\(best ?? "")")
            }
        }
        lines.append("")
        lines.append(TerminalText.styled(zh ? "指标" : "signals", .bold, options))
        // In Chinese a signal is named first and its id follows in the evidence lines.
        let label = { (id: String) in zh ? language.displayName(id) : id }
        let idWidth = report.signals.map { TerminalText.width(label($0.id)) }.max() ?? 0
        for signal in report.signals {
            let contribution =
                signal.level == .unknown ? "" : "  +" + ReportFormatting.fixed(signal.contribution, 1)
            let head =
                "  " + levelText(signal.level, options) + "  " + TerminalText.padded(label(signal.id), idWidth) + "  "
                + TerminalText.padded(language.value(signal), 10)
            let tail = TerminalText.styled("(\(language.thresholds(signal)))", .dim, options) + contribution
            // Thresholds that do not fit beside the value go on a line of their own.
            if TerminalText.width(head + "  " + tail) <= TerminalText.maximumWidth {
                lines.append(head + "  " + tail)
            } else {
                lines.append(contentsOf: [String(head.reversed().drop { $0 == " " }.reversed()), "        " + tail])
            }
            if zh {
                lines.append("        " + TerminalText.sanitize(language.reading(signal)))
                lines.append(
                    "        "
                        + TerminalText.styled(signal.id + " · " + TerminalText.sanitize(signal.evidence), .dim, options)
                )
            } else {
                lines.append("        " + TerminalText.sanitize(signal.evidence))
            }
            for detail in signal.details.prefix(5) {
                lines.append("        - " + TerminalText.sanitize(detail))
            }
            if signal.details.count > 5 {
                lines.append(
                    "        - … " + (zh ? "另 \(signal.details.count - 5) 条" : "\(signal.details.count - 5) more"))
            }
        }
        if let brief = report.brief, let audience = report.audienceDimensions(for: brief, in: language),
            !audience.isEmpty
        {
            lines.append("")
            let brand =
                brief.brand.map { zh ? "（\(TerminalText.sanitize($0))）" : " (\(TerminalText.sanitize($0)))" } ?? ""
            lines.append(TerminalText.styled((zh ? "受众与投放目标" : "audience against the brief") + brand, .bold, options))
            lines.append(contentsOf: audience)
        }
        if let platform = report.platform, !platform.rows.isEmpty {
            lines.append("")
            lines.append(
                TerminalText.styled(
                    zh
                        ? "平台数据（\(TerminalText.sanitize(platform.source))）与 kolvet 的重算"
                        : "the platform's figures (\(TerminalText.sanitize(platform.source))) beside kolvet's",
                    .bold, options))
            for row in platform.rows {
                let format = { (value: Double) in PlatformComparison.format(value, row.figure) }
                lines.append("  \(row.id)  \(format(row.platform))  (\(row.figure.platformName))")
                if row.hasRecomputation {
                    lines.append("        kolvet \(row.kolvet.map(format) ?? language.text("unknown")): \(row.basis)")
                }
            }
        }
        if let reach = report.audience.effectiveReach {
            let text =
                reach.lowerBound == reach.upperBound
                ? ReportFormatting.grouped(reach.lowerBound)
                : "\(ReportFormatting.grouped(reach.lowerBound))–"
                    + ReportFormatting.grouped(reach.upperBound)
            lines.append(
                zh
                    ? "有效触达  \(text) 位粉丝（粉丝数 × 活跃占比 × 匹配度）"
                    : "effective reach  \(text) followers (followers × active share × fit)")
        }
        lines.append("")
        lines.append(
            TerminalText.styled(zh ? "结论依据" : "why \(report.verdict.rawValue)", .bold, options))
        lines.append(
            contentsOf: report.reasons.map { "  - " + TerminalText.sanitize(language.reason($0, of: report)) })
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append(TerminalText.styled(zh ? "数据警告" : "warnings about the data", .bold, options))
            lines.append(contentsOf: report.warnings.map { "  - " + TerminalText.sanitize($0.placedMessage) })
        }
        // Lines of at most 100 columns (Chinese counts double), for an 80–100 column terminal.
        return lines.flatMap { TerminalText.wrap($0) }.joined(separator: "\n") + "\n"
    }

    private func levelText(_ level: SignalLevel, _ options: RenderOptions) -> String {
        let text = TerminalText.padded(options.language.level(level), options.language == .zh ? 8 : 7)
        switch level {
        case .ok: return TerminalText.styled(text, .green, options)
        case .warn: return TerminalText.styled(text, .yellow, options)
        case .fail: return TerminalText.styled(text, .red, options)
        case .unknown: return TerminalText.styled(text, .dim, options)
        }
    }

    private func verdictText(_ verdict: Verdict, _ options: RenderOptions) -> String {
        let text = options.language == .zh ? options.language.verdict(verdict) : verdict.rawValue.uppercased()
        switch verdict {
        case .pass: return TerminalText.styled(text, .green, options)
        case .review: return TerminalText.styled(text, .yellow, options)
        case .reject: return TerminalText.styled(text, .red, options)
        }
    }
}

extension VettingReport {
    /// Text bar charts of the audience against each target dimension of the brief: one line per group, the
    /// audience's share as a bar of 20 cells and the target beside it; words in `language`.
    func audienceDimensions(for brief: Brief, in language: ReportLanguage = .en) -> [String]? {
        guard let fit = audience.fit else { return nil }
        let zh = language == .zh
        var lines: [String] = []
        for target in brief.targets {
            guard let dimension = fit.dimensions.first(where: { $0.dimension == target.dimension }) else { continue }
            let label = TerminalText.padded(language.text(target.dimension.rawValue), 10)
            let range =
                dimension.worst == dimension.best
                ? ReportFormatting.percent(dimension.worst, 0)
                : "\(ReportFormatting.percent(dimension.worst, 0))–\(ReportFormatting.percent(dimension.best, 0))"
            lines.append("  \(label)  \(zh ? "匹配度" : "fit") \(range)")
            switch target.shape {
            case .distribution(let wanted):
                for entry in wanted.entries {
                    let share = Self.share(of: entry.name, in: target.dimension, of: self)
                    lines.append(
                        "    \(TerminalText.padded(TerminalText.sanitize(language.text(entry.name)), 10)) "
                            + "\(Self.bar(share))  \(share.map { ReportFormatting.percent($0, 0) } ?? (zh ? "未列出" : "unlisted"))"
                            + "  \(zh ? "目标" : "target") " + ReportFormatting.percent(entry.share, 0))
                }
            case .groups(let groups):
                let inside = dimension.worst
                let groupList = groups.map(TerminalText.sanitize).joined(separator: ", ")
                lines.append(
                    "    \(TerminalText.padded(zh ? "目标人群内" : "in target", 10)) \(Self.bar(inside))  "
                        + "\(ReportFormatting.percent(inside, 0))  \(zh ? "目标人群：" : "target groups: ")\(groupList)")
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
