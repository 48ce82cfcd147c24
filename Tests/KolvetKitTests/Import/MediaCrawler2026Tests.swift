import Foundation
import KolvetKit
import Testing

/// The MediaCrawler schema since 2026-07 (creator_hash, no profiles), a search-mode export, and the join with the
/// MCN's GB18030 shortlist. The fixture and `expected.json` come from scripts/make_mediacrawler_2026_fixture.py,
/// which computes the hashes (hashlib) and the median ER per follower itself, from the numbers it generated.
@Suite("MediaCrawler since 2026-07 and the shortlist join")
struct MediaCrawler2026Tests {
    struct Expected: Decodable {
        var followers: Int?
        var median_rate: Double?
        var notes: Int
        var comments: Int
        var own_replies: Int
    }

    static let folder = "mediacrawler-2026"
    static let now = Date(timeIntervalSince1970: 1_795_536_000)  // 2026-11-25T00:00+08:00

    static func expected() throws -> [String: Expected] {
        try JSONDecoder().decode(
            [String: Expected].self, from: Data(TestSupport.fixtureBytes("\(folder)/expected.json")))
    }

    static func export() throws -> MediaCrawlerImporter.Result {
        let names = ["search_contents_2026-11-25.jsonl", "search_comments_2026-11-25.jsonl"]
        return MediaCrawlerImporter().importFiles(
            try names.map { (name: "\(folder)/\($0)", bytes: try TestSupport.fixtureBytes("\(folder)/\($0)")) })
    }

