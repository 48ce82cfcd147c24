import Foundation
import KolvetKit

/// The dossier path end to end: JSON parser, decoder, every signal, both report formats.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let outcome = Vetter(now: Date(timeIntervalSince1970: 1_795_708_800)).vet(bytes, file: "fuzz.json")
    if let report = outcome.report {
        for renderer in ReportFormats.all { _ = renderer.render(report, options: RenderOptions(useColor: true)) }
    }
    return 0
}
