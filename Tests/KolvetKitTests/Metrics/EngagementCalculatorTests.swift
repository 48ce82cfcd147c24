import KolvetKit
import Testing

/// Expected values are worked out by hand from the fixture files; the arithmetic is in the comments.
@Suite("Engagement metrics")
struct EngagementCalculatorTests {
    @Test("healthy mid-tier beauty creator")
    func healthy() throws {
        let metrics = EngagementCalculator(configuration: Configuration())
            .metrics(for: try TestSupport.dossier("healthy-mid-beauty.json"))
        // Interactions (likes + collects + comments + shares), newest first:
        // n1 2400+900+120+80 = 3500, n2 1500+600+75+25 = 2200, n3 3200+1400+210+190 = 5000,
        // n4 1800+700+90+110 = 2700, n5 5200+2100+300+400 = 8000, n6 2000+650+100+50 = 2800,
        // n7 2600+1000+130+70 = 3800.
        #expect(metrics.interactions == [3500, 2200, 5000, 2700, 8000, 2800, 3800])
        #expect(metrics.notes.count == 7)
        // Sorted 2200 2700 2800 3500 3800 5000 8000: median 3500 / 100,000 followers.
        #expect(isClose(metrics.medianRatePerFollower, 0.035))
        // Mean: 28,000 / 7 = 4000 → 0.04.
        #expect(isClose(metrics.meanRatePerFollower, 0.04))
        // Per read: 3500/52000, 2200/40000 = .055, 5000/80000 = .0625, 2700/45000 = .06, 8000/110000,
        // 2800/50000 = .056, 3800/62000; the median (4th of 7 sorted) is 3800 / 62,000.
        #expect(isClose(metrics.medianRatePerRead, 3800.0 / 62000.0))
        // Likes 18,700; comments 1,025; collects 7,350.
        #expect(isClose(metrics.commentsPer100Likes, 100 * 1025.0 / 18700.0))
        #expect(isClose(metrics.collectsPerLike, 7350.0 / 18700.0))
        // Likes mean 18,700 / 7 = 2671.43; Σ(x − mean)² = 9,334,285.7; σ = √(9,334,285.7 / 7) = 1154.76;
        // σ / mean = 0.43227.
        #expect(isClose(metrics.likeSpread, 0.43227, tolerance: 1e-5))
        // Sponsored n2, n4: median (0.022 + 0.027) / 2 = 0.0245; organic 3500, 5000, 8000, 2800, 3800 → 0.038.
        #expect(isClose(metrics.sponsoredMedianRate, 0.0245))
        #expect(isClose(metrics.organicMedianRate, 0.038))
        // Viral (≥ 1000 interactions): all 7.
        #expect(metrics.viralRate == 1)
        // 420,000 / 100,000.
        #expect(isClose(metrics.likesAndCollectsPerFollower, 4.2))
        // n7 at epoch ms 1,793,030,400,000 = 2026-10-27T00:00+08 (2026-01-01Z + 298 days + 16 h) to n1 at
        // 2026-11-20T20:00+08: 24 days 20 hours = 596 h; 6 intervals per 596/168 weeks.
        #expect(isClose(metrics.notesPerWeek, 6 * 168 / 596.0))
    }

    @Test("KOC with counts written as strings and no reads")
    func koc() throws {
        let metrics = EngagementCalculator(configuration: Configuration())
            .metrics(for: try TestSupport.dossier("koc-home.json"))
        // 648, 490, 1950, 373, 815, 575; sorted middle pair 575, 648 → 611.5 / 8,600.
        #expect(isClose(metrics.medianRatePerFollower, 611.5 / 8600))
        // Mean 4851 / 6 = 808.5.
        #expect(isClose(metrics.meanRatePerFollower, 808.5 / 8600))
        #expect(metrics.medianRatePerRead == nil)
        #expect(metrics.notesWithReads == 0)
        // Likes 3,089, comments 236, collects 1,430.
        #expect(isClose(metrics.commentsPer100Likes, 23600.0 / 3089))
        #expect(isClose(metrics.collectsPerLike, 1430.0 / 3089))
        // "2.3万" = 23,000.
        #expect(isClose(metrics.likesAndCollectsPerFollower, 23000.0 / 8600))
        #expect(metrics.sponsoredMedianRate == nil)
    }

    @Test("only the most recent N notes count, newest first")
    func recentWindow() throws {
        var configuration = Configuration()
        configuration.recentNotes = 3
        let metrics = EngagementCalculator(configuration: configuration)
            .metrics(for: try TestSupport.dossier("healthy-mid-beauty.json"))
        // n1, n2, n3: 3500, 2200, 5000 → median 3500.
        #expect(metrics.interactions == [3500, 2200, 5000])
        #expect(isClose(metrics.medianRatePerFollower, 0.035))
        // Fewer than 5 notes: no spread.
        #expect(metrics.likeSpread == nil)
    }

    @Test("a count missing on one note leaves that kind out of every note's interactions")
    func missingCounts() throws {
        let json = #"""
            {"creator": {"id": "a", "followers": 1000},
             "notes": [{"likes": 10, "collects": 5, "shares": 1}, {"likes": 20, "collects": 5}]}
            """#
        let dossier = try #require(TestSupport.decode(json).dossier)
        let metrics = EngagementCalculator(configuration: Configuration()).metrics(for: dossier)
        #expect(metrics.includedCounts == [.likes, .collects])
        #expect(metrics.missingCounts == [.comments, .shares])
        #expect(metrics.interactions == [15, 25])
        #expect(metrics.commentsPer100Likes == nil)
    }

    @Test("zero followers gives unknown rates, never 0")
    func zeroFollowers() throws {
        let json = #"{"creator": {"id": "a", "followers": 0}, "notes": [{"likes": 10, "collects": 5}]}"#
        let dossier = try #require(TestSupport.decode(json).dossier)
        let metrics = EngagementCalculator(configuration: Configuration()).metrics(for: dossier)
        #expect(metrics.medianRatePerFollower == nil)
        #expect(metrics.meanRatePerFollower == nil)
        #expect(metrics.likesAndCollectsPerFollower == nil)
    }
}

@Suite("Statistics")
struct StatisticsTests {
    @Test("median, mean, spread by hand")
    func basics() {
        #expect(Statistics.median([3, 1, 2]) == 2)
        #expect(Statistics.median([4, 1, 3, 2]) == 2.5)
        #expect(Statistics.median([]) == nil)
        #expect(Statistics.mean([1, 2, 3, 6]) == 3)
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, σ 2.
        #expect(Statistics.standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) == 2)
        #expect(Statistics.coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9]) == 0.4)
        #expect(Statistics.coefficientOfVariation([0, 0]) == nil)
        #expect(Statistics.medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9]) == 1)
    }
}
