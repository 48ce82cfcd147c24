/// What a batch gathers across its entries, in input order: the counts, who comments on whom, the creators given
/// twice, and the diagnostics about whole files. `kolvet batch` feeds it as it vets; `kolvet summarize` feeds it the
/// result records of every shard, sorted by index — one implementation, so that both give the same report.
public struct BatchAccumulator: Sendable {
    public private(set) var tally = BatchTally()
    public private(set) var commenters: SharedCommenters
    public private(set) var header = BatchHeader()
    /// Diagnostics about whole files and creators given twice, in input order.
    public private(set) var fileDiagnostics: [Diagnostic] = []
    /// Where each creator id was first seen.
    private var firstSource: [String: String] = [:]

    public init(configuration: Configuration) {
        commenters = SharedCommenters(settings: configuration.rings)
    }

    /// Counts one entry of this run (not one outside the shard) and returns the diagnostics it adds to the run:
    /// the file's own, when the entry is the first of a sheet, and a warning when its creator was seen before.
    public mutating func add(_ entry: BatchEntry) -> [Diagnostic] {
        var added = entry.fileDiagnostics
        if let id = entry.creatorID {
            if let first = firstSource[id] {
                added.append(
                    Diagnostic(
                        .warning, file: entry.record.file, at: entry.record.line.map { .line($0) } ?? .file,
                        "creator \(id) also appears at \(first): both rows are shown, the portfolio counts it once"))
            } else {
                firstSource[id] = entry.record.source
            }
        }
        fileDiagnostics += added
        tally.add(entry)
        commenters.add(entry)
        header.add(entry)
        return added
    }

    /// The finished batch over `entries` (what the run kept of each).
    public func result(entries: [BatchEntry], configuration: Configuration) -> BatchResult {
        BatchResult(
            entries: entries, configuration: configuration, fileDiagnostics: fileDiagnostics, tally: tally,
            commenters: commenters, header: header)
    }
}
