import Foundation
import KolvetKit
import KolvetSimulation
import Testing

@Suite("MediaCrawler import")
struct MediaCrawlerImporterTests {
    static func imported() throws -> MediaCrawlerImporter.Result {
        let directory = TestSupport.fixtureURL("mediacrawler")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        let files = try names.map { name in (name: name, bytes: try TestSupport.fixtureBytes("mediacrawler/\(name)")) }
        return MediaCrawlerImporter().importFiles(files)
    }

    @Test("three creators, old and new schema, rows deduplicated, comments attached")
    func creators() throws {
        let result = try Self.imported()
        #expect(result.dossiers.map(\.creator.id) == ["5f1a0001", "5f1a0002", "c9d8e7f6"])
        let kitchen = result.dossiers[0]
        #expect(kitchen.creator.nickname == "小雨的厨房")
        #expect(kitchen.creator.followers == Count(32_000))  // "3.2万"
        #expect(kitchen.creator.likesAndCollects == Count(180_000))  // "18万"
        // Six notes; note 6 appears in both contents files, the later file's counts win (2,010 likes).
        #expect(kitchen.notes.count == 6)
        #expect(kitchen.notes.first { $0.id == "5f1a0001-6" }?.likes == Count(2_010))
        #expect(kitchen.notes.first { $0.id == "5f1a0001-3" }?.likes == Count(12_000))  // "1.2万"
        #expect(kitchen.notes.first { $0.id == "5f1a0001-2" }?.kind == .video)
        // 2026-10-27T00:00+08:00 in ms, plus 4 days for note 2.
        #expect(
            kitchen.notes.first { $0.id == "5f1a0001-2" }?.publishedAt
                == Date(timeIntervalSince1970: 1_793_030_400 + 4 * 86_400))
        // 12 comments (one repeated row dropped, the orphan skipped).
        #expect(kitchen.comments.count == 12)
        #expect(kitchen.comments.allSatisfy { $0.parentID == nil })
        let photographer = result.dossiers[1]
        #expect(photographer.creator.followers == Count(8_900))
        #expect(photographer.notes.count == 5)  // the repeated row kept once
        let hashed = result.dossiers[2]
        #expect(hashed.creator.nickname == "小***")
        #expect(hashed.notes.count == 6)
        #expect(
            result.diagnostics.map(\.description) == [
                "creator_comments_2026-11-20.jsonl: warning: 1 comment without a note in the contents files was not imported"
            ])
    }

    @Test("dossiers written as kolvet.dossier/1 read back unchanged")
    func roundTrip() throws {
        var simulator = CreatorSimulator(seed: 3)
        var dossiers = try Self.imported().dossiers
        dossiers += PlantedFraud.allCases.map { simulator.make(planting: $0).dossier }
        // Shortlist rows carry recent averages and a partial audience.
        dossiers += ShortlistImporter().records(
            try TestSupport.fixtureBytes("shortlists/shortlist-utf8.csv"), file: "s.csv"
        )
        .records.compactMap(\.dossier)
        // Pugongying dossiers carry platform figures, impressions and a fans trend; one gets a deck.
        var platform = try PugongyingImporterTests.imported().dossiers
        platform[0].deck = DeckFigures(source: "s.csv:2")
        platform[0].deck?.followers = Count(4_000)
        platform[0].deck?.averageLikes = 120.5
        dossiers += platform
        // A creator known from its notes alone, without a follower count.
        dossiers += try MediaCrawler2026Tests.export().dossiers.prefix(2)
        for dossier in dossiers {
            let text = DossierWriter.line(dossier)
            let decoded = DossierDecoder().decode(Array(text.utf8), file: "round-trip.jsonl")
            // The one warning a faithful dossier may carry: no follower count (by design, kolvet.dossier/1).
            let unexpected = decoded.diagnostics.filter { $0.location != .path("creator.followers") }
            #expect(unexpected.isEmpty, "\(decoded.diagnostics)")
            #expect((dossier.creator.followers == nil) == !decoded.diagnostics.isEmpty)
            #expect(decoded.dossier == dossier)
        }
    }
}
