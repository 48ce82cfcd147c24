import KolvetKit
import Testing

@Suite("MCN shortlists")
struct ShortlistImporterTests {
    static func records(_ name: String) throws -> (records: [BatchRecord], diagnostics: [Diagnostic]) {
        ShortlistImporter().records(try TestSupport.fixtureBytes("shortlists/\(name)"), file: name)
    }

    @Test("the GB18030 and UTF-8 shortlists read the same 23 rows")
    func sameInBothEncodings() throws {
        let utf8 = try Self.records("shortlist-utf8.csv")
        let gb = try Self.records("shortlist-gb18030.csv")
        #expect(utf8.records.count == 23)
        #expect(utf8.records.map(\.dossier) == gb.records.map(\.dossier))
        #expect(utf8.diagnostics.isEmpty)
        #expect(utf8.records.compactMap(\.dossier).count == 22)
    }

    @Test("a row's columns map to the dossier, Chinese units and percentages converted")
    func mapping() throws {
        let records = try Self.records("shortlist-utf8.csv").records
        // Row 12: Mia美妆日记, mia0815, 10.2万, 42万, 186, 2800, 1100, 160, 15000, 22000, 86%, 38%, 44%, 82%, 星芒MCN.
        let mia = try #require(records.first { $0.line == 12 }?.dossier)
        #expect(mia.creator.id == "mia0815")
        #expect(mia.creator.nickname == "Mia美妆日记")
        #expect(mia.creator.followers == Count(102_000))
        #expect(mia.creator.likesAndCollects == Count(420_000))
        #expect(mia.creator.notesCount == Count(186))
        #expect(mia.creator.quote == Quote(imageNote: 15_000, videoNote: 22_000))
        #expect(mia.creator.mcn == "星芒MCN")
        #expect(mia.recentAverages == NoteAverages(likes: 2_800, collects: 1_100, comments: 160))
        #expect(isClose(mia.audience?.gender?["female"], 0.86))
        #expect(isClose(mia.audience?.gender?["male"], 0.14))
        #expect(isClose(mia.audience?.age?["25-34"], 0.44))
        #expect(isClose(mia.audience?.activeFansShare, 0.82))
        // Quoted "8,200" on row 2.
        #expect(records.first { $0.line == 2 }?.dossier?.creator.followers == Count(8_200))
    }

    @Test("a bad cell makes an error row that names the column; the other rows are kept")
    func badRow() throws {
        let records = try Self.records("shortlist-utf8.csv").records
        let bad = try #require(records.last)
        #expect(bad.dossier == nil)
        #expect(
            bad.diagnostics.map(\.description) == ["shortlist-utf8.csv:24: error: 粉丝数: expected a count, got \"十万\""])
    }

    @Test("averages give a mean rate, comment density and collect ratio; per-note signals stay unknown")
    func averagesScore() throws {
        let mia = try #require(try Self.records("shortlist-utf8.csv").records.first { $0.line == 12 }?.dossier)
        let report = Scorer(configuration: Configuration()).vet(mia, now: TestSupport.now)
        // (2800 + 1100 + 160) / 102,000; 100 × 160 / 2800; 1100 / 2800.
        #expect(isClose(report.engagement.meanRatePerFollower, 4_060.0 / 102_000))
        #expect(report.engagement.isFromAverages)
        #expect(isClose(report.signals.first { $0.id == "engagement.rate" }?.value, 4_060.0 / 102_000))
        #expect(isClose(report.engagement.commentsPer100Likes, 100 * 160.0 / 2_800))
        #expect(isClose(report.engagement.collectsPerLike, 1_100.0 / 2_800))
        #expect(report.signals.first { $0.id == "engagement.like_outliers" }?.level == .unknown)
        #expect(
            report.signals.first { $0.id == "followers.growth_spike" }?.evidence.contains("follower history") == true)
        // CPE from the averages: 15,000 × 1.1 / 4,060.
        #expect(isClose(report.signals.first { $0.id == "cost.cpe" }?.value, 16_500.0 / 4_060))
    }

    @Test("unknown and ragged columns, a header only, aliases from the configuration")
    func edgeCases() {
        let unknown = ShortlistImporter().records(Array("昵称,粉丝数,星座\n小林,1000,白羊\n".utf8), file: "s.csv")
        #expect(unknown.diagnostics.map(\.description) == ["s.csv:1: warning: unknown column \"星座\", ignored"])
        #expect(unknown.records.first?.dossier?.creator.id == "小林")
        let ragged = ShortlistImporter().records(Array("昵称,粉丝数\n小林,1000,extra\n".utf8), file: "s.csv")
        #expect(ragged.records.first?.diagnostics.first?.message == "the row has 3 fields, the header 2")
        let headerOnly = ShortlistImporter().records(Array("昵称,粉丝数\n".utf8), file: "s.csv")
        #expect(headerOnly.records.first?.diagnostics.first?.message == "the shortlist has a header but no rows")
        var settings = ShortlistSettings()
        settings.extraAliases = ["followers": ["粉丝总数"]]
        let aliased = ShortlistImporter(settings: settings).records(Array("昵称,粉丝总数\n小林,2.5万\n".utf8), file: "s.csv")
        #expect(aliased.records.first?.dossier?.creator.followers == Count(25_000))
    }
}
