import Foundation
import KolvetKit
import Testing

@Suite("Implied quote and viral rate")
struct ImpliedQuoteAndHitsTests {
    static let now = Date(timeIntervalSince1970: 1_795_536_000)

    static func creator(likes: [Int], imageQuote: Double? = nil) -> Dossier {
        var dossier = Dossier(creator: Creator(id: "c", followers: Count(5_000)))
        dossier.creator.quote = imageQuote.map { Quote(imageNote: $0) }
        dossier.notes = likes.enumerated().map { index, count in
            var note = Note()
            note.id = "n\(index)"
            note.kind = .image
            note.likes = Count(count)
            note.publishedAt = now.addingTimeInterval(-Double(index + 1) * 86_400)
            return note
        }
        return dossier
    }

    @Test("¥800 for a median of 300 interactions: CPE ¥2.93; the market's ¥0.85 implies ¥232, a 245 % premium")
    func impliedQuote() throws {
        let report = Scorer(configuration: Configuration())
            .vet(Self.creator(likes: [100, 200, 300, 400, 500], imageQuote: 800), now: Self.now)
        let image = try #require(report.cost.image)
        // 800 × 1.1 / 300 = 2.9333…; 0.85 × 300 / 1.1 = 231.82; 2.9333 / 0.85 − 1 = 2.4510.
        #expect(abs((image.costPerEngagement ?? 0) - 880.0 / 300.0) < 1e-9)
        #expect(abs((image.impliedQuote(marketCPE: 0.85, feeRate: 0.1) ?? 0) - 0.85 * 300 / 1.1) < 1e-9)
        #expect(abs((image.premium(marketCPE: 0.85) ?? 0) - (880.0 / 300.0 / 0.85 - 1)) < 1e-9)
        let cpe = try #require(report.signals.first { $0.id == "cost.cpe" })
        #expect(
            cpe.details.contains("image note: the market CPE ¥0.85 implies a quote of ¥232: this one is +245% above it")
        )
    }

    @Test("百赞率 3 of 5, 千赞率 1 of 5; the best note is 12× the median of 100 (+1,100 %)")
    func viralRate() {
        let metrics = EngagementCalculator(configuration: Configuration())
            .metrics(for: Self.creator(likes: [50, 100, 150, 1_200, 99]))
        #expect(metrics.hundredLikeShare == 0.6)
        #expect(metrics.thousandLikeShare == 0.2)
        // Notes newest first: 50, 100, 150, 1,200, 99 interactions against the median 100.
        #expect(metrics.beyondMedian.map { ($0 * 100).rounded() / 100 } == [-0.5, 0, 0.5, 11, -0.01])
        #expect(metrics.bestNoteBeyondMedian == 11)
    }
}

@Suite("Values beside their thresholds")
struct ValueDisplayTests {
    @Test("0.0993 collects per like warns below 0.10 and shows as 0.099×, not as the threshold's 0.10×")
    func roundingNextToAThreshold() throws {
        var dossier = Dossier(creator: Creator(id: "c", followers: Count(5_000)))
        // 497 collects for 5,004 likes: 0.0993 either as a ratio of sums or of the medians (99 / 1,000).
        dossier.notes = zip([1_000, 1_000, 1_004, 1_000, 1_000], [99, 100, 99, 99, 100]).enumerated().map {
            index, counts in
            var note = Note()
            note.id = "n\(index)"
            note.likes = Count(counts.0)
            note.collects = Count(counts.1)
            note.comments = Count(10)
            note.publishedAt = ImpliedQuoteAndHitsTests.now.addingTimeInterval(-Double(index + 1) * 86_400)
            return note
        }
        let report = Scorer(configuration: Configuration()).vet(dossier, now: ImpliedQuoteAndHitsTests.now)
        let signal = try #require(report.signals.first { $0.id == "engagement.collect_ratio" })
        #expect(signal.level == .warn)
        #expect(signal.formattedValue == "0.099×")
        #expect(signal.formattedThresholds == "warn < 0.10×, fail < 0.04×")
    }
}
