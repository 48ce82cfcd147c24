import Foundation
import KolvetKit
import KolvetSimulation
import Testing

/// Small hand-built dossiers whose flags are decided by reading the rules in docs/comments.md.
@Suite("Comment patterns across notes")
struct CommentAnalyzerTests {
    static let published = 1_790_856_000.0  // 2026-10-01T20:00+08:00

    static func comment(
        _ note: String, _ text: String, minutes: Double, user: String, throwaway: Bool = false
    ) -> KolvetKit.Comment {
        var comment = KolvetKit.Comment()
        comment.noteID = note
        comment.text = text
        comment.userID = user
        comment.createdAt = Date(timeIntervalSince1970: published + minutes * 60)
        comment.nickname = throwaway ? "小红薯A1B2C3D4" : "fan \(user)"
        var author = CommentAuthor()
        author.hasAvatar = !throwaway
        author.notes = Count(throwaway ? 0 : 12)
        author.followers = Count(throwaway ? 0 : 80)
        author.following = Count(throwaway ? 3000 : 200)
        comment.author = author
        return comment
    }

    static func dossier(notes: Int, comments: [KolvetKit.Comment]) -> Dossier {
        var dossier = Dossier(creator: Creator(id: "creator", followers: Count(50_000)))
        dossier.notes = (1...notes).map { index in
            var note = Note()
            note.id = "n\(index)"
            note.title = "秋冬口红合集"
            note.publishedAt = Date(timeIntervalSince1970: published)
            return note
        }
        dossier.comments = comments
        return dossier
    }

    @Test("a burst: 6 of 8 comments in the first 10 minutes on one note, none on the other")
    func burst() {
        var comments: [KolvetKit.Comment] = []
        for index in 0..<6 { comments.append(Self.comment("n1", "好棒", minutes: 2, user: "b\(index)")) }
        let questions = ["第三支显白吗", "黄皮能用吗", "多少钱呀", "持妆多久", "干皮会卡粉吗", "哪里买的", "有平替吗"]
        for index in 0..<2 { comments.append(Self.comment("n1", questions[index], minutes: 300, user: "o\(index)")) }
        for index in 2..<7 { comments.append(Self.comment("n2", questions[index], minutes: 500, user: "p\(index)")) }
        let analysis = CommentAnalyzer(settings: CommentSettings()).analyze(Self.dossier(notes: 2, comments: comments))
        // n1: early share 6/8 = 0.75 ≥ 0.5; baseline (n2) 0/5 = 0; excess 0.75 ≥ 0.3 → burst. n2: 0 → no burst.
        #expect(analysis.burstNotesExamined == 2)
        #expect(analysis.burstNotes == [BurstNote(noteID: "n1", early: 6, timed: 8, baseline: 0)])
        #expect(analysis.comments.filter(\.isInBurst).count == 6)
        // The six early "好棒" are generic AND in a burst: inauthentic. The later ones are not.
        #expect(analysis.comments.filter(\.isInauthentic).count == 6)
    }

    @Test("a burst on every note is still a burst: the baseline is capped at 20 %")
    func burstEverywhere() {
        var comments: [KolvetKit.Comment] = []
        for note in ["n1", "n2", "n3"] {
            for index in 0..<4 { comments.append(Self.comment(note, "好棒", minutes: 1, user: "\(note)b\(index)")) }
            comments.append(Self.comment(note, "显白吗\(note)", minutes: 900, user: "\(note)o"))
        }
        let analysis = CommentAnalyzer(settings: CommentSettings()).analyze(Self.dossier(notes: 3, comments: comments))
        // Each note: 4/5 = 0.8 early; others' median 0.8 capped to 0.2; 0.8 − 0.2 = 0.6 ≥ 0.3.
        #expect(analysis.burstNotes.count == 3)
    }

