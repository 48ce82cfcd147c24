import Foundation
import KolvetKit
import Testing

/// Runs the built `kolvet` binary and checks stdout, stderr and the exit status.
enum KolvetBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `kolvet` executable next to the test bundle in the build folder.
    static var url: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("kolvet")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("kolvet")
    }

    /// Runs kolvet with `arguments`; `input`, when given, is its standard input.
    static func run(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.packageRoot
        var env = ProcessInfo.processInfo.environment
        // The page's language follows the locale: tests run in English unless they say otherwise.
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = ""
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let feed = input.map { _ in Pipe() }
        if let feed { process.standardInput = feed }
        try process.run()
        if let feed, let input {
            // Written on another thread, so that a child filling its stdout pipe cannot deadlock the write.
            let writer = Thread {
                feed.fileHandleForWriting.write(input)
                try? feed.fileHandleForWriting.close()
            }
            writer.start()
        }
        // Drain standard error on another thread: a child blocked on a full stderr pipe would never close stdout.
        let errorData = ErrorBuffer()
        let drain = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        drain.start()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = errorData.wait()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Standard error collected on another thread.
final class ErrorBuffer: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
        condition.lock()
        data = value
        condition.signal()
        condition.unlock()
    }

    func wait() -> Data {
        condition.lock()
        defer { condition.unlock() }
        while data == nil { condition.wait() }
        return data ?? Data()
    }
}

