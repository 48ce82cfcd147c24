import Foundation
import KolvetKit
import Testing

/// Inputs on which the fuzzers (docs/fuzzing.md) once crashed kolvet, kept so that they never do again. Each runs
/// through the same path as the fuzz target that found it.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let files: [String] = {
        let directory = TestSupport.fixtureURL("fuzz-regressions").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }()

    @Test("every past crash input is handled", arguments: files)
    func noCrash(_ name: String) throws {
        let bytes = try TestSupport.fixtureBytes("fuzz-regressions/\(name)")
        if name.hasPrefix("results-") {
            // FuzzResults: each line read as a kolvet.result/1 record, then every batch format.
            var accumulator = BatchAccumulator(configuration: Configuration())
            var entries: [BatchEntry] = []
            for line in bytes.split(separator: 0x0A) {
                guard let record = try? BatchResultsReport.decode(line) else { continue }
                _ = accumulator.add(record.entry)
                entries.append(record.entry)
            }
            let batch = accumulator.result(entries: entries, configuration: Configuration())
            for renderer in BatchFormats.all {
                let streamed = entries.compactMap { renderer.streamed($0) }.joined()
                let rest = renderer.hasSections ? renderer.assembled(batch) : renderer.footer(batch)
                #expect(!(renderer.header() + streamed + rest).isEmpty || renderer.isStreaming)
            }
        } else if name.hasSuffix(".csv") {
            let (records, diagnostics) = ShortlistImporter().records(bytes, file: name)
            let runner = BatchRunner(
                configuration: Configuration(), brief: nil, gate: PipelineGate(), now: TestSupport.now)
            let entries = records.enumerated().map { runner.run($1, index: $0) }
            let batch = BatchResult(entries: entries, configuration: Configuration(), fileDiagnostics: diagnostics)
            for renderer in BatchFormats.all {
                let streamed = entries.compactMap { renderer.streamed($0) }.joined()
                #expect(!(streamed + renderer.footer(batch)).isEmpty)
            }
        } else {
            let outcome = Vetter(now: TestSupport.now).vet(bytes, file: name)
            if let report = outcome.report {
                for renderer in ReportFormats.all {
                    _ = renderer.render(report, options: RenderOptions(useColor: true))
                }
            }
            #expect(outcome.report != nil || outcome.diagnostics.containsError)
        }
    }
}
