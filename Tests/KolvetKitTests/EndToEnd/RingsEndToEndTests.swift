import Foundation
import KolvetKit
import Testing

/// `fixtures/rings/shortlist.jsonl` (scripts/make_ring_fixture.py): three creators of MCN 星辰传媒 fed by the same
/// eight accounts (2 comments each on each creator), two independents sharing one loyal fan (2 comments on each).
/// Counted from the fixture's comments: each ring creator 16 of 76 comments from shared accounts (21.05 %, warn),
/// each independent 2 of 62 (3.23 %, ok); nine shared accounts.
@Suite("Rings on the command line")
struct RingsEndToEndTests {
    static let input = "fixtures/rings/shortlist.jsonl"

    @Test("--format json carries the finding: three warnings, one ring of MCN 星辰传媒, exit status 0")
    func json() throws {
        let result = try KolvetBinary.run(["batch", Self.input, "--format", "json", "--now", "2026-11-27"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let shared = try #require(object["shared_commenters"] as? [String: Any])
        #expect(shared["known"] as? Bool == true)
        #expect(shared["shared_accounts"] as? Int == 9)
        let creators = try #require(shared["creators"] as? [[String: Any]])
        #expect(creators.map { $0["id"] as? String } == ["xc-lulu", "xc-xiaoyu", "xc-ahua", "ind-momo", "ind-jing"])
        #expect(creators.map { $0["level"] as? String } == ["warn", "warn", "warn", "ok", "ok"])
        #expect(creators.map { $0["shared_comments"] as? Int } == [16, 16, 16, 2, 2])
        #expect(creators.map { $0["comments"] as? Int } == [76, 76, 76, 62, 62])
        let rings = try #require(shared["rings"] as? [[String: Any]])
        #expect(rings.count == 1)
        #expect(rings.first?["creators"] as? [Int] == [0, 1, 2])
        #expect(rings.first?["mcn"] as? String == "星辰传媒")
        #expect(rings.first?["shared_accounts"] as? Int == 8)
    }

    @Test("JSON Lines keeps one record per input on stdout and writes the finding to stderr")
    func jsonLines() throws {
        let result = try KolvetBinary.run(["batch", Self.input, "--format", "jsonl", "--now", "2026-11-27"])
        #expect(result.stdout.split(separator: "\n").count == 5)
        #expect(result.stderr.contains("kolvet: ring of 3 creators (all of MCN 星辰传媒): 露露的化妆台, 小鱼爱美妆, 阿花不加班"))
        #expect(result.stderr.contains("kolvet: WARN 露露的化妆台 [MCN 星辰传媒]: 21.1% of 76 comments from 8 shared accounts"))
    }

    @Test("a configuration failing above 20 % makes the ring a failure: exit status 1, counted in the summary")
    func failing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kolvet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("rings.json")
        try Data(#"{"rings": {"fail_above": 0.2}}"#.utf8).write(to: config)
        let result = try KolvetBinary.run(
            ["batch", Self.input, "--format", "csv", "--config", config.path, "--now", "2026-11-27"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("3 creators fail comments.shared_commenters"))
        let rows = result.stdout.split(separator: "\r\n")
        #expect(rows.first?.hasSuffix(",comments.shared_commenters,comments.shared_commenters.value") == true)
        #expect(rows.dropFirst().first?.hasSuffix(",fail,0.210526") == true)  // 16 ÷ 76
        #expect(rows.last?.hasSuffix(",ok,0.032258") == true)  // 2 ÷ 62
    }

    @Test("the ranking names the ring for each of its creators, after a worse signal of the creator's own")
    func ranking() throws {
        let result = try KolvetBinary.run(["batch", Self.input, "--format", "table", "--now", "2026-11-27"])
        let rows = result.stdout.split(separator: "\n").filter { $0.contains("fixtures/rings/shortlist.jsonl:") }
        #expect(rows.count == 5)
        for name in ["露露的化妆台", "小鱼爱美妆", "阿花不加班"] {
            #expect(rows.first { $0.contains(name) }?.contains("comments.shared_commenters warn") == true, "\(name)")
        }
        // 阿花不加班's own worst signal fails, which is worse than the ring's warning: both, her own first.
        #expect(
            rows.first { $0.contains("阿花不加班") }?.contains(
                "engagement.consistency fail; comments.shared_commenters warn")
                == true)
        for name in ["momo的护肤日记", "静静的梳妆盒"] {
            #expect(rows.first { $0.contains(name) }?.contains("comments.shared_commenters") == false, "\(name)")
        }
    }
}
