public import Foundation

/// Vets the records of a batch one by one, in input order.
public struct BatchRunner: Sendable {
    public let configuration: Configuration
    public let brief: Brief?
    public let gate: PipelineGate
    public let now: Date
    /// The shard this run keeps; nil keeps every record.
    public var shard: Shard?
    /// Stamped on every report of the run.
    public var provenance: Provenance?
    private let scorer: Scorer

    public init(configuration: Configuration, brief: Brief?, gate: PipelineGate, now: Date) {
        self.configuration = configuration
        self.brief = brief
        self.gate = gate
        self.now = now
        self.scorer = Scorer(configuration: configuration)
    }

    /// Vets one record. The entry keeps of the dossier only what reports read besides the report itself — the
    /// profile and the follower history — so that a batch kept for a non-streaming format does not hold every
    /// creator's notes, comments and follower sample.
    public func run(_ record: BatchRecord, index: Int) -> BatchEntry {
        if let shard, !shard.contains(record) {
            var entry = BatchEntry(index: index, record: record, report: nil, status: .success)
            entry.isOutsideShard = true
            return entry
        }
        let report = record.dossier.map {
            var report = scorer.vet($0, brief: brief, warnings: record.diagnostics, now: now)
            report.provenance = provenance
            return report
        }
        var kept = record
        var commenters: CommenterFootprint?
        if let dossier = record.dossier {
            var slim = Dossier(creator: dossier.creator)
            slim.followerHistory = dossier.followerHistory
            kept.dossier = slim
            commenters = CommenterFootprint(dossier, settings: configuration.rings)
        }
        var entry = BatchEntry(index: index, record: kept, report: report, status: gate.status(of: report))
        entry.commenters = commenters
        return entry
    }
}

extension BatchRunner {
    /// Vets records on `workers` threads; the entries come back in the records' order, indexed from
    /// `firstIndex`.
    public func run(_ records: [BatchRecord], firstIndex: Int, workers: Int) -> [BatchEntry] {
        parallelMap(records.count, workers: workers) { run(records[$0], index: firstIndex + $0) }
    }

    /// Reads, vets and — for a streaming `renderer` — renders JSON Lines lines in one pass on `workers` threads;
    /// blank lines give no entry. Entries and their text come back in line order, indexed from `firstIndex`.
    public func run(
        lines: [(line: Int, bytes: ArraySlice<UInt8>)], file: String, reader: BatchReader, firstIndex: Int,
        workers: Int,
        renderer: (any BatchRenderer)?
    ) -> [(entry: BatchEntry, text: String?)] {
        var indices: [Int?] = []
        indices.reserveCapacity(lines.count)
        var next = firstIndex
        for line in lines {
            if reader.isBlank(line.bytes, line: line.line) {
                indices.append(nil)
            } else {
                indices.append(next)
                next += 1
            }
        }
        let streaming = renderer?.isStreaming == true ? renderer : nil
        let entryIndices = indices
        return parallelMap(lines.count, workers: workers) { position -> (entry: BatchEntry, text: String?)? in
            guard let index = entryIndices[position],
                let record = reader.lineRecord(lines[position].bytes, file: file, line: lines[position].line)
            else { return nil }
            let entry = run(record, index: index)
            return (entry, entry.isOutsideShard ? nil : streaming?.streamed(entry))
        }.compactMap { $0 }
    }
}

extension BatchRenderer {
    /// The streamed text of each entry, rendered on `workers` threads, in the entries' order.
    public func streamed(_ entries: [BatchEntry], workers: Int) -> [String?] {
        parallelMap(entries.count, workers: workers) { streamed(entries[$0]) }
    }
}