@Suite("kolvet on the command line")
struct CommandLineTests {
    @Test("vet a healthy creator: text report, exit 0")
    func vetHealthy() throws {
        let result = try KolvetBinary.run(["vet", "fixtures/dossiers/healthy-mid-beauty.json", "--now", "2026-11-27"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("verdict PASS"))
        #expect(result.stdout.contains("engagement.rate"))
        #expect(!result.stdout.contains("\u{1B}["))  // a pipe is not a terminal
        #expect(result.stderr.isEmpty)
    }

    @Test("JSON output parses and names the verdict")
    func vetJSON() throws {
        let result = try KolvetBinary.run(["vet", "fixtures/dossiers/inflated-followers.json", "--format", "json"])
        #expect(result.status == 1)
        guard case .object(let object) = try JSONParser().parse(result.stdout) else {
            Issue.record("not JSON")
            return
        }
        #expect(object["verdict"] == .string("reject"))
    }

    @Test("--fail-under gates a pipeline")
    func failUnder() throws {
        let koc = "fixtures/dossiers/koc-home.json"
        #expect(try KolvetBinary.run(["vet", koc, "--fail-under", "90"]).status == 0)
        // With collects per like 0.46 below a warn line of 0.5, the KOC scores (11 − 0.5) / 11 = 95.45 over its
        // 11 known weight (ScorerTests).
        let strict = ["--config", "fixtures/config/strict-collects.json"]
        #expect(try KolvetBinary.run(["vet", koc, "--fail-under", "95"] + strict).status == 0)
        #expect(try KolvetBinary.run(["vet", koc, "--fail-under", "96"] + strict).status == 1)
        #expect(try KolvetBinary.run(["vet", koc, "--fail-under", "100.5"]).status == 64)
        let bought = try KolvetBinary.run(["vet", "fixtures/dossiers/bought-likes.json", "--fail-under", "50"])
        #expect(bought.status == 1)  // rejected even though 70 ≥ 50
    }

    @Test("bad input: diagnostics with file and path on stderr, exit 2, nothing on stdout")
    func badInput() throws {
        let result = try KolvetBinary.run(["vet", "fixtures/bad/bad-counts.json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains("fixtures/bad/bad-counts.json: error: at notes[1].likes: a count cannot be negative")
        )
        let missing = try KolvetBinary.run(["vet", "fixtures/dossiers/no-such-file.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("fixtures/dossiers/no-such-file.json: error: cannot read the file"))
    }

    @Test("usage errors exit 64 with the usage line and a pointer to --help")
    func usage() throws {
        for arguments in [
            ["vet"], ["vet", "a.json", "--format", "pdf"], ["vet", "a.json", "--bogus"], ["frobnicate"],
        ] {
            let result = try KolvetBinary.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("See 'kolvet --help'"), "\(arguments)")
        }
    }

    @Test("every subcommand has its help, by --help and by 'kolvet help'; an unknown topic is a usage error")
    func subcommandHelp() throws {
        for command in ["vet", "batch", "import", "config"] {
            for arguments in [[command, "--help"], ["help", command]] {
                let result = try KolvetBinary.run(arguments)
                #expect(result.status == 0, "\(arguments)")
                #expect(result.stdout.contains("USAGE: kolvet \(command)"), "\(arguments)")
            }
        }
        #expect(try KolvetBinary.run(["help", "nothing"]).status == 64)
    }

    @Test("provenance: version, the --now moment, and digests of the brief file and of the configuration in force")
    func provenance() throws {
        func provenance(_ extra: [String]) throws -> [String: Any] {
            let result = try KolvetBinary.run(
                ["vet", "fixtures/dossiers/healthy-mid-beauty.json", "--format", "json", "--now", "2026-11-27"] + extra)
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return try #require(object?["provenance"] as? [String: Any])
        }
        let withBrief = try provenance(["--brief", "fixtures/briefs/skincare-launch.json"])
        #expect(withBrief["kolvet_version"] as? String == "0.1.0")
        #expect(withBrief["generated_at"] as? String == "2026-11-27T00:00:00+08:00")
        // `sha256sum fixtures/briefs/skincare-launch.json`
        #expect(
            withBrief["brief_sha256"] as? String == "6284932c6f01626f47c6ef3c568837fbf42a4b37dda75925fa4113efcabcd2d0")
        let plain = try provenance([])
        #expect(plain["brief_sha256"] is NSNull)
        let result = try KolvetBinary.run(["vet", "fixtures/dossiers/healthy-mid-beauty.json", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["provenance"] as? [String: Any])?["generated_at"] is NSNull)  // no --now, no clock
        #expect(plain["configuration_sha256"] as? String == withBrief["configuration_sha256"] as? String)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kolvet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("c.json")
        try Data(#"{"recent_notes": 12}"#.utf8).write(to: config)
        let changed = try provenance(["--config", config.path])
        #expect(changed["configuration_sha256"] as? String != plain["configuration_sha256"] as? String)
    }

    @Test("vet --format html and markdown: the batch page with this one creator; a bad dossier writes no page")
    func vetPages() throws {
        let html = try KolvetBinary.run(
            ["vet", "fixtures/dossiers/healthy-mid-beauty.json", "--format", "html", "--now", "2026-11-27"])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<section id=\"c0\"><h2>Mia 美妆日记</h2>"))
        #expect(html.stdout.hasSuffix("</body></html>\n"))
        let markdown = try KolvetBinary.run(
            ["vet", "fixtures/dossiers/healthy-mid-beauty.json", "--format", "markdown", "--now", "2026-11-27"])
        #expect(markdown.stdout.contains("\n## Mia 美妆日记\n"))
        #expect(markdown.stdout.contains("1 creator: 1 pass"))
        let bad = try KolvetBinary.run(["vet", "fixtures/bad/bad-counts.json", "--format", "html"])
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
    }

    @Test("help and version")
    func help() throws {
        let main = try KolvetBinary.run(["--help"])
        #expect(main.status == 0)
        #expect(main.stdout.contains("OVERVIEW:"))
        #expect(main.stdout.contains("USAGE:"))
        let vet = try KolvetBinary.run(["vet", "--help"])
        #expect(vet.stdout.contains("--fail-under"))
        #expect(try KolvetBinary.run(["--version"]).stdout.hasPrefix("kolvet "))
    }

    @Test("kolvet config prints the defaults, which load back as the defaults")
    func configDefaults() throws {
        let result = try KolvetBinary.run(["config"])
        #expect(result.status == 0)
        let loaded = try ConfigurationLoader.load(Array(result.stdout.utf8), file: "defaults.json")
        #expect(loaded.configuration == Configuration())
        #expect(loaded.diagnostics.isEmpty)
        #expect(try KolvetBinary.run(["config", "--bogus"]).status == 64)
    }

    @Test("a configuration file is applied, and its unknown keys are warned about")
    func config() throws {
        let result = try KolvetBinary.run([
            "vet", "fixtures/dossiers/healthy-mid-beauty.json", "--config", "fixtures/config/strict-collects.json",
            "--format", "json",
        ])
        #expect(result.stderr.contains("fixtures/config/strict-collects.json: warning: at colour: unknown key"))
        #expect(result.stdout.contains("\"warn_below\": 0.500000"))
    }
}
