import Foundation
import KolvetKit
import Testing

/// Regression tests for the data-loss and crash defects: each failed on the code before the fix.
@Suite("No path loses data or crashes")
struct NoLossTests {
    /// A fresh temporary directory.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kolvet-noloss-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let dossier = "fixtures/dossiers/koc-home.json"

    @Test("--output onto a directory is refused with exit 64 and the directory is untouched")
    func outputDirectory() throws {
        let folder = try Self.scratch()
        let kept = folder.appendingPathComponent("keep.txt")
        try Data("keep".utf8).write(to: kept)
        let result = try KolvetBinary.run(["batch", Self.dossier, "--output", folder.path, "--format", "json"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("it is a directory"))
        #expect(try String(contentsOf: kept, encoding: .utf8) == "keep")
    }

    @Test("--output onto one of the inputs is refused and the input is untouched")
    func outputOntoInput() throws {
        let folder = try Self.scratch()
        let input = folder.appendingPathComponent("creator.json")
        try FileManager.default.copyItem(
            at: TestSupport.packageRoot.appendingPathComponent(Self.dossier), to: input)
        let before = try Data(contentsOf: input)
        let result = try KolvetBinary.run(["batch", folder.path, "--output", input.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("one of the inputs"))
        #expect(try Data(contentsOf: input) == before)
    }

    @Test("--output replaces a file in one rename and leaves no temporary file")
    func outputReplaces() throws {
        let folder = try Self.scratch()
        let report = folder.appendingPathComponent("report.json")
        try Data("old".utf8).write(to: report)
        let result = try KolvetBinary.run(["batch", Self.dossier, "--output", report.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test("a write error is a diagnostic and exit 2, not a trap")
    func fullDisk() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let process = Process()
        process.executableURL = KolvetBinary.url
        process.arguments = ["vet", Self.dossier]
        process.currentDirectoryURL = TestSupport.packageRoot
        process.standardOutput = handle
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2)
        #expect(stderr.contains("cannot write the output: no space left on device"))
    }

    @Test("a JSON Lines line longer than the limit is an error row and every later line is still read")
    func longLine() throws {
        let folder = try Self.scratch()
        let line = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent(Self.dossier), encoding: .utf8
        ).replacingOccurrences(of: "\n", with: " ")
        let long = "{\"pad\": \"" + String(repeating: "x", count: 20_000) + "\"}"
        let file = folder.appendingPathComponent("creators.jsonl")
        try Data((line + "\n" + long + "\n" + line + "\n").utf8).write(to: file)
        let config = folder.appendingPathComponent("config.json")
        try Data(#"{"limits": {"maximum_file_bytes": 10000}}"#.utf8).write(to: config)
        let result = try KolvetBinary.run(["batch", file.path, "--config", config.path, "--format", "jsonl"])
        #expect(result.status == 2)
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.count == 3)  // line 1, the error row of line 2, line 3
        #expect(result.stderr.contains("creators.jsonl:2: error: the line is 20011 bytes"))
    }

    @Test("a .json file holding [] is an error row, not silence")
    func emptyArray() throws {
        let folder = try Self.scratch()
        let file = folder.appendingPathComponent("none.json")
        try Data("[]".utf8).write(to: file)
        let result = try KolvetBinary.run(["batch", file.path, "--format", "csv"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("empty array"))
    }

    @Test("a FIFO in a batch folder is reported and skipped, never opened")
    func fifo() throws {
        let folder = try Self.scratch()
        try FileManager.default.copyItem(
            at: TestSupport.packageRoot.appendingPathComponent(Self.dossier),
            to: folder.appendingPathComponent("a.json"))
        #expect(mkfifo(folder.appendingPathComponent("b.jsonl").path, 0o600) == 0)
        let result = try KolvetBinary.run(["batch", folder.path, "--format", "jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a regular file"))
        #expect(result.stdout.split(separator: "\n").count == 2)
    }

    @Test(
        "numeric settings out of range are errors naming the key",
        arguments: [
            (#"{"cost": {"platform_fee_rate": 1e308}}"#, "cost.platform_fee_rate"),
            (#"{"limits": {"maximum_nesting": 100000}}"#, "limits.maximum_nesting"),
            (#"{"limits": {"maximum_file_bytes": -5}}"#, "limits.maximum_file_bytes"),
            (#"{"followers": {"rule": {"idle_notes_below": -1}}}"#, "followers.rule.idle_notes_below"),
        ])
    func ranges(_ json: String, _ key: String) {
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.load(Array(json.utf8), file: "c.json") }
        do {
            _ = try ConfigurationLoader.load(Array(json.utf8), file: "c.json")
        } catch {
            #expect(error.description.contains("at \(key): "))
            #expect(error.description.contains("out of range"))
        }
    }

    @Test("brief weights that sum to infinity are refused")
    func briefWeights() {
        let json = #"{"format": "kolvet.brief/1", "weights": {"gender": 1e308, "age": 1e308}}"#
        let decoding = BriefDecoder(defaultWeight: 1).decode(Array(json.utf8), file: "b.json")
        #expect(decoding.brief == nil)
        #expect(decoding.diagnostics.contains { $0.description.contains("weights.gender") })
    }

    @Test("diagnostics show control characters and direction overrides escaped, and long values elided")
    func escaping() {
        let hostile = "a\u{1B}]8;;http://x\u{07}b\u{202E}c"
        let diagnostic = Diagnostic(.error, file: "f\u{1B}.json", at: .file, "bad value \(hostile)")
        #expect(diagnostic.description == "f\\u{1B}.json: error: bad value a\\u{1B}]8;;http://x\\u{7}b\\u{202E}c")
        let long = String(repeating: "9", count: 50_000)
        let elided = Diagnostic(.error, file: "f.json", at: .file, long).message
        // 200 leading and 50 trailing characters around "…[50000 characters]…".
        #expect(
            elided == String(repeating: "9", count: 200) + "…[50000 characters]…" + String(repeating: "9", count: 50))
    }

    @Test("dossier file names are unique, bounded, safe and reversible")
    func fileNames() {
        let ids = ["a/b", "a:b", "a b", "A", "a", "小红书", "..", "5f3a2b", String(repeating: "长", count: 300)]
        let names = ids.map(DossierFileName.name(forCreatorID:))
        #expect(Set(names.map { $0.lowercased() }).count == ids.count)  // unique even ignoring case
        for name in names {
            #expect(name.utf8.count <= 255)
            #expect(!name.contains("/") && !name.contains(":") && !name.contains(" ") && !name.hasPrefix("."))
        }
        #expect(names[7] == "5f3a2b.json")
        #expect(names[0] == "a%2Fb.json")
        for (id, name) in zip(ids.dropLast(), names.dropLast()) {
            #expect(DossierFileName.decodedID(fromFileName: name) == id)
        }
        #expect(names.last?.contains("~") == true)
    }

    @Test("import: kinds from the base name, CRLF lines, colliding ids kept apart")
    func importer() throws {
        let folder = try Self.scratch().appendingPathComponent("comments-archive")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let creators =
            #"{"user_id": "a/b", "fans": "1000", "nickname": "x"}"# + "\r\n"
            + #"{"user_id": "a:b", "fans": "2000", "nickname": "y"}"# + "\r\n"
        try Data(creators.utf8).write(to: folder.appendingPathComponent("creator_creators_2025-01-01.jsonl"))
        let notes =
            #"{"note_id": "n1", "user_id": "a/b", "liked_count": "10", "time": 1700000000000}"# + "\r\n"
            + #"{"note_id": "n2", "user_id": "a:b", "liked_count": "20", "time": 1700000000000}"# + "\r\n"
        try Data(notes.utf8).write(to: folder.appendingPathComponent("creator_contents_2025-01-01.jsonl"))
        let out = folder.deletingLastPathComponent().appendingPathComponent("out")
        let result = try KolvetBinary.run(["import", "mediacrawler", folder.path, "--output", out.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("imported 2 creators"))
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["a%2Fb.json", "a%3Ab.json"])
    }
}

@Suite("CSV cells for spreadsheets")
struct CSVCellTests {
    @Test("CSV starts with a UTF-8 byte-order mark for Excel, unless --csv-bom false")
    func byteOrderMark() throws {
        let excel = try KolvetBinary.run(["batch", NoLossTests.dossier, "--format", "csv"])
        #expect(excel.stdout.unicodeScalars.first == "\u{FEFF}")
        let pipeline = try KolvetBinary.run(["batch", NoLossTests.dossier, "--format", "csv", "--csv-bom", "false"])
        #expect(pipeline.stdout.hasPrefix("index,source,"))
        let wrong = try KolvetBinary.run(["batch", NoLossTests.dossier, "--format", "csv", "--csv-bom", "maybe"])
        #expect(wrong.status == 64)
    }

    @Test(
        "formulas are neutralised behind white space and in full-width forms; control characters are shown",
        arguments: [
            ("  =1+1", "'  =1+1"),
            ("\u{3000}+cmd", "'\u{3000}+cmd"),
            ("＝HYPERLINK(\"x\")", "\"'＝HYPERLINK(\"\"x\"\")\""),
            ("＠SUM(A1)", "'＠SUM(A1)"),
            ("－1", "'－1"),
            ("a\u{1B}[31mb\u{07}", "a\\u{1B}[31mb\\u{7}"),
            ("露露穿搭笔记", "露露穿搭笔记"),
            ("1 = 1", "1 = 1"),
        ])
    func neutralised(_ text: String, _ expected: String) {
        #expect(BatchCSVReport.cell(text) == expected)
    }
}

@Suite("Clear causes in messages")
struct MessageTests {
    @Test("a symbolic-link loop, a directory and an empty path name their cause")
    func causes() throws {
        let folder = try NoLossTests.scratch()
        let loop = folder.appendingPathComponent("loop.json")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        let looped = try KolvetBinary.run(["vet", loop.path])
        #expect(looped.status == 2)
        #expect(looped.stderr.contains("too many levels of symbolic links"))
        let directory = try KolvetBinary.run(["vet", folder.path])
        #expect(directory.stderr.contains("it is a directory"))
        let empty = try KolvetBinary.run(["batch", "", "--format", "jsonl"])
        #expect(empty.stderr.hasPrefix("\"\": error: an empty path was given"))
        #expect(!empty.stderr.contains("<stdin>"))
    }

    @Test("a negative fans count says why the follower count is unknown; the creator is still imported")
    func negativeFans() {
        let file = #"[{"user_id": "u1", "fans": "-5"}]"#
        let result = MediaCrawlerImporter().importFiles([("creator_creators_1.json", Array(file.utf8))])
        #expect(result.dossiers.map(\.creator.id) == ["u1"])
        #expect(result.dossiers.first?.creator.followers == nil)
        let text = result.diagnostics.map(\.description).joined(separator: "\n")
        #expect(text.contains("negative"))
        #expect(text.contains("has no usable fans count"))
    }

    @Test("a count that underflows to 0 is not taken as 0")
    func underflow() {
        #expect(throws: FieldError.self) { try CountParser.parse(.number("1e-400")) }
        #expect((try? CountParser.parse(.number("0e5")))?.value == 0)
    }

    @Test("Markdown defangs bare URLs so GitHub cannot autolink them")
    func markdownLinks() {
        #expect(
            BatchMarkdownReport.escape("see https://x.cn and WWW.y.com") == "see https\\[:\\]//x.cn and WWW\\[.\\]y.com"
        )
    }
}

@Suite("Dates beyond the documented bound")
struct DateBoundTests {
    @Test("ISO dates from the year 3000 on are refused like epoch numbers")
    func year3000() {
        #expect((try? TimestampParser.parse(.string("2999-12-31"))) != nil)
        #expect(throws: FieldError("timestamp \"9999-01-01\" is beyond the year 3000")) {
            try TimestampParser.parse(.string("9999-01-01"))
        }
    }
}

@Suite("No path loses data: more cases")
struct MoreNoLossTests {
    static let dossier = NoLossTests.dossier

    @Test("a closed pipe with SIGPIPE ignored is exit 2 with a diagnostic, not a trap")
    func closedPipe() throws {
        let command =
            "trap '' PIPE; '\(KolvetBinary.url.path)' batch fixtures/dossiers fixtures/dossiers fixtures/dossiers "
            + "--format json 2>err.txt | head -c 1 >/dev/null; echo ${PIPESTATUS[0]}; cat err.txt; rm err.txt"
        let folder = try NoLossTests.scratch()
        try FileManager.default.copyItem(
            at: TestSupport.packageRoot.appendingPathComponent("fixtures"),
            to: folder.appendingPathComponent("fixtures"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.hasPrefix("2\n"))
        #expect(text.contains("cannot write the output: broken pipe"))
    }

    @Test("four runs writing one --output at once all succeed and leave one whole report")
    func concurrentOutput() throws {
        let folder = try NoLossTests.scratch()
        let report = folder.appendingPathComponent("report.json").path
        let processes = try (0..<4).map { _ -> Process in
            let process = Process()
            process.executableURL = KolvetBinary.url
            process.arguments = [
                "batch", "fixtures/dossiers", "--format", "json", "--output", report, "--now", "2026-11-27",
            ]
            process.currentDirectoryURL = TestSupport.packageRoot
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 1 })  // the fixtures hold rejected creators
        let bytes = try Data(contentsOf: URL(fileURLWithPath: report))
        #expect((try? JSONParser().parse(Array(bytes))) != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test("--output into a missing directory, onto a FIFO, or with an over-long name says so, exit 64")
    func outputCauses() throws {
        let folder = try NoLossTests.scratch()
        let missing = try KolvetBinary.run(["batch", Self.dossier, "--output", folder.path + "/no/such/r.json"])
        #expect(missing.status == 64 && missing.stderr.contains("does not exist"))
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let piped = try KolvetBinary.run(["batch", Self.dossier, "--output", fifo])
        #expect(piped.status == 64 && piped.stderr.contains("not a regular file"))
        let long = try KolvetBinary.run([
            "batch", Self.dossier, "--output", folder.path + "/" + String(repeating: "r", count: 300),
        ])
        #expect(long.status == 64 && long.stderr.contains("name too long"))
        #expect(!missing.stderr.contains("permission") && !piped.stderr.contains("permission"))
    }

    @Test("import --output does not remove a directory standing where a dossier would go")
    func importOntoDirectory() throws {
        let folder = try NoLossTests.scratch()
        let export = folder.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: export, withIntermediateDirectories: true)
        let creators = #"{"user_id": "u1", "fans": "1000"}"# + "\n" + #"{"user_id": "u2", "fans": "2000"}"# + "\n"
        try Data(creators.utf8).write(to: export.appendingPathComponent("creator_creators_1.jsonl"))
        let out = folder.appendingPathComponent("out")
        let blocker = out.appendingPathComponent("u1.json")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: blocker.appendingPathComponent("keep.txt"))
        let result = try KolvetBinary.run(["import", "mediacrawler", export.path, "--output", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("it is a directory") && result.stderr.contains("creator u1"))
        #expect(result.stderr.contains("imported 1 creators from 1 files; 1 could not be written"))
        #expect(FileManager.default.fileExists(atPath: blocker.appendingPathComponent("keep.txt").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("u2.json").path))
    }

    @Test("an array over maximum_records_per_file reads the first N, then one error record")
    func recordsLimit() throws {
        let folder = try NoLossTests.scratch()
        let one = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(Self.dossier), encoding: .utf8)
        try Data(("[" + [one, one, one].joined(separator: ",") + "]").utf8).write(
            to: folder.appendingPathComponent("three.json"))
        try Data(#"{"limits": {"maximum_records_per_file": 2}}"#.utf8).write(to: folder.appendingPathComponent("c.cfg"))
        let result = try KolvetBinary.run([
            "batch", folder.appendingPathComponent("three.json").path, "--config",
            folder.appendingPathComponent("c.cfg").path, "--format", "jsonl",
        ])
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.count == 3)  // two creators and the error record
        #expect(result.stderr.contains("more than 2 records (limits.maximum_records_per_file)"))
    }

    @Test("a value of the wrong kind in a configuration is placed at its key")
    func configWrongKind() {
        let json = #"{"followers": {"rule": {"idle_notes_below": 2.5}}}"#
        do {
            _ = try ConfigurationLoader.load(Array(json.utf8), file: "c.json")
            Issue.record("accepted 2.5 for a whole number")
        } catch {
            #expect(
                error.description
                    == "c.json: error: at followers.rule.idle_notes_below: a value of the wrong kind (e.g. a fraction for a whole number)"
            )
        }
    }
}

@Suite("Import of something that is not an export")
struct NotAnExportTests {
    @Test("a folder of dossiers is one clear error, not a line error per line")
    func dossierFolder() throws {
        let result = try KolvetBinary.run(["import", "mediacrawler", "fixtures/dossiers"])
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("fixtures/dossiers: error: not a MediaCrawler export") == true)
    }
}
