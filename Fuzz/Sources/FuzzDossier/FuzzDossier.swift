import Foundation
import KolvetKit

/// The dossier path end to end: JSON parser, decoder, every signal, both report formats. And a differential
/// check: the fast decoder must read exactly what the exact one reads, dossier and diagnostics, or the run traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let now = Date(timeIntervalSince1970: 1_795_708_800)
    var fast = DossierDecoder(now: now)
    fast.usesFastPath = true
    var exact = DossierDecoder(now: now)
    exact.usesFastPath = false
    let left = fast.decode(bytes, file: "fuzz.json")
    let right = exact.decode(bytes, file: "fuzz.json")
    precondition(left.dossier == right.dossier, "the fast and the exact decoder read different dossiers")
    precondition(
        left.diagnostics.map(\.description) == right.diagnostics.map(\.description),
        "the fast and the exact decoder give different diagnostics")
    let outcome = Vetter(now: now).vet(bytes, file: "fuzz.json")
    if let report = outcome.report {
        for renderer in ReportFormats.all { _ = renderer.render(report, options: RenderOptions(useColor: true)) }
    }
    return 0
}
