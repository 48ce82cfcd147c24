/// The sentences of a report in its language: the verdict's reasons, a signal's reading against its lines and the
/// data to ask for when a signal is unknown. English keeps each signal's own evidence line; Chinese states the
/// value against the line it crossed (预警线 / 异常线) and leaves the English evidence beside it as the detail.
extension ReportLanguage {
    /// One reason for the verdict of `report`.
    public func reason(_ reason: VerdictReason, of report: VettingReport) -> String {
        let signal = reason.signal.flatMap { id in report.signals.first { $0.id == id } }
        let id = reason.signal ?? "?"
        let name = reason.signal.map(displayName) ?? "?"
        let evidence = signal?.evidence ?? ""
        let reading = signal.map(self.reading) ?? ""
        let value = reason.value ?? 0
        let mark = reason.mark ?? 0
        switch (self, reason.kind) {
        case (.en, .nothingMeasured): return "no signal could be measured from the data given"
        case (.zh, .nothingMeasured): return "所给数据无法计算任何指标"
        case (.en, .decisiveFailure): return "\(id) failed, and it is decisive: \(evidence)"
        case (.zh, .decisiveFailure): return "「\(name)」异常（一票否决项）：\(reading)"
        case (.en, .scoreBelowReject):
            return "score \(ReportFormatting.fixed(value, 1)) is below \(ReportFormatting.fixed(mark, 1))"
        case (.zh, .scoreBelowReject):
            return "得分 \(ReportFormatting.fixed(value, 1)) 低于否决线 \(ReportFormatting.fixed(mark, 1))"
        case (.en, .scoreBelowPass):
            return "score \(ReportFormatting.fixed(value, 1)) is below the pass mark \(ReportFormatting.fixed(mark, 1))"
        case (.zh, .scoreBelowPass):
            return "得分 \(ReportFormatting.fixed(value, 1)) 低于通过线 \(ReportFormatting.fixed(mark, 1))"
        case (.en, .failure): return "\(id) failed: \(evidence)"
        case (.zh, .failure): return "「\(name)」异常：\(reading)"
        case (.en, .decisiveWarning): return "\(id) warns, and a failure of it would reject: \(evidence)"
        case (.zh, .decisiveWarning): return "「\(name)」预警（此项异常即否决）：\(reading)"
        case (.en, .lowCoverage):
            return "only \(ReportFormatting.percent(value, 0)) of the signal weight rests on data present "
                + "(\(ReportFormatting.percent(mark, 0)) needed to pass)"
        case (.zh, .lowCoverage):
            return "仅 \(ReportFormatting.percent(value, 0)) 的指标权重有数据支撑（通过需 \(ReportFormatting.percent(mark, 0))）"
        case (.en, .cleared): return "score \(ReportFormatting.fixed(value, 1)) with nothing failed"
        case (.zh, .cleared): return "得分 \(ReportFormatting.fixed(value, 1))，无异常项"
        }
    }

    /// The signal's plain name in this language, or its id when it has none.
    public func displayName(_ id: String) -> String { signalName(id) ?? id }

    /// What the signal found, in one line of this language.
    ///
    /// English: the signal's evidence. Chinese: the value against the line it crossed, in the order
    /// `Thresholds.level(of:)` decides the level (fail below, fail above, warn below, warn above); within the lines,
    /// "在正常范围内" with the warning lines it stays inside; a range whose ends are judged differently "无法判定";
    /// unknown, the data to ask for.
    public func reading(_ signal: SignalResult) -> String {
        guard self == .zh else { return signal.evidence }
        let unit = signal.unit
        guard let value = signal.value else {
            return "数据不足，需要：\(Self.dataToAskFor[signal.id] ?? "相关数据")"
        }
        if signal.isInconclusive { return "取值区间 \(signal.formattedValue) 跨越判定线，无法判定" }
        let t = signal.thresholds
        let shown = signal.formattedValue
        if let bound = t.failBelow, value < bound { return "\(shown)，低于异常线 \(unit.format(bound))" }
        if let bound = t.failAbove, value > bound { return "\(shown)，高于异常线 \(unit.format(bound))" }
        if let bound = t.warnBelow, value < bound { return "\(shown)，低于预警线 \(unit.format(bound))" }
        if let bound = t.warnAbove, value > bound { return "\(shown)，高于预警线 \(unit.format(bound))" }
        let lines = [t.warnBelow.map { "不低于 \(unit.format($0))" }, t.warnAbove.map { "不高于 \(unit.format($0))" }]
            .compactMap { $0 }
        return lines.isEmpty ? "\(shown)（无判定线）" : "\(shown)，在正常范围内（预警线：\(lines.joined(separator: "、"))）"
    }

