import Foundation
import KolvetKit
import Testing

/// The README's library section, run: one creator through `Vetter`, a batch of files through `BatchPipeline`,
/// and a batch of records through `BatchRunner`, `BatchAccumulator` and a renderer.
@Suite("README: KolvetKit as a library")
struct LibraryExampleTests {
    @Test("one creator: the healthy fixture scores 100 and passes, with every signal of the catalog")
    func one() throws {
        let bytes = try [UInt8](Data(contentsOf: TestSupport.fixtureURL("dossiers/healthy-mid-beauty.json")))
        let outcome = Vetter(now: TestSupport.now).vet(bytes, file: "healthy-mid-beauty.json")
        let report = try #require(outcome.report)
        #expect(report.score == 100)
        #expect(report.verdict == .pass)
        #expect(report.signals.count == SignalCatalog.all.count)
        #expect(SignalCatalog.all.count == 32)  // the README's comment says 32
    }

    @Test("a batch of files: the pipeline vets a JSON Lines file and a dossier, numbered in input order")
    func files() throws {
        let runner = BatchRunner(configuration: Configuration(), brief: nil, gate: PipelineGate(), now: TestSupport.now)
        var kept: [BatchEntry] = []
        var pipeline = BatchPipeline(runner: runner, workers: 2, renderer: nil) { delivery in
            kept += delivery.entries
        }
        let healthy = try TestSupport.fixtureBytes("dossiers/healthy-mid-beauty.json")
        // The dossier on one line, then a blank line: one record.
        let lines = healthy.filter { $0 != 0x0A } + [0x0A, 0x0A]
        pipeline.vet(lines, file: "one.jsonl", kind: .jsonLines)
        pipeline.vet(try TestSupport.fixtureBytes("dossiers/koc-home.json"), file: "koc-home.json", kind: .dossier)
        let result = pipeline.result(entries: kept)
        #expect(result.tally.creators == 2)
        #expect(kept.map(\.index) == [0, 1])
        #expect(kept.map(\.record.source) == ["one.jsonl:1", "koc-home.json"])
    }

    @Test("a batch: runner, accumulator and a renderer give the counts of the records fed")
    func batch() throws {
        let configuration = Configuration()
        let runner = BatchRunner(configuration: configuration, brief: nil, gate: PipelineGate(), now: TestSupport.now)
        var accumulator = BatchAccumulator(configuration: configuration)
        var entries: [BatchEntry] = []
        for (index, name) in ["healthy-mid-beauty.json", "koc-home.json"].enumerated() {
            let dossier = try TestSupport.dossier(name)
            let record = BatchRecord(file: name, dossier: dossier, diagnostics: [])
            let entry = runner.run(record, index: index)
            _ = accumulator.add(entry)
            entries.append(entry)
        }
        let result = accumulator.result(entries: entries, configuration: configuration)
        #expect(result.tally.creators == 2)
        #expect(result.ranked.map(\.index) == [0, 1])  // a pass ranks above a review
        let table = BatchTableReport().footer(result)
        #expect(table.contains("2 creators: "))
    }
}
