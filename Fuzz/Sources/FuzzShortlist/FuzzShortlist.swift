import Foundation
import KolvetKit

/// Shortlist spreadsheets: encoding detection, the CSV reader, column mapping, then vetting each row and
/// rendering the batch in every format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let (records, diagnostics) = ShortlistImporter().records(bytes, file: "fuzz.csv")
    let runner = BatchRunner(
        configuration: Configuration(), brief: nil, gate: PipelineGate(),
        now: Date(timeIntervalSince1970: 1_795_708_800))
    let entries = records.enumerated().map { runner.run($1, index: $0) }
    let batch = BatchResult(entries: entries, configuration: Configuration(), fileDiagnostics: diagnostics)
    for renderer in BatchFormats.all {
        for entry in entries { _ = renderer.streamed(entry) }
        _ = renderer.footer(batch)
    }
    return 0
}