    /// The signal's lines in this language: `warn < 2.00%, fail < 1.00%` or `预警 < 2.00%，异常 < 1.00%`.
    public func thresholds(_ signal: SignalResult) -> String {
        guard self == .zh else { return signal.formattedThresholds }
        let t = signal.thresholds
        let unit = signal.unit
        let parts = [
            t.warnBelow.map { "预警 < \(unit.format($0))" }, t.failBelow.map { "异常 < \(unit.format($0))" },
            t.warnAbove.map { "预警 > \(unit.format($0))" }, t.failAbove.map { "异常 > \(unit.format($0))" },
        ].compactMap { $0 }
        return parts.isEmpty ? "无" : parts.joined(separator: "，")
    }

    /// The signal's value as shown, `unknown` in this language when there is none.
    public func value(_ signal: SignalResult) -> String {
        signal.value == nil && signal.range == nil ? text("unknown") : signal.formattedValue
    }

    /// What to ask the MCN for, per signal, in the trade's Chinese (English readings are the signal's own evidence,
    /// which says it).
    static let dataToAskFor: [String: String] = [
        "engagement.rate": "粉丝数与近期笔记的点赞、收藏、评论数",
        "engagement.read_rate": "近期笔记的阅读量（蒲公英后台数据）",
        "engagement.consistency": "近期笔记的点赞数",
        "engagement.comment_density": "每篇近期笔记的评论数与点赞数",
        "engagement.collect_ratio": "每篇近期笔记的收藏数与点赞数",
        "engagement.sponsored_gap": "近期笔记的商单（报备）标记",
        "engagement.like_outliers": "近期笔记的点赞、收藏、评论数",
        "followers.likes_collects_per_follower": "获赞与收藏总数和粉丝数",
        "followers.engagement_mismatch": "粉丝数与足够多的近期笔记",
        "followers.growth_spike": "近 90 天的每日粉丝数",
        "followers.growth_drop": "近 90 天的每日粉丝数",
        "followers.sample_fake_share": "随机抽取的 200 个粉丝账号（笔记数、粉丝数、关注数、头像）",
        "followers.mass_followers": "随机抽取的粉丝账号及其关注数",
        "comments.inauthentic": "近期笔记的评论内容",
        "comments.generic": "近期笔记的评论内容",
        "comments.duplicates": "近期笔记的评论内容",
        "comments.burst": "笔记发布时间与评论时间",
        "comments.repeat_commenters": "带评论账号 ID 的评论",
        "comments.lead_gen": "近期笔记的评论内容",
        "comments.suspicious_commenters": "评论账号的资料（昵称、头像、粉丝数）",
        "comments.substance": "近期笔记的评论内容",
        "comments.shared_commenters": "带评论账号 ID 的评论（整批达人）",
        "audience.fit": "粉丝画像与投放目标（--brief）",
        "audience.requirements": "粉丝画像与投放目标中的硬性要求",
        "audience.comment_geography": "粉丝画像的地域分布与评论 IP 属地",
        "audience.active_fans": "粉丝画像中的活跃粉丝占比",
        "cost.cpe": "报价（图文或视频）",
        "cost.quote_vs_tier": "报价（图文或视频）",
        "deck.mismatch": "MCN 提报表（import --shortlist）",
        "content.category_fit": "投放目标的品类或关键词",
        "content.commercial_share": "近期笔记的标题、正文与报备标记",
        "content.undeclared_ads": "近期笔记的标题、正文与报备标记",
        "content.competitor_conflict": "投放目标中的竞品名单",
    ]
}
