import Foundation
import KolvetKit
import KolvetSimulation
import Testing

/// Hand-built histories and samples; expected values from the rules in docs/metrics.md.
@Suite("Follower growth")
struct GrowthAnalysisTests {
    static let day0 = 1_790_856_000.0  // 2026-10-01T20:00+08:00

    static func dossier(_ counts: [Int], followers: Int? = nil, notes: [Note] = []) -> Dossier {
        var dossier = Dossier(creator: Creator(id: "c", followers: Count(followers ?? counts.last ?? 0)))
        dossier.followerHistory = counts.enumerated().map {
            FollowerPoint(
                date: Date(timeIntervalSince1970: day0 + Double($0.offset) * 86_400), followers: Count($0.element))
        }
        dossier.notes = notes
        return dossier
    }

    static func analyse(_ dossier: Dossier) -> GrowthAnalysis? {
        GrowthAnalysis(
            dossier, settings: FollowerSettings(), viralInteractions: 1_000, counts: InteractionKind.allCases)
    }

    @Test("a flat history has no spike and no drop")
    func flat() throws {
        let growth = try #require(Self.analyse(Self.dossier(Array(repeating: 50_000, count: 30))))
        #expect(growth.spikes.isEmpty)
        #expect(growth.drops.isEmpty)
        #expect(growth.baseline == 0)
        // σ floor: max(1.4826 × 0, 10, 0.0005 × 50,000 = 25) = 25.
        #expect(growth.deviation == 25)
    }

    @Test("steady growth with noise and one bought jump of 10,000: an unexplained, round spike")
    func boughtJump() throws {
        // +100/day for 30 days with ±20 noise, then +10,000 on day 20.
        var counts = [40_000]
        for day in 1...30 {
            counts.append(counts[day - 1] + 100 + (day % 2 == 0 ? 20 : -20) + (day == 20 ? 10_000 : 0))
        }
        let growth = try #require(Self.analyse(Self.dossier(counts)))
        // Daily gains: odd days 80 (15), even days 120 (14), day 20 10,120 → median of 30 = (15th 80 + 16th 120)
        // / 2 = 100; MAD: |80 − 100| = 20 ×15, |120 − 100| = 20 ×14, 10,020 ×1 → 20 → σ = max(1.4826 × 20 =
        // 29.65, 10, 0.0005 × 53,000 = 26.5) = 29.652.
        #expect(growth.baseline == 100)
        #expect(isClose(growth.deviation, 1.4826 * 20))
        #expect(growth.spikes.count == 1)
        let spike = try #require(growth.spikes.first)
        #expect(spike.change == 10_120)
        // Excess 10,120 − 100 = 10,020; ≈ 10K (within 3 %), a round number.
        #expect(spike.excess == 10_020)
        #expect(spike.roundSize == 10_000)
        #expect(spike.explainedBy == nil)
    }

    @Test("a spike the day after a viral note is explained")
    func explainedSpike() throws {
        var counts = Array(repeating: 20_000, count: 10)
        counts += Array(repeating: 26_000, count: 10)  // +6,000 on day 10
        var viral = Note()
        viral.id = "v1"
        viral.likes = Count(30_000)
        viral.collects = Count(9_000)
        viral.publishedAt = Date(timeIntervalSince1970: Self.day0 + 9 * 86_400)  // the day before
        var ordinary = Note()
        ordinary.id = "o1"
        ordinary.likes = Count(400)
        ordinary.collects = Count(100)
        let growth = try #require(Self.analyse(Self.dossier(counts, notes: [viral, ordinary, ordinary])))
        #expect(growth.spikes.count == 1)
        #expect(growth.spikes.first?.explainedBy == "note v1 (39,000 interactions)")
        #expect(growth.unexplainedSpikes.isEmpty)
    }

