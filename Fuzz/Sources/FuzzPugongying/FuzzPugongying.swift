import KolvetKit

/// The Pugongying importer and the shortlist join: the input is split at 0xFF bytes into up to four parts — a
/// kol_info, a kol_note_list and a kol_fans_trend response (or, when the first byte is odd, one bundle made of the
/// first part), and a shortlist CSV joined to what was imported.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let first = bytes.first else { return 0 }
    let parts = bytes.dropFirst().split(separator: 0xFF, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
    let names = ["kol_info_5d21ab6b000000001201aaaa.json", "kol_note_list_x.json", "kol_fans_trend_x.json"]
    let files =
        first % 2 == 1
        ? [(name: "bundle.json", bytes: parts[0])]
        : parts.prefix(3).enumerated().map { index, part in (name: "kol/\(names[index])", bytes: part) }
    let result = PugongyingImporter().importFiles(files)
    for dossier in result.dossiers { _ = DossierWriter.line(dossier) }
    if parts.count == 4 {
        let rows = ShortlistImporter().records(parts[3], file: "s.csv")
        let joined = ShortlistJoin.join(
            export: result.dossiers, shortlist: rows.records, exportName: "kol",
            alternateIDs: result.redIDs.mapValues { [$0] })
        for dossier in joined.dossiers {
            _ = Scorer(configuration: Configuration()).vet(dossier, now: .init(timeIntervalSince1970: 1_795_536_000))
        }
    }
    return 0
}
