/// The language of the human-facing batch pages (`--lang zh|en`): English by default, Chinese when asked or when the
/// locale says so. Ids stay in every language, beside the names (docs/report-format.md, "Languages").
///
/// This first version names the signals, verdicts, levels, bases and the page's headings in Chinese; the evidence
/// lines are still English in both.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en
    case zh

    /// From `LC_ALL`, else `LANG`: a value starting with `zh` gives Chinese, anything else English.
    public static func fromEnvironment(_ environment: [String: String]) -> ReportLanguage {
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return locale.lowercased().hasPrefix("zh") ? .zh : .en
    }

    /// The plain-language name of a signal in this language, in the trade's usual terms; nil for an unknown id.
    public func signalName(_ id: String) -> String? {
        Self.signalNames[id].map { self == .zh ? $0.zh : $0.en }
    }

    /// `pass`/`review`/`reject` in this language.
    public func verdict(_ verdict: Verdict) -> String {
        guard self == .zh else { return verdict.rawValue }
        switch verdict {
        case .pass: return "通过"
        case .review: return "待复核"
        case .reject: return "不通过"
        }
    }

    /// `ok`/`warn`/`fail`/`unknown` in this language.
    public func level(_ level: SignalLevel) -> String {
        guard self == .zh else { return level.rawValue }
        switch level {
        case .ok: return "正常"
        case .warn: return "预警"
        case .fail: return "异常"
        case .unknown: return "数据不足"
        }
    }

    /// A signal at a level, as a ranking shows it: `engagement.rate warn`, or `互动率：预警`.
    public func finding(_ id: String, _ level: SignalLevel) -> String {
        guard self == .zh, let name = signalName(id) else { return "\(id) \(level.rawValue)" }
        return "\(name)：\(self.level(level))"
    }

    /// A heading or label of the page in this language (the English text is the key; unknown keys stay English).
    public func text(_ english: String) -> String {
        guard self == .zh else { return english }
        return Self.labels[english] ?? english
    }

    /// English plain names and the usual Chinese terms (互动率, 赞藏比, 水粉, 报备 …).
    static let signalNames: [String: (en: String, zh: String)] = [
        "engagement.rate": ("Engagement rate", "互动率"),
        "engagement.read_rate": ("Interactions per read", "阅读互动率"),
        "engagement.consistency": ("Like consistency", "点赞稳定性"),
        "engagement.comment_density": ("Comments per like", "评赞比"),
        "engagement.collect_ratio": ("Collects per like", "藏赞比"),
        "engagement.sponsored_gap": ("Sponsored vs organic", "商单与日常互动差"),
        "engagement.like_outliers": ("Likes out of line", "异常点赞"),
        "followers.likes_collects_per_follower": ("Likes and collects per follower", "赞粉比"),
        "followers.engagement_mismatch": ("Engagement too low for the followers", "粉丝量与互动不符"),
        "followers.growth_spike": ("Follower jumps", "涨粉异常"),
        "followers.growth_drop": ("Follower drops", "掉粉异常"),
        "followers.sample_fake_share": ("Fake share of the follower sample", "水粉占比"),
        "followers.mass_followers": ("Mass-following followers", "海量关注粉丝"),
        "comments.inauthentic": ("Bought-looking comments", "疑似刷评"),
        "comments.generic": ("Generic comments", "模板评论"),
        "comments.duplicates": ("Duplicate comments", "重复评论"),
        "comments.burst": ("Comment bursts", "评论集中爆发"),
        "comments.repeat_commenters": ("Repeat commenters", "重复评论账号"),
        "comments.lead_gen": ("Lead-gen spam", "引流评论"),
        "comments.suspicious_commenters": ("Suspicious commenters", "可疑评论账号"),
        "comments.substance": ("Substantive comments", "有效评论"),
        "comments.shared_commenters": ("Commenters shared across creators", "互赞群"),
        "audience.fit": ("Audience fit to the brief", "受众匹配度"),
        "audience.requirements": ("Audience requirements", "受众硬性要求"),
        "audience.comment_geography": ("Commenters' regions against the portrait", "评论地域与画像差异"),
        "audience.active_fans": ("Active fans", "活跃粉丝占比"),
        "cost.cpe": ("Cost per engagement", "单次互动成本 (CPE)"),
        "cost.quote_vs_tier": ("Quote against the tier", "报价与量级对比"),
        "deck.mismatch": ("The MCN's deck against the data", "MCN 提报数据与实际差异"),
        "content.category_fit": ("Content on the brief's category", "内容品类匹配"),
        "content.commercial_share": ("Sponsored share of the feed", "商业笔记占比"),
        "content.undeclared_ads": ("Likely undeclared ads", "疑似未报备广告 (水下)"),
        "content.competitor_conflict": ("Competitors in sponsored notes", "竞品合作冲突"),
    ]

    static let labels: [String: String] = [
        "Creator vetting": "达人审核",
        "kolvet batch report": "kolvet 达人审核报告",
        "cleared": "可放行",
        "with red flags": "有风险项",
        "not enough data to clear": "数据不足以放行",
        "red flags found": "发现风险项",
        "(not enough data)": "（数据不足）",
        "nano": "素人", "micro": "初级", "mid": "腰部", "macro": "头部", "top": "顶级",
        "could not be read or scored": "无法读取或评分",
        "score": "得分",
        "verdict": "结论",
        "coverage": "数据覆盖",
        "tier": "量级",
        "followers": "粉丝数",
        "median ER": "互动率中位数",
        "worst signal": "最严重问题",
        "creator": "达人",
        "source": "来源",
        "unknown": "未知",
        "error": "错误",
        "Portfolio": "投放组合",
        "Shared commenters": "跨达人共同评论账号 (互赞群)",
        "Input warnings": "输入警告",
        "Findings": "发现的问题",
        "Within the lines": "正常项",
        "Not enough data: ask the MCN for": "数据不足：请向 MCN 索取",
        "No signal warns or fails.": "没有预警或异常项。",
        "level": "级别",
        "signal": "指标",
        "value": "数值",
        "thresholds": "阈值",
        "evidence": "依据",
        "Follower history": "粉丝趋势",
        "Interactions per note (oldest → newest)": "每篇笔记互动量（从旧到新）",
        "Audience against the brief": "受众与投放目标",
        "Warnings about the data:": "数据警告：",
        "gender": "性别", "age": "年龄", "city_tier": "城市等级", "regions": "地域", "interests": "兴趣",
        "female": "女性", "male": "男性",
        "#": "#",
    ]
}
