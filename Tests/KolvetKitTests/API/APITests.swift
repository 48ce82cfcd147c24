import Foundation
import KolvetKit
import Testing

/// The library's entry points (`Sources/KolvetKit/API`): shards, the pipeline gate and the vetter, on hand-built
/// cases.
@Suite("Library entry points")
struct APITests {
    @Test("--shard values: i/n, auto from the array-job environment, and clear refusals")
    func shardParsing() throws {
        #expect(try Shard.parse("1/4", environment: [:]).get() == Shard(index: 1, count: 4))
        let aws = ["AWS_BATCH_JOB_ARRAY_INDEX": "2", "AWS_BATCH_JOB_ARRAY_SIZE": "5"]
        #expect(try Shard.parse("auto", environment: aws).get() == Shard(index: 2, count: 5))
        #expect(
            try Shard.parse("auto/3", environment: ["JOB_COMPLETION_INDEX": "0"]).get() == Shard(index: 0, count: 3))
        #expect(
            Shard.parse("4/4", environment: [:])
                == .failure(ShardError("the shard index must be 0 to 3, got '4'")))
        #expect(
            Shard.parse("1-4", environment: [:]) == .failure(ShardError("expected index/count, like 0/8, got '1-4'")))
        #expect(
            Shard.parse("auto", environment: [:])
                == .failure(
                    ShardError("'auto' needs AWS_BATCH_JOB_ARRAY_INDEX or JOB_COMPLETION_INDEX in the environment")))
        #expect(
            Shard.parse("auto", environment: ["AWS_BATCH_JOB_ARRAY_INDEX": "1"])
                == .failure(ShardError("AWS_BATCH_JOB_ARRAY_SIZE must be a whole number, 1 or more, got ''")))
    }

    @Test("a record is in exactly one shard, by the FNV-1a hash of its creator id")
    func shardPartition() throws {
        // The published FNV-1a 64-bit test vectors: "" and "a".
        #expect(Shard.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.hash("a") == 0xaf63_dc4c_8601_ec8c)
        let shards = (0..<4).compactMap { Shard(index: $0, count: 4) }
        for number in 0..<200 {
            let record = BatchRecord(
                file: "f.jsonl", line: number + 1,
                dossier: Dossier(creator: Creator(id: "c\(number)", followers: Count(1000))), diagnostics: [])
            #expect(shards.filter { $0.contains(record) }.count == 1)
        }
        // "a" hashes to …8c, which is 0 mod 4: shard 0 of 4.
        let a = BatchRecord(file: "f", dossier: Dossier(creator: Creator(id: "a", followers: nil)), diagnostics: [])
        #expect(shards[0].contains(a))
    }

    @Test("the gate: unreadable without a score, below the bar on reject, --fail-under or --min-coverage")
    func gate() throws {
        let report = try TestSupport.report("healthy-mid-beauty.json")
        let score = try #require(report.score)
        #expect(PipelineGate().status(of: report) == .success)
        #expect(PipelineGate(failUnder: score).status(of: report) == .success)  // at the bar is not below it
        #expect(PipelineGate(failUnder: score + 0.1).status(of: report) == .belowBar)
        #expect(PipelineGate(minimumCoverage: report.coverage + 0.01).status(of: report) == .belowBar)
        #expect(PipelineGate().status(of: nil) == .unreadable)
        #expect(PipelineGate().status(of: []) == .success)
        #expect(PipelineGate(failUnder: 101).status(of: [report, nil]) == .unreadable)  // the worst wins
    }

    @Test("the vetter: broken JSON gives no report and a diagnostic at its line and column")
    func vetter() {
        let outcome = Vetter(now: TestSupport.now).vet(Array("{\n  \"creator\": }".utf8), file: "x.json")
        #expect(outcome.report == nil)
        #expect(outcome.diagnostics.map(\.description).first?.hasPrefix("x.json:2:14: error:") == true)
    }
}
