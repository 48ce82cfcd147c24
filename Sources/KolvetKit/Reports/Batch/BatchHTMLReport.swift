import Foundation

/// `--format html`: one self-contained page — no script, font, image or stylesheet from anywhere, a
/// Content-Security-Policy that forbids them — with the ranked table, the portfolio, and a section per creator
/// with inline SVG charts (follower history with flagged spikes circled, interactions per note, audience
/// against the brief's target) and the evidence of every signal. All input text is escaped.
public struct BatchHTMLReport: BatchRenderer {
    public let identifier = "html"
    public let summary = "one self-contained HTML page: ranking, charts (inline SVG) and every signal's evidence"

    /// The language of names, headings and verdicts (`--lang`).
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) {
        self.language = language
    }

    public func localized(_ language: ReportLanguage) -> any BatchRenderer { BatchHTMLReport(language: language) }

    static let style = """
        body{font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",\
        sans-serif;margin:24px;color:#1a202c;max-width:1100px;overflow-wrap:break-word}\
        table{border-collapse:collapse;width:100%;margin:8px 0 16px}\
        th,td{border-bottom:1px solid #e2e8f0;padding:4px 8px;text-align:left;vertical-align:top}\
        th{background:#f7fafc}.pass{color:#276749;font-weight:600}.review{color:#975a16;font-weight:600}\
        .reject,.error,.fail{color:#c53030;font-weight:600}.warn{color:#975a16}.ok{color:#276749}.unknown{color:#718096}td.ok,td.warn,td.fail,td.unknown{white-space:nowrap}\
        section{border-top:2px solid #cbd5e0;margin-top:28px;padding-top:8px}.chart{width:100%;max-width:560px;\
        display:block;margin:6px 0 14px}.axis,.label{font-size:11px;fill:#4a5568}.details{color:#4a5568;font-size:12px}.sponsored{color:#dd6b20;font-weight:600}.explained{color:#718096;font-weight:600}\
        @media (max-width:640px){body{margin:12px}table.stack thead{display:none}\
        table.stack tr{display:block;border-bottom:1px solid #cbd5e0;padding:6px 0}\
        table.stack td{display:block;border:none;padding:1px 0;overflow-wrap:anywhere}\
        table.stack td[data-label]::before{content:attr(data-label) ": ";color:#718096;font-weight:400}}\
        @media print{body{margin:0;max-width:none;font-size:11px}a{color:inherit;text-decoration:none}\
        section{break-before:page}tr,.chart{break-inside:avoid}}
        """

    public var hasSections: Bool { true }

    public func footer(_ batch: BatchResult) -> String { assembled(batch) }

    public func closing() -> String { "</body></html>\n" }

    public func opening(_ batch: BatchResult) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(batch.header.title(in: language)))</title><style>\(Self.style)</style></head><body>
            """
        html += "<header><h1>\(HTMLText.escape(batch.header.title(in: language)))</h1>"
        html += "<p class=\"details\">\(HTMLText.escape(batch.header.line(in: language)))</p></header>"
        html +=
            "<p class=\"summary\">"
            + batch.tally.basisCounts.map { "<b>\($0.count)</b> \(HTMLText.escape(language.text($0.label)))" }
            .joined(separator: " · ") + "</p>"
        html += "<p>\(HTMLText.escape(batch.summaryLine(in: language)))</p>"
        // Each cell carries its column's name: on a phone the rows stack, each cell labelled (`table.stack`).
        html +=
            "<table class=\"stack\"><thead><tr><th>#</th>"
            + ["score", "verdict", "coverage", "tier", "followers", "median ER", "worst signal", "creator"]
            .map { "<th>\(language.text($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (rank, position) in batch.rankedPositions.enumerated() {
            let entry = batch.entries[position]
            let report = entry.report
            let rate = report.flatMap { $0.engagement.medianRatePerFollower ?? $0.engagement.meanRatePerFollower }
            let worst = batch.headline(of: entry, in: language) ?? (entry.firstError ?? "")
            html += "<tr><td data-label=\"\(language.text("#"))\">\(rank + 1)</td>"
            html +=
                "<td data-label=\"\(language.text("score"))\">\(report?.score.map { ReportFormatting.fixed($0, 1) } ?? "-")</td>"
            html +=
                "<td data-label=\"\(language.text("verdict"))\" class=\"\(entry.verdictText)\">"
                + "\(verdictWord(entry))</td>"
            html +=
                "<td data-label=\"\(language.text("coverage"))\">\(HTMLText.escape(entry.coverageText(in: language)))</td>"
            html +=
                "<td data-label=\"\(language.text("tier"))\">\(report.map { $0.tier.map { language.text($0.rawValue) } ?? "?" } ?? "-")</td>"
            html += "<td data-label=\"\(language.text("followers"))\">\(report?.compactFollowers ?? "-")</td>"
            html +=
                "<td data-label=\"\(language.text("median ER"))\">\(rate.map { ReportFormatting.percent($0) } ?? "-")</td>"
            html += "<td data-label=\"\(language.text("worst signal"))\">\(HTMLText.escape(worst))</td>"
            html +=
                "<td data-label=\"\(language.text("creator"))\"><a href=\"#c\(entry.index)\">\(HTMLText.escape(entry.displayName))</a></td>"
            html += "</tr>"
        }
        html += "</tbody></table><h2>\(language.text("Portfolio"))</h2><ul>"
        html += batch.portfolio.textLines(in: language).map { "<li>\(HTMLText.escape($0))</li>" }.joined()
        html += "</ul>"
        html += "<h2>\(language.text("Shared commenters"))</h2><ul>"
        html += batch.sharedCommenters.textLines(in: language).map { "<li>\(HTMLText.escape($0))</li>" }.joined()
        html += "</ul>"
        if !batch.fileDiagnostics.isEmpty {
            html += "<h2>\(language.text("Input warnings"))</h2><ul>"
            html += batch.fileDiagnostics.map { "<li>\(HTMLText.escape($0.description))</li>" }.joined()
            html += "</ul>"
        }
        return html
    }

    public func section(_ entry: BatchEntry) -> String {
        var html = "<section id=\"c\(entry.index)\"><h2>\(HTMLText.escape(entry.displayName))</h2>"
        html += "<p class=\"details\">\(HTMLText.escape(entry.record.source))</p>"
        guard let report = entry.report else {
            html += "<ul>" + entry.errors.map { "<li class=\"error\">\(HTMLText.escape($0.description))</li>" }.joined()
            return html + "</ul></section>"
        }
        let score = report.score.map { ReportFormatting.fixed($0, 1) } ?? language.text("unknown")
        let verdict = "<span class=\"\(report.verdict.rawValue)\">\(language.verdict(report.verdict))</span>"
        let basis = HTMLText.escape(language.text(report.verdictBasis.phrase))
        let coverage = ReportFormatting.percent(report.coverage, 0)
        html += "<p>\(HTMLText.escape(report.sizeDescription(separator: language == .zh ? " · " : ", ", in: language)))"
        html += report.creator.mcn.map { (language == .zh ? " · MCN " : ", MCN ") + HTMLText.escape($0) } ?? ""
        html +=
            language == .zh
            ? "。得分 <b>\(score)</b>，结论 \(verdict)（\(basis)），\(coverage) 的指标权重有数据支撑。</p><ul>"
            : ". Score <b>\(score)</b>, verdict \(verdict) (\(basis)), \(coverage) of the signal weight on data present.</p><ul>"
        html += report.reasons.map { "<li>\(HTMLText.escape(language.reason($0, of: report)))</li>" }.joined() + "</ul>"
        html += charts(entry, report)
        // Findings first (fail, then warn), then what is fine; what cannot be judged is one checklist after.
        let known = report.signals.filter { $0.level != .unknown }
        let findings = known.filter { $0.level == .fail } + known.filter { $0.level == .warn }
        let fine = known.filter { $0.level == .ok }
        html += "<h3>\(language.text("Findings"))</h3>"
        html += findings.isEmpty ? "<p>\(language.text("No signal warns or fails."))</p>" : signalTable(findings)
        if !fine.isEmpty {
            html += "<h3>\(language.text("Within the lines"))</h3>" + signalTable(fine)
        }
        let unknown = report.signals.filter { $0.level == .unknown }
        if !unknown.isEmpty {
            html += "<h3>\(language.text("Not enough data: ask the MCN for"))</h3><ul class=\"details\">"
            html += unknown.map { "<li>\(signalName($0.id)): \(HTMLText.escape(language.reading($0)))</li>" }.joined()
            html += "</ul>"
        }
        if !report.warnings.isEmpty {
            html += "<p>\(language.text("Warnings about the data:"))</p><ul>"
            html += report.warnings.map { "<li>\(HTMLText.escape($0.placedMessage))</li>" }.joined() + "</ul>"
        }
        return html + "</section>"
    }

    /// A table of signals: level, id, value, thresholds, evidence and up to 8 detail lines; every cell labelled for
    /// the stacked phone layout.
    private func signalTable(_ signals: [SignalResult]) -> String {
        var html =
            "<table class=\"stack\"><thead><tr>"
            + ["level", "signal", "value", "thresholds", "evidence"].map { "<th>\(language.text($0))</th>" }.joined()
            + "</tr></thead><tbody>"
        for signal in signals {
            html += "<tr><td data-label=\"\(language.text("level"))\" class=\"\(signal.level.rawValue)\">"
            html += "\(language.level(signal.level))</td>"
            html += "<td data-label=\"\(language.text("signal"))\">\(signalName(signal.id))</td>"
            html += "<td data-label=\"\(language.text("value"))\">\(HTMLText.escape(language.value(signal)))</td>"
            html +=
                "<td data-label=\"\(language.text("thresholds"))\">\(HTMLText.escape(language.thresholds(signal)))</td>"
            html += "<td data-label=\"\(language.text("evidence"))\">\(HTMLText.escape(language.reading(signal)))"
            // In Chinese the signal's own English evidence follows as the detail.
            if language == .zh {
                html += "<div class=\"details\" lang=\"en\">\(HTMLText.escape(signal.evidence))</div>"
            }
            if !signal.details.isEmpty {
                html +=
                    "<div class=\"details\">" + signal.details.prefix(8).map(HTMLText.escape).joined(separator: "<br>")
                html += "</div>"
            }
            html += "</td></tr>"
        }
        return html + "</tbody></table>"
    }

    private func charts(_ entry: BatchEntry, _ report: VettingReport) -> String {
        let zh = language == .zh
        var html = ""
        if let history = entry.record.dossier?.followerHistory.sorted(by: { $0.date < $1.date }), history.count >= 2,
            let first = history.first, let last = history.last
        {
            let points = history.map { (x: $0.date.timeIntervalSince1970, y: $0.followers.doubleValue) }
            let growthSignal = report.signals.first { $0.id == "followers.growth_spike" }
            let spikes = report.growth?.spikes ?? []
            let markers = spikes.map {
                HTMLText.Marker(x: $0.end.timeIntervalSince1970, isExplained: $0.explainedBy != nil)
            }
            html += "<h3>\(language.text("Follower history"))</h3>"
            html += HTMLText.lineChart(
                points, markers: markers,
                title: zh
                    ? "粉丝数走势；圆圈：\(growthSignal.map(language.reading) ?? "涨粉异常")"
                    : "followers over time; circles: \(growthSignal?.evidence ?? "spikes")",
                startLabel: ReportFormatting.day(first.date), endLabel: ReportFormatting.day(last.date))
            let explained = spikes.filter { $0.explainedBy != nil }.count
            let unexplained = spikes.count - explained
            let from = ReportFormatting.day(first.date)
            let to = ReportFormatting.day(last.date)
            html +=
                zh
                ? "<p class=\"details\">折线：\(from) 至 \(to) 的粉丝数，刻度在左侧"
                    + (unexplained > 0
                        ? "；<span class=\"fail\">红色圆圈</span>：\(unexplained) 次超出日常增速且无笔记可解释的涨粉" : "")
                    + (explained > 0
                        ? "；<span class=\"explained\">灰色虚线圆圈</span>：\(explained) 次由一两天前的爆文带来的涨粉" : "")
                    + "。</p>"
                : "<p class=\"details\">Line: followers from \(from) to \(to), the scale on the left"
                    + (unexplained > 0
                        ? "; <span class=\"fail\">red circles</span>: \(ReportFormatting.counted(unexplained, "jump")) "
                            + "beyond the creator's normal growth that no note explains" : "")
                    + (explained > 0
                        ? "; <span class=\"explained\">grey dashed circles</span>: "
                            + "\(ReportFormatting.counted(explained, "jump")) explained by a viral note a day or two before"
                        : "")
                    + ".</p>"
        }
        if !report.engagement.interactions.isEmpty {
            let notes = report.engagement.notes
            let flagged = Set(report.signals.first { $0.id == "engagement.like_outliers" }?.flaggedNotes ?? [])
            let bars = report.engagement.interactions.enumerated().map { index, value in
                let note = notes.count == report.engagement.interactions.count ? notes[index] : nil
                return HTMLText.Bar(
                    value: value, isSponsored: note?.isSponsored == true,
                    isFlagged: note?.id.map(flagged.contains) ?? false)
            }
            html += "<h3>\(language.text("Interactions per note (oldest → newest)"))</h3>"
            html += HTMLText.barChart(bars.reversed(), title: zh ? "每篇近期笔记的互动量" : "interactions per recent note")
            let sponsored = bars.contains { $0.isSponsored }
            let outlined = bars.contains { $0.isFlagged }
            html +=
                zh
                ? "<p class=\"details\">柱：每篇近期笔记的互动量，最旧的在左，刻度在左侧"
                    + (sponsored ? "；<span class=\"sponsored\">橙色</span>：报备商单" : "")
                    + (outlined
                        ? "；<span class=\"fail\">红框</span>：点赞与收藏、评论不成比例 (engagement.like_outliers)" : "")
                    + "。</p>"
                : "<p class=\"details\">Bars: interactions of each recent note, oldest on the left, the scale on the "
                    + "left"
                    + (sponsored ? "; <span class=\"sponsored\">orange</span>: declared sponsored" : "")
                    + (outlined
                        ? "; <span class=\"fail\">red outline</span>: likes out of line with the note's collects and "
                            + "comments (engagement.like_outliers)" : "")
                    + ".</p>"
        }
        if let brief = report.brief, report.audience.fit != nil {
            var rows: [(label: String, share: Double?, target: Double?)] = []
            let colon = zh ? "：" : ": "
            for target in brief.targets {
                let dimension = language.text(target.dimension.rawValue)
                let shares = report.portrait.flatMap { target.dimension.distribution(in: $0) }
                switch target.shape {
                case .distribution(let wanted):
                    for group in wanted.entries {
                        let share = shares?.entries.first {
                            RegionName.normalize($0.name) == RegionName.normalize(group.name)
                        }?
                        .share
                        rows.append(("\(dimension)\(colon)\(language.text(group.name))", share, group.share))
                    }
                case .groups:
                    let fit = report.audience.fit?.dimensions.first { $0.dimension == target.dimension }
                    rows.append(("\(dimension)\(colon)\(zh ? "目标人群内" : "in target")", fit?.worst, nil))
                }
            }
            html += "<h3>\(language.text("Audience against the brief"))</h3>"
            html += HTMLText.audienceChart(
                rows, title: zh ? "受众占比（柱）与投放目标（刻线）" : "audience share (bars) against the brief's target (ticks)")
            html +=
                zh
                ? "<p class=\"details\">蓝色柱：达人粉丝中各人群的占比；<span class=\"sponsored\">橙色刻线</span>："
                    + "投放目标；“目标人群内”：落在目标人群中的占比。</p>"
                : "<p class=\"details\">Blue bars: the creator's audience share of each group; "
                    + "<span class=\"sponsored\">orange ticks</span>: the brief's target; \"in target\": the share in "
                    + "the brief's groups.</p>"
        }
        return html
    }

    /// A signal as a cell shows it: its id in English; in Chinese its name, with the id below in small type.
    private func signalName(_ id: String) -> String {
        guard language == .zh, let name = language.signalName(id) else { return id }
        return "<b>\(HTMLText.escape(name))</b><br><span class=\"details\">\(id)</span>"
    }

    /// The verdict word of a ranking row in the page's language (`error` and `unscored` too).
    private func verdictWord(_ entry: BatchEntry) -> String {
        guard language == .zh else { return entry.verdictText }
        guard let report = entry.report else { return "无法读取" }
        return report.score == nil ? "无法评分" : language.verdict(report.verdict)
    }
}
