import Foundation
import KolvetKit
import Testing

/// The rules `BatchPipeline` owns for every input of `kolvet batch`: numbering, blank lines, long lines, the record
/// limit, empty files and unreadable inputs. Each case is built by hand; the expected records are counted from it.
@Suite("Batch pipeline")
struct BatchPipelineTests {
    /// Everything a run delivers.
    final class Collected {
        var entries: [BatchEntry] = []
        var diagnostics: [String] = []
        var deliveries = 0
    }

    static func pipeline(
        limits: Limits = Limits(), workers: Int = 1, into collected: Collected
    ) -> BatchPipeline {
        var configuration = Configuration()
        configuration.limits = limits
        let runner = BatchRunner(configuration: configuration, brief: nil, gate: PipelineGate(), now: TestSupport.now)
        return BatchPipeline(runner: runner, workers: workers, renderer: nil) { delivery in
            collected.entries += delivery.entries
            collected.diagnostics += delivery.diagnostics
            collected.deliveries += 1
        }
    }

    static func line(_ id: String) -> String { #"{"creator": {"id": "\#(id)", "followers": 1000}}"# }

    @Test("blank lines give no record; indices run on across files; line numbers count every line")
    func numbering() {
        let collected = Collected()
        var pipeline = Self.pipeline(into: collected)
        // A byte-order mark, a blank line, a line of spaces and a CRLF ending: two records.
        let first = "\u{FEFF}" + Self.line("a") + "\n\n   \t\n" + Self.line("b") + "\r\n"
        pipeline.vet(Array(first.utf8), file: "one.jsonl", kind: .jsonLines)
        pipeline.vet(Array(Self.line("c").utf8), file: "two.jsonl", kind: .jsonLines)
        #expect(collected.entries.map(\.index) == [0, 1, 2])
        #expect(collected.entries.map(\.creatorID) == ["a", "b", "c"])
        #expect(collected.entries.map(\.record.line) == [1, 4, 1])
        #expect(collected.entries.allSatisfy { $0.report != nil })
        #expect(pipeline.position == 3)
    }

    @Test("a file past maximum_records_per_file keeps the first N and ends with one error record")
    func recordLimit() {
        let collected = Collected()
        var limits = Limits()
        limits.maximumRecordsPerFile = 2
        var pipeline = Self.pipeline(limits: limits, into: collected)
        let text = ["a", "b", "c", "d"].map(Self.line).joined(separator: "\n")
        pipeline.vet(Array(text.utf8), file: "many.jsonl", kind: .jsonLines)
        #expect(collected.entries.count == 3)
        #expect(collected.entries.prefix(2).map(\.creatorID) == ["a", "b"])
        #expect(collected.entries[2].report == nil)
        #expect(collected.diagnostics.contains { $0.contains("more than 2 records") })
        // The next file starts its own count.
        pipeline.vet(Array(Self.line("e").utf8), file: "next.jsonl", kind: .jsonLines)
        #expect(collected.entries.last?.creatorID == "e")
    }

    @Test("a file with no records is one error record, unless it is a part of a larger input")
    func emptyFiles() {
        let collected = Collected()
        var pipeline = Self.pipeline(into: collected)
        pipeline.vet(Array("\n  \n".utf8), file: "blank.jsonl", kind: .jsonLines)
        #expect(collected.entries.count == 1)
        #expect(collected.diagnostics == ["blank.jsonl: error: the file has no records"])
        pipeline.vetLines(LineReader(bytes: [], maximumLineBytes: 100), file: "part", isPart: true)
        #expect(collected.entries.count == 1)
    }

    @Test("a line longer than the limit is an error record, and the lines after it are read")
    func longLine() throws {
        let collected = Collected()
        var pipeline = Self.pipeline(into: collected)
        let long = Self.line(String(repeating: "x", count: 200))
        let text = [Self.line("a"), long, Self.line("b")].joined(separator: "\n") + "\n"
        pipeline.vetLines(LineReader(bytes: Array(text.utf8), maximumLineBytes: 100), file: "long.jsonl")
        #expect(collected.entries.map(\.creatorID) == ["a", nil, "b"])
        let diagnostic = try #require(collected.diagnostics.first)
        #expect(diagnostic.hasPrefix("long.jsonl:2: error: the line is \(long.utf8.count) bytes, above the limit"))
    }

    @Test("an unreadable input is one error record naming it; the run goes on")
    func failure() {
        let collected = Collected()
        var pipeline = Self.pipeline(into: collected)
        pipeline.fail(file: "", "an empty path was given")
        pipeline.vet(Array(Self.line("a").utf8), file: "ok.jsonl", kind: .jsonLines)
        #expect(collected.diagnostics == [#""": error: an empty path was given"#])
        #expect(collected.entries.map(\.index) == [0, 1])
        #expect(pipeline.result(entries: collected.entries).tally.creators == 2)
    }

    @Test("the same input gives the same entries on one thread and on four")
    func threads() {
        let text = (0..<50).map { Self.line("c\($0)") }.joined(separator: "\n")
        var runs: [[String?]] = []
        for workers in [1, 4] {
            let collected = Collected()
            var pipeline = Self.pipeline(workers: workers, into: collected)
            pipeline.vet(Array(text.utf8), file: "f.jsonl", kind: .jsonLines)
            runs.append(collected.entries.map(\.creatorID))
        }
        #expect(runs[0] == (0..<50).map { "c\($0)" })
        #expect(runs[0] == runs[1])
    }
}
