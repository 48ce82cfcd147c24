import KolvetKit
import Testing

/// Scores and verdicts of the fixtures, worked out by hand from docs/scoring.md: a known signal earns its
/// weight × (ok 1, warn 0.5, fail 0); score = 100 × Σ earned / Σ weights of known signals.
@Suite("Scores and verdicts")
struct ScorerTests {
    /// Σ default weights: engagement 3+2+1+1+1+1+2 = 11, followers 1+2+2+1+3+1 = 10, comments 3+7×1 = 10,
    /// audience 3+2+1+1 = 7, cost 1+1 = 2.
    /// 40, plus deck.mismatch 1, content.category_fit 2, commercial_share 1, undeclared_ads 1 and
    /// competitor_conflict 1.
    static let totalWeight = 46.0

    @Test("healthy creator: everything it has data for is ok → 100, pass")
    func healthy() throws {
        let report = try TestSupport.report("healthy-mid-beauty.json")
        let unknown = report.signals.filter { $0.level == .unknown }.map(\.id)
        #expect(
            unknown == [
                "followers.growth_spike", "followers.growth_drop", "followers.sample_fake_share",
                "followers.mass_followers", "audience.fit", "audience.requirements", "deck.mismatch",
                "content.category_fit", "content.competitor_conflict",
            ])
        #expect(report.signals.allSatisfy { $0.level == .ok || $0.level == .unknown })
        #expect(report.score == 100)
        // Unknown: spike 2 + drop 1 + sample 3 + mass 1 + fit 3 + requirements 2 + deck 1 + content fit 2
        // + competitor conflict 1 = 16 of 46.
        #expect(isClose(report.coverage, 30 / Self.totalWeight))
        #expect(report.verdict == .pass)
        #expect(report.tier == .mid)
        #expect(report.kind == .kol)
    }

    @Test("KOC without reads, sponsored notes or comments: a clean score, but too little data to pass")
    func koc() throws {
        let report = try TestSupport.report("koc-home.json")
        #expect(report.tier == .nano)
        #expect(report.kind == .koc)
        let unknown = report.signals.filter { $0.level == .unknown }.map(\.id)
        #expect(unknown.prefix(2) == ["engagement.read_rate", "engagement.sponsored_gap"])
        #expect(unknown.dropFirst(2).allSatisfy { !$0.hasPrefix("engagement.") })
        // Known: engagement 11 − read 2 − sponsored 1 = 8, likes+collects/follower 1, engagement mismatch 2
        // (median 611.5: micro 611.5/0.04 = 15.3K is micro → 8,600 / 15,287.5 = 0.56 ok); no comments, portrait
        // or quote.
        #expect(isClose(report.coverage, 11 / Self.totalWeight))
        #expect(report.score == 100)
        #expect(report.verdict == .review)
        #expect(report.verdictReasons.last?.hasPrefix("only 24% of the signal weight rests on data present") == true)
    }

    @Test("bought likes on two showcase notes: decisive fail rejects despite a score of 79")
    func boughtLikes() throws {
        let report = try TestSupport.report("bought-likes.json")
        let outliers = try #require(report.signals.first { $0.id == "engagement.like_outliers" })
        // likes / (collects + comments): b2 12000/410 = 29.3, b5 9500/355 = 26.8; the other six 2.51–2.67;
        // median of the eight = (2.624 + 2.655) / 2 = 2.64; 4 × 2.64 = 10.6 → b2 and b5: 2 of 8.
        #expect(outliers.value == 0.25)
        #expect(outliers.level == .fail)
        #expect(outliers.details.count == 2)
        // Collects 2,660 / likes 27,450 = 0.0969 < 0.10 → warn.
        #expect(report.signals.first { $0.id == "engagement.collect_ratio" }?.level == .warn)
        // Sponsored b2 12440 and b5 9875 → median 11157.5; organic 1265 1555 1115 1420 1330 1680 → 1375;
        // ratio 8.11 > 3 → warn.
        let gap = try #require(report.signals.first { $0.id == "engagement.sponsored_gap" })
        #expect(isClose(gap.value, 11157.5 / 1375, tolerance: 1e-9))
        #expect(gap.level == .warn)
        // Quote ¥6,000 × 1.1 = 6,600 / median interactions 1487.5 = ¥4.44 → cost.cpe ok; 6,000 / band top 8,000
        // (10K–100K followers) = 0.75 → cost.quote_vs_tier ok.
        // Known: rate 3 ok, consistency 1 ok, density 1 ok, collect 1 warn, gap 1 warn, outliers 2 fail,
        // likes+collects/follower 1 ok, cpe 1 ok, quote 1 ok; engagement mismatch 2 ok (32,000 followers is micro,
        // beyond the peer curve: expected 0.04 × 32,000 = 1,280 interactions / median 1487.5 = 0.86 < 2)
        // → (3 + 1 + 1 + 0.5 + 0.5 + 0 + 1 + 1 + 1 + 2) / 14 = 11 / 14.
        #expect(isClose(report.score, 1100.0 / 14))
        #expect(report.verdict == .reject)
        #expect(report.verdictReasons.first?.hasPrefix("engagement.like_outliers failed, and it is decisive") == true)
    }

    @Test("inflated followers: engagement far below the macro benchmark rejects")
    func inflated() throws {
        let report = try TestSupport.report("inflated-followers.json")
        let rate = try #require(report.signals.first { $0.id == "engagement.rate" })
        // Interactions 900 1060 760 1230 940 840 → median (900 + 940) / 2 = 920 / 480,000.
        #expect(isClose(rate.value, 920.0 / 480_000))
        // Macro benchmark 2 %: warn below 1 %, fail below 0.5 %.
        #expect(isClose(rate.thresholds.failBelow, 0.005))
        #expect(rate.level == .fail)
        // 210,000 / 480,000 = 0.4375 < 0.5 → fail.
        #expect(report.signals.first { $0.id == "followers.likes_collects_per_follower" }?.level == .fail)
        // Likes 600 700 520 820 640 580: mean 643.33, σ 96.21, σ/mean 0.1495 < 0.2 → fail.
        #expect(report.signals.first { $0.id == "engagement.consistency" }?.level == .fail)
        // Cost: ¥40,000 × 1.1 / median 920 = ¥47.8 > ¥30 → fail; 40,000 / 50,000 = 0.8 → ok.
        // Followers: mismatch 20.9× → fail; two unexplained spikes → fail; no drop → ok (FollowerSignalTests).
        // Known 3 + 1 + 1 + 1 + 2 + 1 + 1 + 1 + 2 + 2 + 1 = 16; earned density 1 + collects 1 + outliers 2 +
        // quote 1 + drop 1 = 6.
        #expect(isClose(report.score, 600.0 / 16))
        #expect(
            report.verdictReasons.first?.hasPrefix("followers.engagement_mismatch failed, and it is decisive") == true)
        #expect(report.verdict == .reject)
    }

    @Test("a dossier with no notes has no score and is sent to review")
    func nothingToScore() throws {
        let dossier = try #require(TestSupport.decode(#"{"creator": {"id": "a", "followers": 5000}}"#).dossier)
        let report = Scorer(configuration: Configuration()).vet(dossier, now: TestSupport.now)
        #expect(report.score == nil)
        #expect(report.coverage == 0)
        #expect(report.verdict == .review)
        #expect(report.signals.allSatisfy { $0.level == .unknown })
    }

    @Test("low coverage holds back a perfect score")
    func lowCoverage() throws {
        // Only likes_and_collects: 1 of 46 weight known.
        let dossier = try #require(
            TestSupport.decode(#"{"creator": {"id": "a", "followers": 5000, "likes_and_collects": 20000}}"#).dossier)
        let report = Scorer(configuration: Configuration()).vet(dossier, now: TestSupport.now)
        #expect(report.score == 100)
        #expect(isClose(report.coverage, 1 / Self.totalWeight))
        #expect(report.verdict == .review)
    }

    @Test("a threshold from the configuration changes the level")
    func configurableThreshold() throws {
        var configuration = Configuration()
        configuration.signals["engagement.collect_ratio"]?.warnBelow = 0.5
        let report = try TestSupport.report("healthy-mid-beauty.json", configuration: configuration)
        // 0.393 < 0.5 → warn; score (30 − 0.5) / 30 over the 30 known weight.
        #expect(report.signals.first { $0.id == "engagement.collect_ratio" }?.level == .warn)
        #expect(isClose(report.score, 100 * 29.5 / 30))
        #expect(report.verdict == .pass)
    }

    @Test("the pipeline gate: worst status wins")
    func gate() throws {
        let healthy = try TestSupport.report("healthy-mid-beauty.json")
        let rejected = try TestSupport.report("bought-likes.json")
        #expect(PipelineGate().status(of: healthy) == .success)
        #expect(PipelineGate(failUnder: 100.5).status(of: healthy) == .belowBar)
        #expect(PipelineGate().status(of: rejected) == .belowBar)
        #expect(PipelineGate().status(of: [healthy, rejected, nil]) == .unreadable)
        #expect(PipelineGate().status(of: [healthy, rejected]) == .belowBar)
    }

    @Test("the default weights add up to the total the tests use")
    func totalWeight() {
        #expect(Configuration.defaultSignalSettings.values.reduce(0) { $0 + $1.weight } == Self.totalWeight)
    }

    @Test("thresholds: fail beats warn, absent bounds are not checked")
    func thresholds() {
        let bounds = Thresholds(warnBelow: 1, failBelow: 0.5, warnAbove: 10)
        #expect(bounds.level(of: 0.4) == .fail)
        #expect(bounds.level(of: 0.5) == .warn)
        #expect(bounds.level(of: 1) == .ok)
        #expect(bounds.level(of: 11) == .warn)
        #expect(Thresholds().level(of: -1e9) == .ok)
    }
}
