import Foundation
import KolvetKit
import Testing

/// `kolvet summarize` over the results of shards against `kolvet batch` over the whole input (docs/scale-out.md).
@Suite("Summarize over shards")
struct SummarizeTests {
    /// Dossiers, a ring shortlist and a GB18030 sheet with a bad row: pass, review, reject, an error record, file
    /// diagnostics and the ring finding all occur.
    static let inputs = [
        "fixtures/dossiers", "fixtures/rings/shortlist.jsonl", "fixtures/shortlists/shortlist-gb18030.csv",
    ]
    static let common = ["--now", "2026-11-27", "--brief", "fixtures/briefs/skincare-launch.json"]

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kolvet-summarize-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The results of three shards, written to files.
    static func shards(in directory: URL) throws -> [String] {
        try (0..<3).map { index in
            let result = try KolvetBinary.run(
                ["batch"] + inputs + common + ["--format", "results", "--shard", "\(index)/3"])
            let path = directory.appendingPathComponent("shard-\(index).jsonl").path
            try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    @Test("the shards' results, given in any order, summarize to the whole batch's report in every format")
    func equalsBatch() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = try Self.shards(in: directory)
        #expect(paths.allSatisfy { !((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "").isEmpty })
        for format in BatchFormats.all.map(\.identifier) {
            let whole = try KolvetBinary.run(["batch"] + Self.inputs + Self.common + ["--format", format])
            let summarized = try KolvetBinary.run(["summarize", paths[2], paths[0], paths[1], "--format", format])
            #expect(summarized.stdout == whole.stdout, "\(format)")
            #expect(summarized.status == whole.status, "\(format)")
            #expect(summarized.stderr == whole.stderr, "\(format)")
        }
    }

    @Test("every record round-trips: decoding a result line and writing it again gives the same bytes")
    func roundTrip() throws {
        let result = try KolvetBinary.run(["batch"] + Self.inputs + Self.common + ["--format", "results"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 32)
        for line in lines {
            let record = try BatchResultsReport.decode(ArraySlice(Array(line.utf8)))
            #expect(BatchResultsReport().streamed(record.entry) == String(line) + "\n")
        }
    }

    @Test("a shard given twice is an error naming both places; a missing shard is a warning; exit status 2")
    func badShards() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = try Self.shards(in: directory)
        let twice = try KolvetBinary.run(["summarize"] + paths + [paths[1], "--format", "json"])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("was already given at \(paths[1]):1: this one is left out"))
        let missing = try KolvetBinary.run(["summarize", paths[0], paths[2], "--format", "json"])
        #expect(missing.stderr.contains("warning: no result for input indices"))
    }

    @Test("a file that is not results is named once and skipped; the others are still summarized")
    func notResults() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = try Self.shards(in: directory)
        let result = try KolvetBinary.run(
            ["summarize", "fixtures/dossiers/koc-home.json", paths[0], "--format", "jsonl"])
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains("koc-home.json") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("not a kolvet.result/1 file") == true)
        let shard = try String(contentsOfFile: paths[0], encoding: .utf8)
        #expect(result.stdout.split(separator: "\n").count == shard.split(separator: "\n").count)
    }

    @Test("summarize refuses the options that only vetting uses, and --output never overwrites an input")
    func options() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = try Self.shards(in: directory)
        let brief = try KolvetBinary.run(["summarize", paths[0], "--brief", "fixtures/briefs/skincare-launch.json"])
        #expect(brief.status == 64)
        let before = try Data(contentsOf: URL(fileURLWithPath: paths[0]))
        let overwrite = try KolvetBinary.run(["summarize", paths[0], "--output", paths[0]])
        #expect(overwrite.status == 64)
        #expect(try Data(contentsOf: URL(fileURLWithPath: paths[0])) == before)
    }

    @Test("a file fed in parts through standard input with --stdin-name and --stdin-offset gives the whole run's lines")
    func parts() throws {
        let file = "fixtures/rings/shortlist.jsonl"
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        let common = ["--format", "results", "--now", "2026-11-27", "--stdin-name", file]
        let whole = try KolvetBinary.run(["batch", file, "--format", "results", "--now", "2026-11-27"])
        // Lines 1–2, 3–5 and an empty last part: offsets 0:0, 2:2 and 5:5 (no blank lines in the file).
        var joined = ""
        for (range, offset) in [(0..<2, "0:0"), (2..<5, "2:2"), (5..<5, "5:5")] {
            let part = lines[range].map { $0 + "\n" }.joined()
            let result = try KolvetBinary.run(
                ["batch", "-"] + common + ["--stdin-offset", offset], input: Data(part.utf8))
            #expect(result.status == whole.status)
            joined += result.stdout
        }
        #expect(joined == whole.stdout)
        let misuse = try KolvetBinary.run(["batch", file, "--stdin-offset", "1:1"])
        #expect(misuse.status == 64)
        let bad = try KolvetBinary.run(["batch", "-", "--stdin-offset", "1:2"], input: Data())
        #expect(bad.status == 64)
    }

    @Test("counts in results: a number, or \"N+\" for a lower bound, and back")
    func counts() throws {
        let encoded = try JSONEncoder().encode([Count(12_000), Count(100_000, isApproximate: true)])
        #expect(String(decoding: encoded, as: UTF8.self) == #"[12000,"100000+"]"#)
        let decoded = try JSONDecoder().decode([Count].self, from: encoded)
        #expect(decoded == [Count(12_000), Count(100_000, isApproximate: true)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Count].self, from: Data(#"["12k"]"#.utf8)) }
    }

    @Test("damaged or crafted results are errors with their line, never a crash")
    func hostile() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = try KolvetBinary.run(["batch", "fixtures/dossiers/koc-home.json", "--format", "results"]).stdout
        let line = try #require(good.split(separator: "\n").first.map(String.init))
        var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        var entry = try #require(object["entry"] as? [String: Any])
        var report = try #require(entry["report"] as? [String: Any])
        report["score"] = 1e300
        entry["report"] = report
        object["entry"] = entry
        let huge = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        report["score"] = "nan"
        entry["report"] = report
        object["entry"] = entry
        let notANumber = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let path = directory.appendingPathComponent("bad.jsonl")
        try Data((line + "\n" + huge + "\n" + notANumber + "\n" + nested + "\n").utf8).write(to: path)
        for format in ["table", "html", "json"] {
            let result = try KolvetBinary.run(["summarize", path.path, "--format", format])
            #expect(result.status == 2, "\(format)")
            #expect(
                result.stderr.contains(
                    "bad.jsonl:2: error: not a kolvet.result/1 record: at entry.report.score: a number kolvet does not write"
                ))
            #expect(result.stderr.contains("bad.jsonl:3: error: not a kolvet.result/1 record"))
            #expect(result.stderr.contains("bad.jsonl:4: error: not a kolvet.result/1 record"))
            #expect(result.stderr.contains("1 creator: "))
        }
    }
}
