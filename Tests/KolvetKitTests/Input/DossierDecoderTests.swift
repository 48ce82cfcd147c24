import KolvetKit
import Testing

@Suite("Reading dossiers")
struct DossierDecoderTests {
    @Test("the healthy fixture reads every field, converting export strings")
    func healthyFixture() throws {
        let dossier = try TestSupport.dossier("healthy-mid-beauty.json")
        #expect(dossier.creator.id == "mia_beauty_0815")
        #expect(dossier.creator.likesAndCollects == Count(420_000))  // "42万"
        #expect(dossier.creator.quote == Quote(imageNote: 15_000, videoNote: 22_000, currency: "CNY"))
        #expect(dossier.notes.count == 7)
        #expect(dossier.notes[2].likes == Count(3_200))  // "3,200"
        #expect(dossier.notes[2].reads == Count(80_000))  // "8万"
        #expect(dossier.notes[2].kind == .video)
        #expect(dossier.notes[4].isSponsored == nil)
        #expect(dossier.audience?.gender?["female"] == 0.86)  // "86%"
        #expect(dossier.audience?.activeFansShare == 0.82)
        #expect(dossier.comments.first?.text == "这个色号适合黄皮吗？[哭惹R]")
    }

    @Test("errors name the file and the JSON path, and every error is reported")
    func badCounts() throws {
        let decoding = DossierDecoder(now: TestSupport.now)
            .decode(try TestSupport.fixtureBytes("bad/bad-counts.json"), file: "bad-counts.json")
        #expect(decoding.dossier == nil)
        #expect(
            decoding.diagnostics.map(\.description) == [
                "bad-counts.json: error: at notes[1].likes: a count cannot be negative, got -5",
                "bad-counts.json: error: at notes[2].comments: expected a count, got \"abc\"",
            ])
    }

    @Test("a missing creator id is an error; a missing follower count a warning (kolvet.dossier/1 since #13)")
    func requiredFields() {
        let noID = TestSupport.decode(#"{"creator": {"followers": 10}}"#)
        #expect(noID.dossier == nil)
        #expect(noID.diagnostics.map(\.placedMessage) == ["at creator.id: missing: every creator needs an id"])
        let noFollowers = TestSupport.decode(#"{"creator": {"id": "a"}}"#)
        #expect(noFollowers.dossier?.creator.followers == nil)
        #expect(noFollowers.dossier?.creator.id == "a")
        #expect(
            noFollowers.diagnostics.map(\.placedMessage) == [
                "at creator.followers: missing: every follower-based signal is unknown until the follower count is added"
            ])
        let noCreator = TestSupport.decode(#"{"notes": []}"#)
        #expect(noCreator.dossier == nil)
    }

    @Test("malformed JSON gives line and column")
    func malformed() {
        let decoding = TestSupport.decode("{\"creator\": {\"id\": \"a\",\n \"followers\": }}", file: "x.json")
        #expect(decoding.diagnostics.map(\.description) == ["x.json:2:15: error: unexpected '}', expected a value"])
    }

    @Test("doubtful data is a warning and the dossier is still read")
    func warnings() {
        let json = #"""
            {"creator": {"id": "a", "followers": 100, "favourite_colour": "red"},
             "notes": [
               {"id": "n1", "likes": 500, "reads": 300, "published_at": "2026-11-20"},
               {"id": "n1", "likes": 5, "published_at": "2027-06-01"}
             ],
             "comments": [{"note_id": "zz", "text": "hi"}, {"note_id": "zz", "text": "hello"}]}
            """#
        let decoding = TestSupport.decode(json)
        #expect(decoding.dossier != nil)
        #expect(
            decoding.diagnostics.map(\.placedMessage) == [
                "at creator.favourite_colour: unknown key, ignored",
                "at notes[0].likes: 500 likes exceed 300 reads; the read count may be wrong",
                "at notes[1].id: duplicate note id \"n1\" (first at notes[0])",
                "at notes[1].published_at: date 2027-06-01 is in the future",
                "at comments[0].note_id: comment on unknown note \"zz\" (2 comments)",
            ])
        #expect(decoding.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("an unsupported format is an error")
    func unsupportedFormat() {
        let decoding = TestSupport.decode(#"{"format": "kolvet.dossier/9", "creator": {"id": "a", "followers": 1}}"#)
        #expect(decoding.dossier == nil)
        #expect(decoding.diagnostics.first?.placedMessage.hasPrefix("at format: unsupported format") == true)
    }

    @Test("a regions distribution above 100 % warns and is rescaled; interests may overlap")
    func distributions() throws {
        let json = #"""
            {"creator": {"id": "a", "followers": 100},
             "audience": {"regions": {"广东": 0.9, "上海": 0.6}, "interests": {"美妆": 0.8, "护肤": 0.7}}}
            """#
        let decoding = TestSupport.decode(json)
        #expect(
            decoding.diagnostics.map(\.placedMessage) == [
                "at audience.regions: shares sum to 150%, above 100%; they are rescaled to 100%"
            ])
        let regions = try #require(decoding.dossier?.audience?.regions)
        #expect(isClose(regions["广东"], 0.6))  // 0.9 / 1.5
        #expect(decoding.dossier?.audience?.interests?["护肤"] == 0.7)
    }
}