    @Test("a pod in rotation: the same three accounts in the same order on four notes")
    func pod() {
        var comments: [KolvetKit.Comment] = []
        let questions = ["这个口红色号是多少呀", "黄皮涂会显黑吗", "专柜价格是多少", "干皮用会起皮吗"]
        for (index, note) in ["n1", "n2", "n3", "n4"].enumerated() {
            for (order, user) in ["a", "b", "c"].enumerated() {
                comments.append(Self.comment(note, "支持", minutes: 30 + Double(order), user: user))
            }
            comments.append(Self.comment(note, questions[index], minutes: 600, user: "fan-\(note)"))
        }
        let analysis = CommentAnalyzer(settings: CommentSettings()).analyze(Self.dossier(notes: 4, comments: comments))
        // a, b, c each on 4 of 4 notes (≥ max(3, 50 % × 4)).
        #expect(analysis.repeatCommenters.map(\.account) == ["a", "b", "c"])
        #expect(analysis.rotations == [Rotation(accounts: ["a", "b", "c"], notes: ["n1", "n2", "n3", "n4"])])
        // 12 generic pod comments are inauthentic; the specific fan questions are not.
        #expect(analysis.comments.filter(\.isInauthentic).count == 12)
        #expect(analysis.comments.filter(\.isSubstantive).count == 4)
    }

    @Test("one short 好看 from a real fan is not condemned, and the creator's own replies are set aside")
    func agreementNeeded() {
        var own = Self.comment("n1", "谢谢喜欢", minutes: 60, user: "creator")
        own.nickname = "creator"
        let comments = [Self.comment("n1", "好看", minutes: 400, user: "fan"), own]
        let analysis = CommentAnalyzer(settings: CommentSettings()).analyze(Self.dossier(notes: 1, comments: comments))
        #expect(analysis.ownReplies == 1)
        #expect(analysis.comments.count == 1)
        #expect(analysis.comments[0].isGeneric)
        #expect(!analysis.comments[0].isInauthentic)
    }

    @Test("the same long sentence from several accounts is coordinated")
    func coordinated() {
        let comments = (0..<3).map {
            Self.comment("n\($0 + 1)", "博主好用心，已经收藏啦", minutes: 300, user: "x\($0)")
        }
        let analysis = CommentAnalyzer(settings: CommentSettings()).analyze(Self.dossier(notes: 3, comments: comments))
        #expect(analysis.duplicateGroups == [DuplicateGroup(text: "博主好用心，已经收藏啦", count: 3, notes: 3, accounts: 3)])
        #expect(analysis.comments.allSatisfy { $0.isCoordinated && $0.isInauthentic })
    }

    @Test("comment signals are unknown without comments")
    func unknownWithoutComments() throws {
        let report = try TestSupport.report("koc-home.json")
        let comments = report.signals.filter { $0.category == .comments }
        #expect(comments.count == 8)
        #expect(comments.allSatisfy { $0.level == .unknown })
    }

    @Test("extra lexicon entries from the configuration are used")
    func extraLexicon() {
        var settings = CommentSettings()
        settings.extraTemplatePhrases = ["宝藏博主"]
        settings.extraLeadGenPhrases = ["抖音同名"]
        let analyzer = CommentAnalyzer(settings: settings)
        #expect(analyzer.genericReason(CommentText("宝藏博主！")) == "template \"宝藏博主\"")
        #expect(analyzer.leadGenCues(CommentText("抖音同名，来找我")) == ["\"抖音同名\""])
    }
}

/// The labelled set in fixtures/comments (docs/comments.md): the flag's quality, as measured.
@Suite("Labelled comment set")
struct LabelledCommentSetTests {
    @Test("precision ≥ 95 % and recall ≥ 80 % on the labelled set; no organic comment is flagged")
    func quality() throws {
        let directory = TestSupport.fixtureURL("comments")
        let csv = try String(contentsOf: directory.appendingPathComponent("labels.csv"), encoding: .utf8)
        var labelsByFile: [String: [String: (isInauthentic: Bool, pattern: String)]] = [:]
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            labelsByFile[fields[0], default: [:]][fields[1]] = (fields[2] == "inauthentic", fields[3])
        }
        #expect(labelsByFile.values.reduce(0) { $0 + $1.count } >= 300)
        var matrix = ConfusionMatrix()
        var organicFlagged = 0
        for (file, labels) in labelsByFile {
            let dossier = try #require(
                DossierDecoder().decode(try TestSupport.fixtureBytes("comments/\(file)"), file: file).dossier)
            for outcome in CommentFlagEvaluation.evaluate(dossier, labels: labels, settings: CommentSettings()) {
                matrix.record(flagged: outcome.isFlagged, positive: outcome.isLabelledInauthentic)
                if outcome.pattern == "organic" && outcome.isFlagged { organicFlagged += 1 }
            }
        }
        #expect((matrix.precision ?? 0) >= 0.95, "\(matrix.summary)")
        #expect((matrix.recall ?? 0) >= 0.80, "\(matrix.summary)")
        #expect(organicFlagged == 0)
    }
}