    @Test("a purge and a seesaw")
    func purgeAndSeesaw() throws {
        var counts = Array(repeating: 60_000, count: 10)
        counts += Array(repeating: 70_000, count: 5)  // +10,000 on day 10
        counts += Array(repeating: 62_000, count: 10)  // −8,000 on day 15: a seesaw (80 % taken back)
        let growth = try #require(Self.analyse(Self.dossier(counts)))
        #expect(growth.spikes.map(\.change) == [10_000])
        #expect(growth.drops.map(\.change) == [-8_000])
        #expect(growth.seesaws.count == 1)
        // Peak 70,000; lost 8,000 beyond a 0 baseline → 8,000 / 70,000.
        let report = Scorer(configuration: Configuration()).vet(Self.dossier(counts), now: TestSupport.now)
        let drop = try #require(report.signals.first { $0.id == "followers.growth_drop" })
        #expect(isClose(drop.value, 8_000.0 / 70_000))
        #expect(drop.level == .fail)
    }

    @Test("irregular histories spread a gap's change over its days; too short a history is unknown")
    func irregularAndShort() throws {
        // Weekly points, +700 a week, then +30,700 in one week.
        let weekly = [10_000, 10_700, 11_400, 12_100, 42_800, 43_500]
        var dossier = Dossier(creator: Creator(id: "c", followers: Count(43_500)))
        dossier.followerHistory = weekly.enumerated().map {
            FollowerPoint(
                date: Date(timeIntervalSince1970: Self.day0 + Double($0.offset) * 7 * 86_400),
                followers: Count($0.element))
        }
        let growth = try #require(Self.analyse(dossier))
        // Daily gains 100 (28 days) and 4,385.7 (7 days): median 100, MAD 0 → σ = max(10, 21.75) = 21.75.
        // Excess 30,700 − 700 = 30,000 over 7 days: 30,000 / (21.75 × √7) = 521 σ.
        #expect(growth.spikes.count == 1)
        #expect(isClose(growth.spikes.first?.excess, 30_000, tolerance: 1e-6))
        #expect(isClose(growth.spikes.first?.deviations, 30_000 / (21.75 * 7.0.squareRoot()), tolerance: 1e-6))
        // Four points over three days: unknown.
        #expect(Self.analyse(Self.dossier([1, 2, 3, 4])) == nil)
    }

    @Test("the inflated fixture: two unexplained jumps bring 59.8 % of the followers")
    func inflatedFixture() throws {
        let report = try TestSupport.report("inflated-followers.json")
        let spike = try #require(report.signals.first { $0.id == "followers.growth_spike" })
        // Daily gains: 14 × 178.57, 16 × 93.75, 1 × 150,000, 13 × 153.85, 17 × 8,235.29, 24 × 83.33 (85 days);
        // median = 43rd sorted = 2,000 / 13 = 153.85. σ = max(1.4826 × MAD 60.10 = 89.1, 10, 0.0005 × 480,000 =
        // 240) = 240. Spikes: 10-02 excess 150,000 − 153.85; 10-15→11-01 excess 140,000 − 17 × 153.85.
        let excess = (150_000 - 2_000.0 / 13) + (140_000 - 17 * 2_000.0 / 13)
        #expect(isClose(spike.value, excess / 480_000, tolerance: 1e-9))
        #expect(spike.level == .fail)
        let mismatch = try #require(report.signals.first { $0.id == "followers.engagement_mismatch" })
        // 480,000 followers is macro, above the peer curve's reach: expected 0.02 × 480,000 = 9,600 interactions
        // against a median of 920 → 9,600 / 920 = 10.43, above the prior fail bound 4.
        #expect(isClose(mismatch.value, 9_600.0 / 920))
        #expect(mismatch.level == .fail)
    }
}

@Suite("Follower sample")
struct FollowerSampleTests {
    static func follower(notes: Int, followers: Int, following: Int, avatar: Bool = true) -> SampledFollower {
        var follower = SampledFollower()
        follower.notes = Count(notes)
        follower.followers = Count(followers)
        follower.following = Count(following)
        follower.hasAvatar = avatar
        return follower
    }

