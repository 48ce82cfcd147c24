/// What a batch gathers across its entries, in input order: the counts, who comments on whom, the creators given
/// twice, and the diagnostics about whole files. `kolvet batch` feeds it as it vets; `kolvet summarize` feeds it the
/// result records of every shard, sorted by index — one implementation, so that both give the same report.
public struct BatchAccumulator: Sendable {
    public private(set) var tally = BatchTally()
    public private(set) var commenters: SharedCommenters
    public private(set) var header = BatchHeader()
    /// Diagnostics about whole files and creators given twice, in input order.
    public private(set) var fileDiagnostics: [Diagnostic] = []
    /// Where each creator id was first seen, by a 64-bit FNV-1a hash of the id (two of a million ids colliding: about
    /// one chance in 37 million, n²/2⁶⁵): the position in `files` and the line (-1 for none). A few bytes per
    /// creator, so that a stream of any length keeps little per creator.
    private var firstSource: [UInt64: (file: Int32, line: Int)] = [:]
    /// The distinct file names of the records seen (a dossier array's element is `file[i]`).
    private var files: [String] = []
    private var fileNumbers: [String: Int32] = [:]

    public init(configuration: Configuration) {
        commenters = SharedCommenters(settings: configuration.rings)
    }

    /// Counts one entry of this run (not one outside the shard) and returns the diagnostics it adds to the run:
    /// the file's own, when the entry is the first of a sheet, and a warning when its creator was seen before.
    public mutating func add(_ entry: BatchEntry) -> [Diagnostic] {
        var added = entry.fileDiagnostics
        if let id = entry.creatorID {
            let key = DossierFileName.fnv1a(id)
            if let first = firstSource[key] {
                let file = files[Int(first.file)]
                let source = first.line < 0 ? file : "\(file):\(first.line)"
                added.append(
                    Diagnostic(
                        .warning, file: entry.record.file, at: entry.record.line.map { .line($0) } ?? .file,
                        "creator \(id) also appears at \(source): both rows are shown, the portfolio counts it once"))
            } else {
                firstSource[key] = (fileNumber(entry.record.file), entry.record.line ?? -1)
            }
        }
        fileDiagnostics += added
        tally.add(entry)
        commenters.add(entry)
        header.add(entry)
        return added
    }

    private mutating func fileNumber(_ file: String) -> Int32 {
        if let known = fileNumbers[file] { return known }
        let number = Int32(clamping: files.count)
        files.append(file)
        fileNumbers[file] = number
        return number
    }

    /// The finished batch over `entries` (what the run kept of each).
    public func result(entries: [BatchEntry], configuration: Configuration) -> BatchResult {
        BatchResult(
            entries: entries, configuration: configuration, fileDiagnostics: fileDiagnostics, tally: tally,
            commenters: commenters, header: header)
    }
}
