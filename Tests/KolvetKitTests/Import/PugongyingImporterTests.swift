import Foundation
import KolvetKit
import Testing

/// Pugongying responses in the shape of the real ones (fixtures written by scripts/make_pugongying_fixture.py;
/// expected.json holds the platform's stated figures and activeFansL28 ÷ fansNum, computed by the script).
@Suite("Pugongying import")
struct PugongyingImporterTests {
    struct Expected: Decodable {
        var followers: Int
        var read_median: Double
        var interaction_median: Double
        var active_fans_share: Double
        var notes: Int
        var trend_points: Int
    }

    static let a = "5d21ab6b000000001201aaaa"
    static let b = "5662e3c1b8ce1a26f2c1bbbb"
    static let now = Date(timeIntervalSince1970: 1_795_536_000)  // 2026-11-25T00:00+08:00

    static func imported() throws -> PugongyingImporter.Result {
        let folder = TestSupport.fixtureURL("pugongying/b")
        var names = ["creator-a.json", "expected.json"]
        names += try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { "b/\($0)" }
        return PugongyingImporter().importFiles(
            try names.map { (name: "pugongying/\($0)", bytes: try TestSupport.fixtureBytes("pugongying/\($0)")) })
    }

    static func expected() throws -> [String: Expected] {
        try JSONDecoder().decode(
            [String: Expected].self, from: Data(TestSupport.fixtureBytes("pugongying/expected.json")))
    }

    @Test("a bundle and a folder of single responses give one dossier each; other JSON is ignored with a warning")
    func creators() throws {
        let result = try Self.imported()
        let expected = try Self.expected()
        #expect(result.dossiers.map(\.creator.id) == [Self.a, Self.b])
        #expect(
            result.diagnostics.map(\.description) == [
                "pugongying/expected.json: warning: not a Pugongying response (no code, no data); ignored"
            ])
        for dossier in result.dossiers {
            let want = try #require(expected[dossier.creator.id])
            #expect(dossier.creator.followers == Count(want.followers))
            #expect(dossier.notes.count == want.notes)
            #expect(dossier.followerHistory.count == want.trend_points)
            #expect(dossier.notes.allSatisfy { $0.reads != nil && $0.likes != nil && $0.isSponsored != nil })
            // Notes 2, 8, 14 and 20 of 24 are isAdvertise.
            #expect(dossier.notes.filter { $0.isSponsored == true }.count == 4)
            #expect(dossier.creator.quote == Quote(imageNote: 800, videoNote: 1_200))
        }
        #expect(result.redIDs[Self.a] == "red5d21ab")
        // The bundle has the note rate: its three notes carry impressions too.
        #expect(result.dossiers[0].notes.filter { $0.impressions != nil }.count == 3)
        #expect(result.dossiers[0].audience?.gender?.entries.map(\.name) == ["female", "male"])
    }

    @Test("the report shows the platform's medians exactly as stated; active fans judged; the trend feeds growth")
    func report() throws {
        let result = try Self.imported()
        let expected = try Self.expected()
        for dossier in result.dossiers {
            let want = try #require(expected[dossier.creator.id])
            let report = Scorer(configuration: Configuration()).vet(dossier, now: Self.now)
            let rows = try #require(report.platform).rows
            #expect(rows.first { $0.id == "metrics.platform.read_median" }?.platform == want.read_median)
            #expect(rows.first { $0.id == "metrics.platform.interaction_median" }?.platform == want.interaction_median)
            let active = try #require(report.signals.first { $0.id == "audience.active_fans" })
            #expect(active.value.map { abs($0 - want.active_fans_share) < 1e-12 } == true)
            #expect(active.level != .unknown)
            let spike = try #require(report.signals.first { $0.id == "followers.growth_spike" })
            #expect(spike.level != .unknown)
        }
        // B's trend gains 20 a day and 6,020 on one day: an excess of about 6,000 of 15,139 followers (≈ 40 %),
        // above the 15 % failure line.
        let b = Scorer(configuration: Configuration()).vet(result.dossiers[1], now: Self.now)
        #expect(b.signals.first { $0.id == "followers.growth_spike" }?.level == .fail)
        let text = TextReport().render(b, options: RenderOptions(useColor: false))
        #expect(text.contains("metrics.platform.read_median  14,903  (阅读中位数 readMedian)"))
    }

    @Test("an error answer from the API is one error with its JSON path; the rest of the creator still imports")
    func errorAnswer() {
        // Some clients write the code as a string: "0" is success too.
        let info = #"{"code": "0", "data": {"userId": "u1", "name": "甲", "fansCount": 5000}}"#
        let list = #"{"code": 300013, "data": null, "message": "访问频次异常"}"#
        let result = PugongyingImporter().importFiles([
            ("kol/kol_info_1.json", Array(info.utf8)), ("kol/kol_note_list_1.json", Array(list.utf8)),
        ])
        #expect(result.dossiers.map(\.creator.id) == ["u1"])
        #expect(
            result.diagnostics.map(\.description) == [
                "kol/kol_note_list_1.json: error: at code: the platform answered with error code 300013: 访问频次异常; no data"
            ])
    }

    @Test("joined to a shortlist by 小红书号 (redId); the deck's followers checked against the platform's")
    func joinByRedID() throws {
        let result = try Self.imported()
        let sheet = "昵称,小红书号,粉丝数,平均点赞\n荔枝小屋,red5d21ab,4000,100\n"
        let rows = ShortlistImporter().records(Array(sheet.utf8), file: "s.csv")
        let joined = ShortlistJoin.join(
            export: result.dossiers, shortlist: rows.records, exportName: "pugongying",
            alternateIDs: result.redIDs.mapValues { [$0] })
        let a = try #require(joined.dossiers.first { $0.creator.id == Self.a })
        #expect(a.deck?.followers == Count(4_000))
        #expect(a.creator.followers == Count(try Self.expected()[Self.a]?.followers ?? 0))
        let report = Scorer(configuration: Configuration()).vet(a, now: Self.now)
        // 4,000 claimed against the platform's 2,031: +97 %, far above the 35 % failure line.
        #expect(report.signals.first { $0.id == "deck.mismatch" }?.level == .fail)
    }
}
