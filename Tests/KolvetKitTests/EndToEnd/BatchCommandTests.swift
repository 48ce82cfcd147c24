import Foundation
import KolvetKit
import Testing

/// `kolvet batch` and `kolvet import` run as a user runs them.
@Suite("kolvet batch on the command line")
struct BatchCommandTests {
    static let inputs = [
        "fixtures/dossiers", "fixtures/bad/bad-counts.json", "fixtures/bad/missing-id.json",
        "fixtures/bad/truncated.json",
        "--now", "2026-11-27",
    ]

    @Test("every record appears in JSON Lines, in input order; the worst status wins")
    func jsonLines() throws {
        let result = try KolvetBinary.run(["batch"] + Self.inputs + ["--format", "jsonl"])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // A directory is read in name order: 4 dossiers, then the 3 bad files as given.
        #expect(lines.count == 7)
        let sources = try lines.map { line -> String in
            guard case .object(let object) = try JSONParser().parse(line), case .string(let source)? = object["source"]
            else { return "" }
            return source
        }
        #expect(
            sources == [
                "fixtures/dossiers/bought-likes.json", "fixtures/dossiers/healthy-mid-beauty.json",
                "fixtures/dossiers/inflated-followers.json", "fixtures/dossiers/koc-home.json",
                "fixtures/bad/bad-counts.json", "fixtures/bad/missing-id.json", "fixtures/bad/truncated.json",
            ])
        #expect(lines[4].contains("\"score\":null"))
        #expect(lines[4].contains("a count cannot be negative"))
        #expect(result.stderr.contains("7 creators: 1 pass, 1 review, 2 reject, 3 could not be read or scored"))
    }

    @Test("exit status 1 when all are readable but one is rejected; 0 when none is below the bar")
    func statuses() throws {
        let rejected = try KolvetBinary.run([
            "batch", "fixtures/dossiers/healthy-mid-beauty.json", "fixtures/dossiers/bought-likes.json", "--format",
            "csv",
        ])
        #expect(rejected.status == 1)
        let clean = try KolvetBinary.run(["batch", "fixtures/dossiers/healthy-mid-beauty.json", "--format", "csv"])
        #expect(clean.status == 0)
        let bar = try KolvetBinary.run([
            "batch", "fixtures/dossiers/healthy-mid-beauty.json", "--format", "csv", "--fail-under", "100.0",
        ])
        #expect(bar.status == 0)  // 100 is not below 100
    }

    @Test("the table ranks by score and ends with the summary and the portfolio")
    func table() throws {
        let result = try KolvetBinary.run(["batch"] + Self.inputs + ["--format", "table"])
        let rows = result.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first?.hasPrefix("#  score  verdict") == true)
        // Scores: healthy 100 and KOC 100 (input order breaks the tie), bought-likes 78.6, inflated 37.5, errors.
        let expected = [
            "fixtures/dossiers/healthy-mid-beauty.json", "fixtures/dossiers/koc-home.json",
            "fixtures/dossiers/bought-likes.json", "fixtures/dossiers/inflated-followers.json",
            "fixtures/bad/bad-counts.json", "fixtures/bad/missing-id.json", "fixtures/bad/truncated.json",
        ]
        for (row, source) in zip(rows.dropFirst().prefix(7), expected) {
            #expect(row.hasSuffix(source) || row.hasSuffix("(\(source))"), "\(row)")
        }
        #expect(result.stdout.contains("KOC seeding:"))
        #expect(result.stdout.contains("MCN 星芒MCN: 2 proposed, 1 flagged"))
    }

    /// The shortlist has 9 rows of 闪耀传媒, one of them unreadable (followers "十万"): it counts under its MCN.
    @Test("an unreadable shortlist row counts under the MCN it names")
    func unreadableRowKeepsItsMCN() throws {
        let result = try KolvetBinary.run(["batch", "fixtures/shortlists/shortlist-utf8.csv", "--format", "table"])
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("MCN 闪耀传媒:") }
        #expect(line?.hasPrefix("MCN 闪耀传媒: 9 proposed") == true)
        #expect(line?.hasSuffix("1 unreadable") == true)
        #expect(!result.stdout.contains("MCN (none)"))
    }

    @Test("the GB18030 and UTF-8 shortlists give the same report; every row appears")
    func shortlists() throws {
        let utf8 = try KolvetBinary.run(["batch", "fixtures/shortlists/shortlist-utf8.csv", "--format", "csv"])
        let gb = try KolvetBinary.run(["batch", "fixtures/shortlists/shortlist-gb18030.csv", "--format", "csv"])
        #expect(utf8.status == 2)
        let strip = { (text: String) in
            text.replacingOccurrences(of: "shortlist-gb18030.csv", with: "shortlist-utf8.csv")
        }
        #expect(strip(gb.stdout) == utf8.stdout)
        let rows = utf8.stdout.split(separator: "\r\n")
        #expect(rows.count == 24)  // header + 23 rows
        #expect(rows.last?.contains("粉丝数: expected a count") == true)
    }

    @Test("--output writes the whole report into place and leaves no temporary file")
    func outputFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kolvet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.md").path
        let result = try KolvetBinary.run(["batch"] + Self.inputs + ["--format", "markdown", "--output", path])
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("# kolvet batch report"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.md"])
    }

    @Test("the HTML report is self-contained: a strict CSP, no script, no external resource")
    func html() throws {
        let result = try KolvetBinary.run(
            ["batch"] + Self.inputs + ["--format", "html", "--brief", "fixtures/briefs/skincare-launch.json"])
        let page = result.stdout
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("http://") && !page.contains("https://"))
        #expect(!page.contains("src=") && !page.contains("<link"))
        // Follower history with the two unexplained spikes circled in red.
        #expect(page.components(separatedBy: "fill=\"none\" stroke=\"#c53030\"").count - 1 == 2)
    }

    @Test("from a MediaCrawler export folder to a ranked report, through a pipe")
    func mediaCrawlerPipeline() throws {
        let imported = try KolvetBinary.run(["import", "mediacrawler", "fixtures/mediacrawler"])
        #expect(imported.status == 0)
        #expect(imported.stdout.split(separator: "\n").count == 3)
        #expect(imported.stderr.contains("imported 3 creators from 5 files"))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kolvet-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = try KolvetBinary.run([
            "import", "mediacrawler", "fixtures/mediacrawler", "--output", directory.path,
        ])
        #expect(written.status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
                "5f1a0001.json", "5f1a0002.json", "c9d8e7f6.json",
            ])
        let batch = try KolvetBinary.run(["batch", directory.path, "--format", "jsonl"])
        #expect(batch.stdout.split(separator: "\n").count == 3)
    }

    @Test("a 2026 export joined to the MCN's GB18030 sheet: every creator written and scored, the unjoined named")
    func mediaCrawler2026Pipeline() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kolvet-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = try KolvetBinary.run([
            "import", "mediacrawler", "fixtures/mediacrawler-2026/search_contents_2026-11-25.jsonl",
            "fixtures/mediacrawler-2026/search_comments_2026-11-25.jsonl", "--shortlist",
            "fixtures/mediacrawler-2026/shortlist-gb18030.csv", "--output", directory.path,
        ])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("imported 25 creators"))
        #expect(written.stderr.contains("2 creators matched no shortlist row"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 25)
        // Without the sheet every author is still imported; the two without a follower count are scored, not errors.
        let bare = try KolvetBinary.run([
            "import", "mediacrawler", "fixtures/mediacrawler-2026/search_contents_2026-11-25.jsonl",
            "fixtures/mediacrawler-2026/search_comments_2026-11-25.jsonl",
        ])
        #expect(bare.stdout.split(separator: "\n").count == 24)
        let batch = try KolvetBinary.run([
            "batch", directory.path, "--format", "csv", "--csv-bom", "false", "--now", "2026-11-25",
        ])
        let rows = batch.stdout.split(whereSeparator: \.isNewline).dropFirst()  // CSV rows end in CRLF
        #expect(rows.count == 25)
        #expect(!rows.contains { $0.contains(",error,") })
    }

    @Test("Pugongying responses to dossiers to a report that shows the platform's figures")
    func pugongyingPipeline() throws {
        let imported = try KolvetBinary.run([
            "import", "pugongying", "fixtures/pugongying/creator-a.json", "fixtures/pugongying/b",
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("imported 2 creators"))
        let lines = imported.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("\"platform\":{") && $0.contains("\"source\":\"pugongying\"") })
        let unknown = try KolvetBinary.run(["import", "xhs-downloader", "x"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("expected mediacrawler or pugongying"))
    }

    @Test("the same creators from the UTF-8 and the GB18030 copy of a sheet: warned once each, counted once")
    func repeatedCreators() throws {
        let common = ["--format", "table", "--now", "2026-11-27"]
        let one = try KolvetBinary.run(["batch", "fixtures/shortlists/shortlist-utf8.csv"] + common)
        let both = try KolvetBinary.run(
            ["batch", "fixtures/shortlists/shortlist-utf8.csv", "fixtures/shortlists/shortlist-gb18030.csv"] + common)
        // 23 rows each, one of them unreadable (no id): 22 creators repeat.
        #expect(
            both.stderr.components(separatedBy: "also appears at fixtures/shortlists/shortlist-utf8.csv").count - 1
                == 22)
        func portfolio(_ text: String) -> [Substring] {
            text.split(separator: "\n").filter { $0.hasPrefix("tier mix") || $0.hasPrefix("MCN 星芒MCN") }
        }
        #expect(portfolio(both.stdout) == portfolio(one.stdout))
        #expect(portfolio(one.stdout).count == 2)
    }

    @Test("--shard i/n: every record in exactly one shard; the shards' lines together are the whole run's")
    func shards() throws {
        let inputs = [
            "fixtures/dossiers", "fixtures/comments", "fixtures/shortlists/shortlist-utf8.csv", "fixtures/bad",
        ]
        let common = ["--format", "jsonl", "--now", "2026-11-27"]
        let whole = try KolvetBinary.run(["batch"] + inputs + common).stdout.split(separator: "\n")
        #expect(whole.count >= 20)
        var union: [Substring] = []
        var sizes: [Int] = []
        for index in 0..<3 {
            let part = try KolvetBinary.run(["batch"] + inputs + common + ["--shard", "\(index)/3"])
            let lines = part.stdout.split(separator: "\n")
            sizes.append(lines.count)
            union += lines
        }
        #expect(sizes.allSatisfy { $0 < whole.count })
        #expect(sizes.reduce(0, +) == whole.count)
        func index(_ line: Substring) -> Int {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["index"] as? Int ?? -1
        }
        #expect(union.sorted { index($0) < index($1) } == whole)
        // From the array job's environment; a bad value is a usage error, never a silent empty run.
        let auto = try KolvetBinary.run(
            ["batch"] + inputs + common + ["--shard", "auto"],
            environment: ["AWS_BATCH_JOB_ARRAY_INDEX": "1", "AWS_BATCH_JOB_ARRAY_SIZE": "3"])
        #expect(auto.stdout.split(separator: "\n").count == sizes[1])
        for bad in ["3/3", "1", "a/2", "0/0", "auto"] {
            let result = try KolvetBinary.run(["batch"] + inputs + common + ["--shard", bad])
            #expect(result.status == 64, "\(bad)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test(
        "the same input gives byte-identical output in every format, run after run",
        arguments: ["table", "jsonl", "json", "csv", "markdown", "html"])
    func deterministic(_ format: String) throws {
        // Separate processes: Swift seeds each process's hashing differently, so Dictionary order would show.
        let arguments = [
            "batch", "fixtures/dossiers", "fixtures/comments", "fixtures/shortlists/shortlist-utf8.csv",
            "--brief", "fixtures/briefs/skincare-launch.json", "--now", "2026-11-27", "--format", format,
        ]
        let first = try KolvetBinary.run(arguments)
        let second = try KolvetBinary.run(arguments)
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
        #expect(first.stderr == second.stderr)
    }

    @Test("one thread or two give the same bytes, in input order")
    func workers() throws {
        let arguments = ["batch", "fixtures/dossiers", "fixtures/comments", "--format", "jsonl", "--now", "2026-11-27"]
        let one = try KolvetBinary.run(arguments + ["--jobs", "1"])
        let two = try KolvetBinary.run(arguments + ["--jobs", "2"])
        #expect(one.status == two.status)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == two.stdout)
        #expect(try KolvetBinary.run(arguments + ["--jobs", "0"]).status == 64)
    }

    @Test("usage errors")
    func usage() throws {
        #expect(try KolvetBinary.run(["batch"]).status == 64)
        #expect(try KolvetBinary.run(["batch", "fixtures/dossiers", "--format", "pdf"]).status == 64)
        #expect(try KolvetBinary.run(["import", "somethingelse", "x"]).status == 64)
        let missing = try KolvetBinary.run(["batch", "no/such/dir", "--format", "jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("no such file or directory"))
    }
}

@Suite("Interrupted runs")
struct InterruptedRunTests {
    @Test(
        "an interrupted batch leaves neither a half-written report nor its temporary file",
        arguments: [SIGINT, SIGTERM])
    func interrupted(_ signal: Int32) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kolvet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = directory.appendingPathComponent("report.jsonl").path
        let process = Process()
        process.executableURL = KolvetBinary.url
        process.arguments = ["batch", "-", "--format", "jsonl", "--output", report]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Some records, then the input stays open: kolvet is mid-run, its report partly written.
        let line = try String(contentsOf: TestSupport.fixtureURL("dossiers/koc-home.json"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: "")
        input.fileHandleForWriting.write(Data(String(repeating: line + "\n", count: 50).utf8))
        var waited = 0
        while waited < 100, (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.isEmpty ?? true {
            usleep(20_000)
            waited += 1
        }
        usleep(200_000)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == (signal == SIGINT ? 130 : 143))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        try? input.fileHandleForWriting.close()
    }
}
