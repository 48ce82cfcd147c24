import Foundation
import KolvetKit
import Testing

/// Rings across a shortlist, on creators built by hand: every expected share is counted from the comments below.
@Suite("Shared commenters across a batch")
struct SharedCommentersTests {
    static let now = Date(timeIntervalSince1970: 1_795_536_000)

    /// A creator with `unique` comments from one-off accounts plus `accounts[i]` writing `counts[i]` comments each.
    static func creator(
        _ id: String, mcn: String?, unique: Int, accounts: [(String, Int)], ownReplies: Int = 0
    ) -> Dossier {
        var creator = Creator(id: id, followers: Count(5_000))
        creator.nickname = "博主" + id
        creator.mcn = mcn
        var dossier = Dossier(creator: creator)
        var note = Note()
        note.id = id + "-n"
        note.likes = Count(100)
        note.publishedAt = now.addingTimeInterval(-86_400)
        dossier.notes = [note]
        func add(_ user: String) {
            var comment = Comment()
            comment.id = "\(id)-c\(dossier.comments.count)"
            comment.noteID = note.id
            comment.text = "好看\(dossier.comments.count)"
            comment.userID = user
            dossier.comments.append(comment)
        }
        for index in 0..<unique { add("\(id)-fan\(index)") }
        for (account, count) in accounts { for _ in 0..<count { add(account) } }
        for _ in 0..<ownReplies { add(id) }
        return dossier
    }

    static func result(_ dossiers: [Dossier], settings: RingSettings = RingSettings()) -> BatchResult {
        var configuration = Configuration()
        configuration.rings = settings
        let runner = BatchRunner(configuration: configuration, brief: nil, gate: PipelineGate(), now: now)
        let entries = dossiers.enumerated().map { index, dossier in
            runner.run(
                BatchRecord(file: "batch.jsonl", line: index + 1, dossier: dossier, diagnostics: []), index: index)
        }
        return BatchResult(entries: entries, configuration: configuration)
    }

    /// A, B and C (MCN 星辰) each get 2 comments from each of r1, r2, r3; f1 writes 3 on A and on B; the rest are
    /// one-off accounts, 20 comments each. Shared (on 2 creators or more): r1 (4 creators), r2, r3 (3), f1 (2).
    /// A and B: 6 + 3 = 9 of 20 = 45 %; C: 6 of 20 = 30 %; D (another MCN, r1 only): 2 of 20 = 10 %, not above the
    /// 10 % warning line.
    static let batch: [Dossier] = [
        creator("A", mcn: "星辰", unique: 11, accounts: [("r1", 2), ("r2", 2), ("r3", 2), ("f1", 3)], ownReplies: 4),
        creator("B", mcn: "星辰", unique: 11, accounts: [("r1", 2), ("r2", 2), ("r3", 2), ("f1", 3)]),
        creator("C", mcn: "星辰", unique: 14, accounts: [("r1", 2), ("r2", 2), ("r3", 2)]),
        creator("D", mcn: "别家", unique: 18, accounts: [("r1", 2)]),
    ]

    @Test("three creators of one MCN fed by the same accounts fail at 45 % and 30 %; a fourth at 10 % is ok")
    func ring() throws {
        let report = Self.result(Self.batch).sharedCommenters
        #expect(report.isKnown)
        #expect(report.creatorsWithAccounts == 4)
        #expect(report.sharedAccounts == 4)
        let byID = Dictionary(uniqueKeysWithValues: report.findings.map { ($0.member.creatorID ?? "", $0) })
        let a = try #require(byID["A"])
        // A's 4 own replies are not comments of an account: 20 comments, 6 by shared accounts.
        #expect(a.member.comments == 20)
        #expect(a.sharedComments == 9)
        #expect(a.value == 0.45)
        #expect(a.level == .fail)
        #expect(a.partners.map { "\($0.member.creatorID ?? "")\($0.accounts)" } == ["B4", "C3", "D1"])
        #expect(byID["C"]?.value == 0.3)
        let d = try #require(byID["D"])
        #expect(d.value == 0.1)
        #expect(d.level == .ok)
        #expect(report.rings.count == 1)
        let ring = try #require(report.rings.first)
        #expect(ring.members.map { report.findings[$0].member.creatorID } == ["A", "B", "C"])
        #expect(ring.commonMCN == "星辰")
        #expect(
            ring.accounts.map { "\($0.id):\($0.creators):\($0.comments)" } == ["r1:3:6", "r2:3:6", "r3:3:6", "f1:2:6"])
        #expect(report.status == .belowBar)
    }

    @Test("the run's exit status and summary line carry a failing creator; the table shows the ring")
    func status() {
        let batch = Self.result(Self.batch)
        #expect(batch.status == .belowBar)
        #expect(batch.summaryLine.hasSuffix("(exit status 1); 3 creators fail comments.shared_commenters"))
        let table = BatchTableReport().footer(batch)
        #expect(table.contains("ring of 3 creators (all of MCN 星辰): 博主A, 博主B, 博主C"))
        #expect(table.contains("FAIL 博主A [MCN 星辰]: 45.0% of 20 comments from 4 shared accounts"))
    }

    @Test("one creator with commenter ids: unknown, and no effect on the exit status")
    func unknown() {
        let batch = Self.result(Array(Self.batch.prefix(1)))
        #expect(!batch.sharedCommenters.isKnown)
        #expect(batch.sharedCommenters.findings.isEmpty)
        #expect(batch.status == .success)
        #expect(batch.sharedCommenters.textLines.first?.hasPrefix("shared commenters: unknown") == true)
    }

    @Test("the index is bounded: with one account kept per creator, only f1 and r1 are seen")
    func bounded() {
        var settings = RingSettings()
        settings.accountsPerCreator = 1
        let report = Self.result(Self.batch, settings: settings).sharedCommenters
        // Kept: A f1 (3), B f1 (3), C r1 (2, first by id), D r1 (2): f1 and r1 each on 2 creators.
        #expect(report.sharedAccounts == 2)
        // A: 3 of 20 = 15 % (warn); C and D: 2 of 20 = 10 % (ok).
        #expect(
            report.findings.map { "\($0.member.creatorID ?? "")\($0.level.rawValue)" } == [
                "Awarn", "Bwarn", "Cok", "Dok",
            ])
    }

    @Test("a loyal fan on three creators is shared but flags no one with a busy comment section")
    func loyalFan() {
        let batch = (0..<3).map { Self.creator("P\($0)", mcn: nil, unique: 60, accounts: [("fan", 3)]) }
        let report = Self.result(batch).sharedCommenters
        #expect(report.sharedAccounts == 1)
        // 3 of 63 comments = 4.8 %.
        #expect(report.findings.allSatisfy { $0.level == .ok })
        #expect(report.rings.isEmpty)
        #expect(report.status == .success)
    }
}
