import KolvetKit

/// The MediaCrawler importer: the input is split at 0xFF bytes into up to three files, named as creators,
/// contents and comments exports in JSON Lines, JSON or CSV by the first byte.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let first = bytes.first else { return 0 }
    let extensions = ["jsonl", "json", "csv"]
    let parts = bytes.dropFirst().split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false)
    let kinds = ["creators", "contents", "comments"]
    let files = parts.enumerated().map { index, part in
        (name: "creator_\(kinds[index % 3])_2026.\(extensions[(Int(first) + index) % 3])", bytes: Array(part))
    }
    let result = MediaCrawlerImporter().importFiles(files)
    for dossier in result.dossiers { _ = DossierWriter.line(dossier) }
    return 0
}
