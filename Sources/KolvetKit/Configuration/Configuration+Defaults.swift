extension Configuration {
    /// Every signal's default weight and thresholds, in one table. Where each number comes from is in
    /// `docs/metrics.md`; "prior" marks published folklore, "kolvet" a choice of this project.
    public static let defaultSignalSettings: [String: SignalSettings] = [
        // Factors of the peers' rate: the 10th and 2.5th percentiles of real creators around the peer curve
        // (scripts/calibrate.py). Not decisive: low engagement is weak, not fraud.
        "engagement.rate": calibrated("engagement.rate", weight: 3),
        // Interactions per read: 3–5 % is ordinary (Pugongying trade prior); fail at half of that floor (kolvet).
        "engagement.read_rate": SignalSettings(weight: 2, warnBelow: 0.03, failBelow: 0.015),
        // Like spread (coefficient of variation): < 40 % suggests topped-up likes (trendHERO prior), relaxed where
        // real creators go lower (scripts/calibrate.py).
        "engagement.consistency": calibrated("engagement.consistency", weight: 1),
        // Comments per 100 likes: the Instagram prior (0.5–5 normal) relaxed to the real Xiaohongshu 90th and
        // 97.5th percentiles above, kept below (scripts/calibrate.py).
        "engagement.comment_density": calibrated("engagement.comment_density", weight: 1),
        // Collects per like: bought likes come without collects (kolvet prior, checked on real creators).
        "engagement.collect_ratio": calibrated("engagement.collect_ratio", weight: 1),
        // Sponsored median ER / organic median ER: an audience that ignores the ads warns; ads engaging over 3×
        // the organic notes suggests engagement bought for the showcase (kolvet).
        "engagement.sponsored_gap": SignalSettings(weight: 1, warnBelow: 0.5, failBelow: 0.25, warnAbove: 3),
        // Share of recent notes with likes far above their own collects and comments (kolvet).
        "engagement.like_outliers": calibrated("engagement.like_outliers", weight: 2, isDecisive: true),
        // 赞藏比: lifetime likes+collects per follower; practitioners expect ≥ 1 (trade press prior).
        "followers.likes_collects_per_follower": calibrated("followers.likes_collects_per_follower", weight: 1),
        // Fake-follower signals (docs/metrics.md, "Follower signals"). The shortfall against the peer curve:
        // beyond the 97.5th and 99.5th percentiles of real creators (scripts/calibrate.py).
        "followers.engagement_mismatch": calibrated("followers.engagement_mismatch", weight: 2, isDecisive: true),
        "followers.growth_spike": SignalSettings(weight: 2, isDecisive: true, warnAbove: 0.05, failAbove: 0.15),
        "followers.growth_drop": SignalSettings(weight: 1, warnAbove: 0.02, failAbove: 0.1),
        // Modash: credibility < 75 % often means fraud (prior); IG Audit: < 60 % real is fraud (prior).
        "followers.sample_fake_share": SignalSettings(weight: 3, isDecisive: true, warnAbove: 0.25, failAbove: 0.4),
        "followers.mass_followers": SignalSettings(weight: 1, warnAbove: 0.2, failAbove: 0.4),
        // Comment signals (docs/comments.md); every bound is kolvet's, checked against the labelled comment set.
        "comments.inauthentic": SignalSettings(weight: 3, warnAbove: 0.1, failAbove: 0.25),
        "comments.generic": SignalSettings(weight: 1, warnAbove: 0.6, failAbove: 0.8),
        "comments.duplicates": SignalSettings(weight: 1, warnAbove: 0.3, failAbove: 0.5),
        "comments.burst": SignalSettings(weight: 1, warnAbove: 0, failAbove: 0.25),
        "comments.repeat_commenters": SignalSettings(weight: 1, warnAbove: 0.2, failAbove: 0.4),
        "comments.lead_gen": SignalSettings(weight: 1, warnAbove: 0.05, failAbove: 0.15),
        "comments.suspicious_commenters": SignalSettings(weight: 1, warnAbove: 0.1, failAbove: 0.25),
        "comments.substance": SignalSettings(weight: 1, warnBelow: 0.2, failBelow: 0.08),
        // Audience and cost (docs/metrics.md): kolvet's lines unless marked prior.
        "audience.fit": SignalSettings(weight: 3, warnBelow: 0.6, failBelow: 0.4),
        "audience.requirements": SignalSettings(weight: 2, isDecisive: true, failAbove: 0),
        "audience.comment_geography": SignalSettings(weight: 1, warnAbove: 0.25, failAbove: 0.45),
        // 活跃粉丝占比 below 70 % → reject except celebrities (trade rule, prior), relaxed to the real 新红
        // distribution (scripts/calibrate.py).
        "audience.active_fans": calibrated("audience.active_fans", weight: 1),
        // CPE < ¥10 is good (prior); warn at 1.5×, fail at 3× that.
        "cost.cpe": SignalSettings(weight: 1, warnAbove: 15, failAbove: 30),
        "cost.quote_vs_tier": SignalSettings(weight: 1, warnAbove: 1, failAbove: 2),
        // The deck against the data (kolvet prior; docs/metrics.md).
        "deck.mismatch": SignalSettings(weight: 1, warnAbove: 0.15, failAbove: 0.35),
        // What the creator posts against the brief's category (kolvet; docs/metrics.md, docs/calibration.md).
        "content.category_fit": SignalSettings(weight: 2, warnBelow: 0.3, failBelow: 0.1),
        "content.commercial_share": SignalSettings(weight: 1, warnAbove: 0.4, failAbove: 0.6),
        "content.undeclared_ads": SignalSettings(weight: 1, warnAbove: 0.2, failAbove: 0.4),
        // One recent paid note for a competitor warns, two fail (kolvet prior: exclusivity windows of 30–90 days).
        "content.competitor_conflict": SignalSettings(weight: 1, warnAbove: 0, failAbove: 1),
    ]

    /// A signal's settings with the thresholds `scripts/calibrate.py` derived from real data.
    private static func calibrated(_ id: String, weight: Double, isDecisive: Bool = false) -> SignalSettings {
        let thresholds = Calibration.thresholds[id] ?? Thresholds()
        return SignalSettings(
            weight: weight, isDecisive: isDecisive, warnBelow: thresholds.warnBelow, failBelow: thresholds.failBelow,
            warnAbove: thresholds.warnAbove, failAbove: thresholds.failAbove)
    }
}
