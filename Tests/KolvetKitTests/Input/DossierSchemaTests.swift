import Foundation
import Testing

@testable import KolvetKit

/// The dossier schema is declared once (`DossierSchema`); these tests hold the decoders and the writer to it with a
/// document written by hand that sets every key of every object.
@Suite("Dossier schema")
struct DossierSchemaTests {
    /// Every key of `kolvet.dossier/1` (docs/dossier-format.md), each object once.
    static let full = """
        {"format": "kolvet.dossier/1",
         "creator": {"id": "c1", "nickname": "露露", "platform": "instagram", "followers": 12000, "following": 300,
           "likes_and_collects": 90000, "notes_count": 40, "verified": true, "mcn": "星河", "vertical": "beauty",
           "location": "上海", "quote": {"image_note": 3000, "video_note": 5000, "currency": "CNY"}},
         "notes": [{"id": "n1", "type": "video", "published_at": "2026-11-01T10:00:00+08:00", "title": "秋冬护肤",
           "text": "今天聊聊", "tags": ["护肤"], "likes": 500, "collects": 200, "comments": 40, "shares": 10,
           "reads": 9000, "impressions": 20000, "sponsored": false}],
         "comments": [{"id": "k1", "note_id": "n1", "text": "求链接！", "created_at": "2026-11-01T11:00:00+08:00",
           "likes": 3, "user_id": "u1", "nickname": "小米", "ip_location": "广东", "parent_id": "k0",
           "author": {"followers": 20, "following": 100, "notes": 2, "has_avatar": true}}],
         "follower_history": [{"date": "2026-11-01", "followers": 11900}],
         "audience": {"gender": {"female": 0.8, "male": 0.2}, "age": {"18-24": 0.5, "25-34": 0.5},
           "city_tier": {"tier1": 0.6, "tier2": 0.4}, "regions": {"上海": 0.3}, "interests": {"美妆": 0.7},
           "active_fans_share": 0.6},
         "follower_sample": [{"id": "f1", "nickname": "阿花", "followers": 10, "following": 50, "notes": 1,
           "likes_and_collects": 5, "has_avatar": false, "bio_length": 0, "is_private": false}],
         "recent_averages": {"likes": 480, "collects": 190, "comments": 35, "shares": 9, "notes": 20},
         "platform": {"source": "pugongying", "read_median": 8000},
         "deck": {"source": "deck.pdf", "followers": 15000, "avg_likes": 900, "image_quote": 3500, "video_quote": 6000}}
        """

    /// The keys of each object of a dossier document, by where the object sits.
    static func keysByObject(_ document: JSONValue) -> [String: Set<String>] {
        func keys(_ value: JSONValue?) -> Set<String> {
            guard case .object(let object)? = value else { return [] }
            return Set(object.keys)
        }
        func first(_ value: JSONValue?) -> JSONValue? {
            guard case .array(let items)? = value else { return nil }
            return items.first
        }
        guard case .object(let top) = document else { return [:] }
        var creator: JSONValue?
        if case .object(let object)? = top["creator"] { creator = .object(object) }
        var quote: JSONValue?
        if case .object(let object)? = creator { quote = object["quote"] }
        var author: JSONValue?
        if case .object(let comment)? = first(top["comments"]) { author = comment["author"] }
        return [
            "top": keys(document), "creator": keys(creator), "quote": keys(quote), "note": keys(first(top["notes"])),
            "comment": keys(first(top["comments"])), "author": keys(author),
            "point": keys(first(top["follower_history"])), "follower": keys(first(top["follower_sample"])),
            "audience": keys(top["audience"]), "averages": keys(top["recent_averages"]), "deck": keys(top["deck"]),
            "platform": keys(top["platform"]),
        ]
    }

    @Test("the hand-written document sets every key the schema declares, and no other")
    func documentCoversSchema() throws {
        let keys = Self.keysByObject(try JSONParser().parse(Self.full))
        #expect(keys["top"] == DossierSchema.TopKey.names)
        #expect(keys["creator"] == DossierSchema.CreatorKey.names)
        #expect(keys["quote"] == DossierSchema.QuoteKey.names)
        #expect(keys["note"] == DossierSchema.NoteKey.names)
        #expect(keys["comment"] == DossierSchema.CommentKey.names)
        #expect(keys["author"] == DossierSchema.AuthorKey.names)
        #expect(keys["point"] == DossierSchema.PointKey.names)
        #expect(keys["follower"] == DossierSchema.FollowerKey.names)
        #expect(keys["audience"] == DossierSchema.AudienceKey.names)
        #expect(keys["averages"] == DossierSchema.AveragesKey.names)
        #expect(keys["deck"] == DossierSchema.DeckKey.names)
    }

    @Test("both decoders read every key without a diagnostic, and agree")
    func decodersAgree() throws {
        let (fast, exact) = TestSupport.decoderPair()
        let left = fast.decode(Array(Self.full.utf8), file: "full.json")
        let right = exact.decode(Array(Self.full.utf8), file: "full.json")
        #expect(right.diagnostics.isEmpty)
        #expect(left.dossier == right.dossier)
        let dossier = try #require(right.dossier)
        // A few fields read by hand from the document above.
        #expect(dossier.creator.quote?.videoNote == 5000)
        #expect(dossier.comments.first?.author?.hasAvatar == true)
        #expect(dossier.followerSample.first?.bioLength == 0)
        #expect(dossier.deck?.averageLikes == 900)
        #expect(dossier.audience?.activeFansShare == 0.6)
        // Without the two objects the fast path leaves to the exact decoder, the fast path reads the rest itself.
        let cut = try #require(Self.full.range(of: ",\n \"platform\""))
        let bytes = Array((Self.full[..<cut.lowerBound] + "}").utf8)
        #expect(exact.decode(bytes, file: "f.json").dossier?.recentAverages?.notes == 20)
        #expect(fast.decode(bytes, file: "f.json").dossier == exact.decode(bytes, file: "f.json").dossier)
    }

    @Test("the writer writes every key it is given, and what it writes reads back the same")
    func writerRoundTrip() throws {
        let dossier = try #require(
            DossierDecoder(now: TestSupport.now).decode(Array(Self.full.utf8), file: "f").dossier)
        let written = DossierWriter.line(dossier)
        #expect(
            Self.keysByObject(try JSONParser().parse(written)) == Self.keysByObject(try JSONParser().parse(Self.full)))
        #expect(DossierDecoder(now: TestSupport.now).decode(Array(written.utf8), file: "w").dossier == dossier)
    }
}