    @Test("the lenient rule and the strict reading, account by account")
    func rules() {
        let rule = FollowerCueRule()
        // No avatar flags whatever else holds.
        #expect(rule.isFlagged(notes: 300, followers: 5_000, following: 100, hasAvatar: false))
        // 2 notes (< 3) and following 501 (> 500): idle; following 500 is not above 500.
        #expect(rule.isFlagged(notes: 2, followers: 400, following: 501, hasAvatar: true))
        #expect(!rule.isFlagged(notes: 2, followers: 400, following: 500, hasAvatar: true))
        // 4 notes (< 5) and 99 followers (< 100): small; 100 followers is not.
        #expect(rule.isFlagged(notes: 4, followers: 99, following: 50, hasAvatar: true))
        #expect(!rule.isFlagged(notes: 4, followers: 100, following: 50, hasAvatar: true))
        // An unknown avatar counts as present.
        #expect(!rule.isFlagged(notes: 10, followers: 400, following: 300, hasAvatar: nil))
        // Strict: no notes, following above 1,500, and no avatar or a default name — all at once.
        #expect(rule.isStrictlyFlagged(notes: 0, following: 1_501, hasAvatar: false, nickname: nil))
        #expect(rule.isStrictlyFlagged(notes: 0, following: 2_000, hasAvatar: true, nickname: "小红薯5F3A2B1C"))
        #expect(!rule.isStrictlyFlagged(notes: 0, following: 1_500, hasAvatar: false, nickname: nil))
        #expect(!rule.isStrictlyFlagged(notes: 1, following: 3_000, hasAvatar: false, nickname: nil))
        #expect(!rule.isStrictlyFlagged(notes: 0, following: 3_000, hasAvatar: true, nickname: "阿花"))
    }

    @Test("adjusted classify-and-count, worked by hand")
    func quantifierByHand() {
        let quantifier = FakeShareQuantifier(
            detectionRate: 0.8, falseAlarmRate: 0.05, detectionRange: 0.7...0.9, falseAlarmRange: 0.02...0.08)
        // 60 of 200 flagged: q = 0.3; p̂ = (0.3 − 0.05) / (0.8 − 0.05) = 0.25 / 0.75.
        #expect(isClose(quantifier.estimate(flagged: 60, of: 200), 0.25 / 0.75))
        // e = 1.96 √(0.3 · 0.7 / 200) = 1.96 · 0.0324037 = 0.0635113;
        // low = (0.3 − 0.0635113 − 0.08) / (0.9 − 0.08) = 0.190840; high = (0.3 + 0.0635113 − 0.02) / 0.68 = 0.505164.
        let interval = quantifier.interval(flagged: 60, of: 200)
        #expect(isClose(interval.lowerBound, 0.156_488_7 / 0.82, tolerance: 1e-6))
        #expect(isClose(interval.upperBound, 0.343_511_3 / 0.68, tolerance: 1e-6))
        // Nothing flagged: the estimate clamps at 0; so does the interval's low end.
        #expect(quantifier.estimate(flagged: 0, of: 200) == 0)
        #expect(quantifier.interval(flagged: 0, of: 200).lowerBound == 0)
    }

    @Test("a sample of 200 empty mass-following accounts is almost all fake, on any reading")
    func emptyAccounts() throws {
        var rng = SeededGenerator(seed: 7)
        let sample = (0..<200).map { _ in
            Self.follower(
                notes: 0, followers: Int.random(in: 0...3, using: &rng),
                following: Int.random(in: 1_501...5_000, using: &rng), avatar: false)
        }
        var dossier = try TestSupport.dossier("koc-home.json")
        dossier.followerSample = sample
        let report = Scorer(configuration: Configuration()).vet(dossier, now: TestSupport.now)
        let fake = try #require(report.signals.first { $0.id == "followers.sample_fake_share" })
        // Every account has no avatar (lenient: q = 1, p̂ = 1) and no notes, mass following, no avatar (strict: 1).
        #expect(fake.value == 1)
        #expect(fake.range?.lowerBound ?? 0 > 0.9)
        #expect(fake.level == .fail)
        #expect(report.verdict == .reject)
        #expect(report.signals.first { $0.id == "followers.mass_followers" }?.value == 1)
    }

