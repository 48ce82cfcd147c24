import Foundation
import KolvetKit
import Testing

@Suite("Content fit to the brief")
struct CategoryFitTests {
    static let now = Date(timeIntervalSince1970: 1_795_536_000)

    /// A creator with one recent note per title, 2,000 followers and 100 likes a note.
    static func creator(_ titles: [String], tags: [[String]] = []) -> Dossier {
        var dossier = Dossier(creator: Creator(id: "c", followers: Count(2_000)))
        dossier.notes = titles.enumerated().map { index, title in
            var note = Note()
            note.id = "n\(index)"
            note.title = title
            note.tags = index < tags.count ? tags[index] : []
            note.likes = Count(100)
            note.publishedAt = now.addingTimeInterval(-Double(index + 1) * 86_400)
            return note
        }
        return dossier
    }

    static func signal(_ dossier: Dossier, _ brief: Brief?) throws -> SignalResult {
        let report = Scorer(configuration: Configuration()).vet(dossier, brief: brief, now: now)
        return try #require(report.signals.first { $0.id == "content.category_fit" })
    }

    static let food = [
        "周末探店｜这家火锅太好吃了", "十分钟快手早餐", "家常菜：番茄炒蛋", "烘焙新手的第一个蛋糕", "咖啡店推荐", "减脂期也能吃的零食",
    ]

    @Test("a food creator under a beauty brief does not fit (0 of 6 notes); under a food brief it does (6 of 6)")
    func foodCreator() throws {
        let beauty = try Self.signal(Self.creator(Self.food), Brief(vertical: "beauty"))
        #expect(beauty.value == 0)
        #expect(beauty.level == .fail)
        let food = try Self.signal(Self.creator(Self.food), Brief(vertical: "food"))
        #expect(food.value == 1)
        #expect(food.level == .ok)
    }

    @Test("a mixed feed: 2 of 6 notes on skincare is 33 %, above the 30 % warning line; topics count as text")
    func mixed() throws {
        let titles = ["早C晚A护肤心得", "今天吃什么", "上班通勤穿搭", "周末去爬山", "读书笔记", "随手拍"]
        // The second skincare note is known by its topic alone.
        let dossier = Self.creator(titles, tags: [[], [], [], [], ["面膜"], []])
        let signal = try Self.signal(dossier, Brief(vertical: "beauty"))
        #expect(signal.value.map { abs($0 - 2.0 / 6.0) < 1e-12 } == true)
        #expect(signal.level == .ok)
        #expect(signal.details.first == "words found: 护肤 1, 面膜 1")
    }

    @Test("brief keywords and competitors count; without a brief or lexicon the signal is unknown")
    func keywords() throws {
        var brief = Brief(vertical: "kitchenware")
        #expect(try Self.signal(Self.creator(Self.food), brief).level == .unknown)
        brief.keywords = ["火锅"]
        brief.competitors = ["Le Creuset"]
        let titles = ["火锅底料测评", "LE CREUSET 铸铁锅开箱", "旅行vlog", "旅行vlog 2", "旅行vlog 3", "旅行vlog 4"]
        let signal = try Self.signal(Self.creator(titles), brief)
        // 2 of 6, matched case-insensitively.
        #expect(signal.value.map { abs($0 - 2.0 / 6.0) < 1e-12 } == true)
        #expect(try Self.signal(Self.creator(Self.food), nil).level == .unknown)
        // Four notes are fewer than the 5 needed.
        #expect(try Self.signal(Self.creator(Array(Self.food.prefix(4))), Brief(vertical: "food")).level == .unknown)
    }

    @Test("topics from MediaCrawler's tag_list and from #…[话题]# in the text")
    func topics() {
        #expect(Topics.fromTagList("美食,探店， 咖啡 ,") == ["美食", "探店", "咖啡"])
        #expect(Topics.fromText("#早C晚A[话题]# 今天分享 #护肤[话题]#和#不是话题") == ["早C晚A", "护肤"])
        #expect(Topics.fromText("没有话题") == [])
    }

