import Foundation
import KolvetKit
import Testing

/// Every file in fixtures/bad gives exactly the diagnostics fixtures/bad/expected.json names (written by hand:
/// scripts/make_bad_expectations.py), never a crash.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    static let expected: [String: [String]] = {
        guard let data = try? Data(contentsOf: TestSupport.fixtureURL("bad/expected.json")),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: [String]]
        else { return [:] }
        return object
    }()

    static let now = TestSupport.now

    /// The diagnostics a file gives when read as kolvet reads it: dossiers through `kolvet vet`'s path, JSON
    /// Lines and shortlists through `kolvet batch`'s.
    static func diagnostics(of name: String) throws -> (diagnostics: [String], scored: Int, records: Int) {
        let bytes = try TestSupport.fixtureBytes("bad/\(name)")
        guard let kind = BatchReader.Kind(fileName: name) else { return ([], 0, 0) }
        if kind == .dossier {
            let outcome = Vetter(now: now).vet(bytes, file: name)
            return (outcome.diagnostics.map(\.description), outcome.report == nil ? 0 : 1, 1)
        }
        // The pipeline `kolvet batch` runs, one thread, no renderer: every diagnostic it delivers, in order.
        var diagnostics: [String] = []
        var records: [BatchRecord] = []
        let runner = BatchRunner(configuration: Configuration(), brief: nil, gate: PipelineGate(), now: now)
        var pipeline = BatchPipeline(runner: runner, workers: 1, renderer: nil) { delivery in
            diagnostics += delivery.diagnostics
            records += delivery.entries.map(\.record)
        }
        pipeline.vet(bytes, file: name, kind: kind)
        return (diagnostics, records.filter { $0.dossier != nil }.count, records.count)
    }

    @Test("the corpus has at least 40 files, each with its expected diagnostics")
    func corpusIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.fixtureURL("bad").path)
            .filter { $0 != "expected.json" }
        #expect(files.count >= 40)
        #expect(Set(files) == Set(Self.expected.keys))
    }

    @Test("each bad input gives its exact diagnostics", arguments: expected.keys.sorted())
    func exactDiagnostics(_ name: String) throws {
        let result = try Self.diagnostics(of: name)
        #expect(result.diagnostics == Self.expected[name])
    }

    @Test("errors keep a creator from being scored; warnings do not")
    func errorsAndWarnings() throws {
        for (name, lines) in Self.expected {
            let result = try Self.diagnostics(of: name)
            let hasError = lines.contains { $0.contains(": error: ") }
            if name.hasSuffix(".json") {
                #expect(result.scored == (hasError ? 0 : 1), "\(name)")
            }
        }
        // mixed-lines.jsonl: lines 1 and 5 are good and scored; 2 and 3 are errors.
        let mixed = try Self.diagnostics(of: "mixed-lines.jsonl")
        #expect(mixed.records == 4)
        #expect(mixed.scored == 2)
    }

    @Test("a batch over the whole corpus and a good creator reports every file, and scores the good one")
    func batchLosesNothing() throws {
        let result = try KolvetBinary.run(
            [
                "batch", "fixtures/bad", "fixtures/dossiers/healthy-mid-beauty.json", "--format", "jsonl", "--now",
                "2026-11-27",
            ])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n")
        let sources = Set(
            lines.compactMap { line -> String? in
                guard case .object(let object)? = try? JSONParser().parse(String(line)),
                    case .string(let source)? = object["source"]
                else { return nil }
                // file, file:line or file[index]
                return String(source.split(separator: ":").first?.split(separator: "[").first ?? "")
            })
        let corpus = Set(Self.expected.keys.map { "fixtures/bad/\($0)" })
        #expect(corpus.isSubset(of: sources))
        #expect(lines.contains { $0.contains("healthy-mid-beauty.json") && $0.contains("\"verdict\":\"pass\"") })
    }
}
