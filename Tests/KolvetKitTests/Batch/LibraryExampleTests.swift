import Foundation
import KolvetKit
import Testing

/// The README's library section, run: one creator through `Vetter`, and a batch through `BatchRunner`,
/// `BatchAccumulator` and a renderer.
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