    @Test("SHA-256 gives the FIPS 180-2 test vectors; creator_hash is its first 16 hex digits")
    func sha256() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(
            SHA256.hex(Array(twoBlocks.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.creatorHash(of: "abc") == "ba7816bf8f01cfea")
    }

    @Test("without profiles every author is a creator with what is known; follower signals unknown, nobody dropped")
    func creatorsFromNotes() throws {
        let result = try Self.export()
        let expected = try Self.expected()
        #expect(Set(result.dossiers.map(\.creator.id)) == Set(expected.keys))
        for dossier in result.dossiers {
            let want = try #require(expected[dossier.creator.id])
            #expect(dossier.creator.followers == nil)
            #expect(dossier.notes.count == want.notes)
            #expect(dossier.comments.count == want.comments)
            #expect(dossier.creator.nickname?.contains("***") == true)
        }
        // Search mode: every note and comment lands under its author.
        #expect(result.dossiers.map(\.notes.count).reduce(0, +) == expected.values.map(\.notes).reduce(0, +))
        #expect(result.dossiers.map(\.comments.count).reduce(0, +) == expected.values.map(\.comments).reduce(0, +))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.diagnostics.contains { $0.message.contains("24 creators without a profile") })

        let dossier = try #require(result.dossiers.first)
        let report = Scorer(configuration: Configuration()).vet(dossier, now: Self.now)
        for id in ["engagement.rate", "followers.engagement_mismatch"] {
            let signal = try #require(report.signals.first { $0.id == id })
            #expect(signal.level == .unknown)
            #expect(signal.evidence.contains("no follower count"))
        }
        #expect(report.tier == nil)
        #expect(report.sizeDescription(separator: ", ") == "follower count unknown")
    }

    @Test("the author's replies (same creator_hash) are kept out of the comment signals")
    func ownReplies() throws {
        let result = try Self.export()
        let expected = try Self.expected()
        for dossier in result.dossiers {
            let analysis = CommentAnalyzer(settings: CommentSettings()).analyze(dossier)
            #expect(analysis.ownReplies == expected[dossier.creator.id]?.own_replies)
        }
    }

    @Test("a masked nickname shared with a commenter does not make the commenter the author")
    func maskedNicknames() {
        var dossier = Dossier(creator: Creator(id: "aaaa", followers: nil))
        dossier.creator.nickname = "小***薯"
        var stranger = Comment()
        stranger.userID = "bbbb"
        stranger.nickname = "小***薯"
        stranger.text = "好看"
        var author = Comment()
        author.userID = "aaaa"
        author.nickname = "小***薯"
        author.text = "谢谢"
        dossier.comments = [stranger, author]
        let analysis = CommentAnalyzer(settings: CommentSettings()).analyze(dossier)
        #expect(analysis.ownReplies == 1)
        #expect(analysis.comments.count == 1)
    }

    @Test("joined with the GB18030 shortlist by profile URL or user id through creator_hash: every ER as computed")
    func joined() throws {
        let expected = try Self.expected()
        let sheet = "\(Self.folder)/shortlist-gb18030.csv"
        let rows = ShortlistImporter().records(try TestSupport.fixtureBytes(sheet), file: sheet)
        #expect(rows.records.allSatisfy { $0.dossier != nil })
        let joined = ShortlistJoin.join(
            export: try Self.export().dossiers, shortlist: rows.records, exportName: Self.folder)
        // 24 authors, plus the one row whose creator is not in the export.
        #expect(joined.dossiers.count == 25)
        var agree = 0
        var listed = 0
        for dossier in joined.dossiers {
            guard let want = expected[dossier.creator.id] else {
                #expect(dossier.creator.nickname == "不在导出里的博主")
                continue
            }
            #expect(dossier.creator.followers?.value == want.followers)
            guard let rate = want.median_rate else { continue }
            listed += 1
            let report = Scorer(configuration: Configuration()).vet(dossier, now: Self.now)
            if let got = report.engagement.medianRatePerFollower, abs(got - rate) <= 1e-12 * max(1, rate) {
                agree += 1
            }
            // The sheet's nickname replaces the masked one.
            #expect(dossier.creator.nickname?.contains("***") == false)
        }
        #expect(listed == 22)
        #expect(agree == listed)
        let messages = joined.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("2 creators matched no shortlist row") })
        #expect(messages.contains { $0.hasPrefix("1 row matched no creator in the export") && $0.hasSuffix("line 24") })
    }

    @Test("the user id in a profile link")
    func profileLinks() {
        #expect(
            ShortlistImporter.userID(inProfileURL: "https://www.xiaohongshu.com/user/profile/5f1a0c?xsec_token=x")
                == "5f1a0c")
        #expect(ShortlistImporter.userID(inProfileURL: "xiaohongshu.com/user/profile/abc/") == "abc")
        #expect(ShortlistImporter.userID(inProfileURL: "https://www.xiaohongshu.com/explore/abc") == nil)
        #expect(ShortlistImporter.userID(inProfileURL: "https://www.xiaohongshu.com/user/profile/") == nil)
    }

    @Test("the export's follower count wins; the sheet's claim is kept as the deck, and deck.mismatch gives both")
    func disagreement() throws {
        var exported = Dossier(creator: Creator(id: "u1", followers: Count(10_000)))
        exported.creator.nickname = "甲"
        var listed = Dossier(creator: Creator(id: "u1", followers: Count(12_000)))
        listed.creator.mcn = "闪耀传媒"
        var row = BatchRecord(file: "s.csv", line: 2, dossier: listed, diagnostics: [])
        row.joinKeys = ["u1"]
        let joined = ShortlistJoin.join(export: [exported], shortlist: [row], exportName: "x")
        #expect(joined.dossiers.count == 1)
        #expect(joined.dossiers[0].creator.followers == Count(10_000))
        #expect(joined.dossiers[0].creator.mcn == "闪耀传媒")
        #expect(joined.dossiers[0].deck?.followers == Count(12_000))
        #expect(joined.diagnostics.isEmpty)
        let report = Scorer(configuration: Configuration()).vet(joined.dossiers[0], now: Self.now)
        let signal = try #require(report.signals.first { $0.id == "deck.mismatch" })
        // 12,000 ÷ 10,000 − 1 = 0.20: above the 0.15 warning line, below the 0.35 failure line.
        #expect(abs((signal.value ?? 0) - 0.2) < 1e-12)
        #expect(signal.level == .warn)
        #expect(signal.details == ["followers: deck 12,000, data 10,000 (+20.0%)"])
    }
}