    @Test("the brief reads keywords and competitors; a non-string word is an error with its path")
    func briefDecoding() {
        let good = BriefDecoder().decode(
            Array(#"{"vertical": "Beauty", "keywords": ["精华"], "competitors": ["SK-II"]}"#.utf8), file: "b.json")
        #expect(good.brief?.keywords == ["精华"])
        #expect(good.brief?.competitors == ["SK-II"])
        let bad = BriefDecoder().decode(Array(#"{"keywords": ["ok", 3]}"#.utf8), file: "b.json")
        #expect(
            bad.diagnostics.map(\.description) == ["b.json: error: at keywords[1]: expected a non-empty word, got 3"])
    }
}

@Suite("The sponsored-content profile")
struct SponsoredProfileTests {
    static func creator(_ notes: [(title: String, sponsored: Bool?)]) -> Dossier {
        var dossier = CategoryFitTests.creator(notes.map(\.title))
        for index in dossier.notes.indices { dossier.notes[index].isSponsored = notes[index].sponsored }
        return dossier
    }

    static func signal(_ id: String, _ dossier: Dossier) throws -> SignalResult {
        let report = Scorer(configuration: Configuration()).vet(dossier, now: CategoryFitTests.now)
        return try #require(report.signals.first { $0.id == id })
    }

    @Test("commercial share: 4 of 6 declared sponsored is 67 %, above the 60 % failure line; unknown flags are unknown")
    func commercialShare() throws {
        let notes: [(String, Bool?)] = [
            ("a", true), ("b", true), ("c", true), ("d", true), ("e", false), ("f", false),
        ]
        let signal = try Self.signal("content.commercial_share", Self.creator(notes))
        #expect(signal.value.map { abs($0 - 4.0 / 6.0) < 1e-12 } == true)
        #expect(signal.level == .fail)
        let unknown = try Self.signal("content.commercial_share", Self.creator(notes.map { ($0.0, nil) }))
        #expect(unknown.level == .unknown)
    }

    @Test("undeclared ads: cooperation wording or two purchase calls mark a note; 无广 cancels the purchase calls")
    func undeclared() throws {
        let notes: [(String, Bool?)] = [
            ("感谢品牌方寄来的新品", false),  // 品牌方
            ("评论区领券，到手价只要99", false),  // 领券 + 到手价
            ("自费无广！附购买链接", false),  // 购买 + 链接, but 自费/无广
            ("新品合作｜已报备", true),  // declared: not counted
            ("周末去爬山", false), ("读书笔记", false), ("随手拍", nil),
        ]
        let signal = try Self.signal("content.undeclared_ads", Self.creator(notes))
        // 2 of the 6 notes not declared sponsored.
        #expect(signal.value.map { abs($0 - 2.0 / 6.0) < 1e-12 } == true)
        #expect(signal.level == .warn)  // above 20 %, below 40 %
        #expect(signal.details == ["\"感谢品牌方寄来的新品\": \"品牌方\"", "\"评论区领券，到手价只要99\": \"领券\", \"到手价\""])
    }

    @Test("competitor conflict: two commercial notes name competitors (fail); organic mentions do not count")
    func competitorConflict() throws {
        var dossier = Self.creator([
            ("完美日记新品合作 @完美日记", true),  // declared, names a competitor
            ("感谢品牌方寄来的花西子", false),  // undeclared but reads like an ad (品牌方), names a competitor
            ("我一直用的花西子散粉", false),  // organic mention: no cue, not commercial
            ("SK-II 神仙水合作", true),  // commercial, names no competitor
            ("周末去爬山", false), ("读书笔记", false),
        ])
        dossier.notes[3].text = "@SK-II官方 感谢"
        var brief = Brief(vertical: "beauty")
        brief.competitors = ["完美日记", "花西子"]
        let report = Scorer(configuration: Configuration()).vet(dossier, brief: brief, now: CategoryFitTests.now)
        let signal = try #require(report.signals.first { $0.id == "content.competitor_conflict" })
        #expect(signal.value == 2)
        #expect(signal.level == .fail)  // above 1
        // Brand saturation: 完美日记 named twice in one note counts once per note from the mention, once as a
        // competitor; SK-II官方 from its @-mention; 花西子 once (the organic note is not commercial).
        #expect(signal.details.first == "brands named in 3 commercial notes: 完美日记 2, SK-II官方 1, 花西子 1")
        let without = Scorer(configuration: Configuration()).vet(
            dossier, brief: Brief(vertical: "beauty"), now: CategoryFitTests.now)
        #expect(without.signals.first { $0.id == "content.competitor_conflict" }?.level == .unknown)
    }

    @Test("@-mentions end at a space, punctuation or the next @")
    func mentions() {
        #expect(CompetitorConflictSignal.mentions(in: "谢谢@完美日记 和@花西子，还有@a@b #话题") == ["完美日记", "花西子", "a", "b"])
        #expect(CompetitorConflictSignal.mentions(in: "no mention") == [])
    }

    @Test("sponsored notes at a third of the organic ER: 'the audience ignores the ads'")
    func ignoredAds() throws {
        // 2,000 followers; organic notes 60 likes (3 %), sponsored 20 likes (1 %): 0.33×, below the 0.5 warning line.
        var dossier = Self.creator(Array(repeating: ("a", false), count: 3) + Array(repeating: ("b", true), count: 3))
        for index in dossier.notes.indices {
            dossier.notes[index].likes = Count(dossier.notes[index].isSponsored == true ? 20 : 60)
        }
        let signal = try Self.signal("engagement.sponsored_gap", dossier)
        #expect(signal.value.map { abs($0 - 1.0 / 3.0) < 1e-12 } == true)
        #expect(signal.level == .warn)
        #expect(signal.evidence.hasSuffix("(3 sponsored notes): the audience ignores the ads"))
    }
}
