extension Configuration {
    /// Every signal's default weight and thresholds, in one table. Where each number comes from is in
    /// `docs/metrics.md`; "prior" marks published folklore, "kolvet" a choice of this project.
    public static let defaultSignalSettings: [String: SignalSettings] = [
        // Relative to the tier benchmark: warn below half of it, fail below a quarter (kolvet). Not decisive:
        // followers.engagement_mismatch carries the "inflated followers" verdict.
        "engagement.rate": SignalSettings(weight: 3, warnBelow: 0.5, failBelow: 0.25),
        // Interactions per read: 3–5 % is ordinary (Pugongying trade prior); fail at half of that floor (kolvet).
        "engagement.read_rate": SignalSettings(weight: 2, warnBelow: 0.03, failBelow: 0.015),
        // Like spread (coefficient of variation): < 40 % suggests topped-up likes (trendHERO prior); fail < 20 %.
        "engagement.consistency": SignalSettings(weight: 1, warnBelow: 0.4, failBelow: 0.2),
        // Comments per 100 likes: 0.5–5 is normal on Instagram (trendHERO prior); XHS runs comment-heavier, so
        // only above 10 warns (kolvet).
        "engagement.comment_density": SignalSettings(
            weight: 1, warnBelow: 0.5, failBelow: 0.2, warnAbove: 10, failAbove: 25),
        // Collects per like: bought likes come without collects (kolvet prior).
        "engagement.collect_ratio": SignalSettings(weight: 1, warnBelow: 0.1, failBelow: 0.04),
        // Sponsored median ER / organic median ER: an audience that ignores the ads warns; ads engaging over 3×
        // the organic notes suggests engagement bought for the showcase (kolvet).
        "engagement.sponsored_gap": SignalSettings(weight: 1, warnBelow: 0.5, failBelow: 0.25, warnAbove: 3),
        // Share of recent notes with likes far above their own collects and comments (kolvet).
        "engagement.like_outliers": SignalSettings(weight: 2, isDecisive: true, warnAbove: 0, failAbove: 0.1),
        // 赞藏比: lifetime likes+collects per follower; practitioners expect ≥ 1 (trade press prior).
        "followers.likes_collects_per_follower": SignalSettings(weight: 1, warnBelow: 1, failBelow: 0.5),
        // Fake-follower signals (docs/metrics.md, "Follower signals").
        "followers.engagement_mismatch": SignalSettings(weight: 2, isDecisive: true, warnAbove: 2, failAbove: 4),
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
        // 活跃粉丝占比 below 70 % → reject except celebrities (trade rule, prior); fail below 50 % (kolvet).
        "audience.active_fans": SignalSettings(weight: 1, warnBelow: 0.7, failBelow: 0.5),
        // CPE < ¥10 is good (prior); warn at 1.5×, fail at 3× that.
        "cost.cpe": SignalSettings(weight: 1, warnAbove: 15, failAbove: 30),
        "cost.quote_vs_tier": SignalSettings(weight: 1, warnAbove: 1, failAbove: 2),
    ]
}