    @Test("a lurker-heavy genuine Xiaohongshu audience warns at most")
    func lurkers() throws {
        // Xiaohongshu consumers: no notes, a handful of followers, following 20–480 accounts; plus some creators.
        var rng = SeededGenerator(seed: 11)
        var sample = (0..<160).map { _ in
            Self.follower(
                notes: 0, followers: Int.random(in: 0...8, using: &rng),
                following: Int.random(in: 20...480, using: &rng),
                avatar: Bool.random(using: &rng))
        }
        sample += (0..<40).map { _ in
            Self.follower(
                notes: Int.random(in: 3...200, using: &rng), followers: Int.random(in: 50...3_000, using: &rng),
                following: Int.random(in: 100...900, using: &rng))
        }
        let audit = FollowerSampleAudit(sample, settings: FollowerSettings(), platform: "xiaohongshu")
        #expect(audit.scored == 200)
        // No lurker follows more than 480 accounts, so the strict reading counts none of them.
        #expect(audit.strictShare == 0)
        #expect(audit.range.lowerBound == 0)
        // The lenient rule flags every lurker (notes < 5, followers < 100): the range stays wide open.
        #expect(audit.flagged >= 160)
        var dossier = try TestSupport.dossier("koc-home.json")
        dossier.followerSample = sample
        let report = Scorer(configuration: Configuration()).vet(dossier, now: TestSupport.now)
        let fake = try #require(report.signals.first { $0.id == "followers.sample_fake_share" })
        #expect(fake.level == .warn)
        // On Instagram the same sample has no strict reading to lean on, and fails.
        dossier.creator.platform = "instagram"
        let instagram = Scorer(configuration: Configuration()).vet(dossier, now: TestSupport.now)
        #expect(instagram.signals.first { $0.id == "followers.sample_fake_share" }?.level == .fail)
        // Twitter has no labelled set shipped either: both readings, as on Xiaohongshu …
        dossier.creator.platform = "twitter"
        let twitter = Scorer(configuration: Configuration()).vet(dossier, now: TestSupport.now)
        let onTwitter = try #require(twitter.signals.first { $0.id == "followers.sample_fake_share" })
        #expect(onTwitter.level == .warn)
        #expect(onTwitter.details.contains { $0.hasPrefix("twitter has no labelled follower set") })
        // … until the configuration says the quantifier's rates hold there.
        var calibrated = Configuration()
        calibrated.followers.calibratedPlatforms = ["instagram", "twitter"]
        let trusted = Scorer(configuration: calibrated).vet(dossier, now: TestSupport.now)
        #expect(trusted.signals.first { $0.id == "followers.sample_fake_share" }?.level == .fail)
    }

    @Test("active fans: below the warn bound warns, the top tier is exempt")
    func activeFans() throws {
        var dossier = try TestSupport.dossier("healthy-mid-beauty.json")
        var configuration = Configuration()
        configuration.signals["audience.active_fans"]?.warnBelow = 0.7
        configuration.signals["audience.active_fans"]?.failBelow = 0.5
        dossier.audience?.activeFansShare = 0.62
        // 0.62 is below 0.7 and above 0.5: warn.
        let mid = Scorer(configuration: configuration).vet(dossier, now: TestSupport.now)
        #expect(mid.signals.first { $0.id == "audience.active_fans" }?.level == .warn)
        dossier.creator.followers = Count(2_000_000)
        let top = Scorer(configuration: configuration).vet(dossier, now: TestSupport.now)
        #expect(top.signals.first { $0.id == "audience.active_fans" }?.level == .ok)
    }
}
