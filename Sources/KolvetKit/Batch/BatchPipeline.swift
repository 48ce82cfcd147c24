import Foundation

/// One batch run from input to delivered text: reads each input a block at a time, vets its records on `workers`
/// threads, numbers them across inputs (and across shards: a record outside the shard still takes its number),
/// and hands every block, in input order, to `deliver`. It owns the rules that make a batch lose nothing: blank
/// lines give no record, a line over `limits.maximum_file_bytes` becomes an error record and the lines after it are
/// read, a file past `limits.maximum_records_per_file` ends with an error record, a file without records is an
/// error (unless it is a part of a larger input), and an unreadable input is an error record. `kolvet batch` and
/// the tests run inputs through this one reader.
public struct BatchPipeline {
    /// What one block gives the caller: the creators of this run (outside-shard records left out), the text of each
    /// for a streaming format (in the same order), and the diagnostics to print.
    public struct Delivery {
        public var entries: [BatchEntry]
        public var texts: [String]
        public var diagnostics: [String]
    }

    public let runner: BatchRunner
    public let reader: BatchReader
    public let workers: Int
    /// The format the entries are streamed in, if any (others render at the end).
    public let renderer: (any BatchRenderer)?
    /// Counts, repeated creators, the ring index and file diagnostics over every delivered entry.
    public private(set) var accumulator: BatchAccumulator
    /// How many records came before the next one, counted across shards.
    public private(set) var position: Int
    private let deliver: (Delivery) -> Void

    /// `firstIndex` numbers the first record (above 0 when the input is a part of a larger one).
    public init(
        runner: BatchRunner, workers: Int, renderer: (any BatchRenderer)?, firstIndex: Int = 0,
        deliver: @escaping (Delivery) -> Void
    ) {
        self.runner = runner
        let limits = runner.configuration.limits
        reader = BatchReader(
            decoder: DossierDecoder(now: runner.now, limits: limits),
            shortlist: ShortlistImporter(settings: runner.configuration.shortlist, limits: limits))
        self.workers = workers
        self.renderer = renderer
        accumulator = BatchAccumulator(configuration: runner.configuration)
        position = firstIndex
        self.deliver = deliver
    }

    private var limits: Limits { runner.configuration.limits }

    /// Vets the JSON Lines of `source`, named `file` in diagnostics. `isPart`: the lines are a part of a larger
    /// input (a Spark partition), which may be empty.
    public mutating func vetLines(_ source: some LineSource, file: String, isPart: Bool = false) {
        let before = position
        do {
            var block = try source.nextBlock()
            reading: while !block.isEmpty {
                source.prefetch()  // the next block is read while this one is vetted
                let results = runner.run(
                    lines: block.lines, file: file, reader: reader, firstIndex: position, workers: workers,
                    renderer: renderer)
                var room = max(0, limits.maximumRecordsPerFile - (position - before))
                let kept = results.prefix(room)
                emit(kept.map(\.entry), texts: renderer?.isStreaming == true ? kept.map(\.text) : nil)
                room -= kept.count
                if results.count > kept.count || (block.oversized != nil && room == 0) {
                    emit([runner.run(reader.tooManyLines(file: file), index: position)])
                    break reading
                }
                if let oversized = block.oversized {
                    let record = reader.oversizedLine(file: file, line: oversized.line, bytes: oversized.bytes)
                    emit([runner.run(record, index: position)])
                }
                block = try source.nextBlock()
            }
            if position == before && !isPart {
                emit([runner.run(reader.emptyLines(file: file), index: position)])
            }
        } catch {
            fail(file: file, "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// Vets a whole file already read, by its kind: JSON Lines through `vetLines`, a dossier file or a shortlist
    /// a block of 1,024 records at a time (a long shortlist is never all records at once).
    public mutating func vet(_ bytes: [UInt8], file: String, kind: BatchReader.Kind) {
        let sheet: RecordSheet
        switch kind {
        case .jsonLines:
            vetLines(LineReader(bytes: bytes, maximumLineBytes: limits.maximumFileBytes), file: file)
            return
        case .dossier: sheet = reader.dossierSheet(bytes, file: file)
        case .shortlist: sheet = reader.shortlist.sheet(bytes, file: file)
        }
        deliver(Delivery(entries: [], texts: [], diagnostics: sheet.diagnostics.map(\.description)))
        var start = 0
        while start < sheet.count {
            let block = sheet.records(start..<min(sheet.count, start + 1_024))
            var entries = runner.run(block, firstIndex: position, workers: workers)
            // The sheet's diagnostics travel with its first record (to `kolvet summarize` too); every sheet has
            // one, an error record at least.
            if start == 0, !entries.isEmpty { entries[0].fileDiagnostics = sheet.diagnostics }
            emit(entries)
            start += block.count
        }
    }

    /// An input that could not be read: one error record naming it.
    public mutating func fail(file: String, _ message: String) {
        // An empty path must not read as standard input ("<stdin>") in the diagnostic.
        let name = file.isEmpty ? "\"\"" : file
        let record = BatchRecord(
            file: name, dossier: nil, diagnostics: [Diagnostic(.error, file: name, at: .file, message)])
        emit([runner.run(record, index: position)])
    }

    /// The finished batch over `entries` (what the caller kept of each delivered entry).
    public func result(entries: [BatchEntry]) -> BatchResult {
        accumulator.result(entries: entries, configuration: runner.configuration)
    }

    /// Numbers, counts and delivers one block; streaming formats render on every thread.
    private mutating func emit(_ entries: [BatchEntry], texts rendered: [String?]? = nil) {
        let texts: [String?]
        if let rendered {
            texts = rendered
        } else if let renderer {
            texts = renderer.isStreaming ? renderer.streamed(entries, workers: workers) : entries.map(renderer.streamed)
        } else {
            texts = entries.map { _ in nil }
        }
        var delivery = Delivery(entries: [], texts: [], diagnostics: [])
        for (entry, text) in zip(entries, texts) {
            position += 1
            guard !entry.isOutsideShard else { continue }
            // A sheet's own diagnostics were delivered when it was read; a repeated creator is new here.
            let added = accumulator.add(entry).dropFirst(entry.fileDiagnostics.count)
            delivery.diagnostics += entry.record.diagnostics.map(\.description) + added.map(\.description)
            if let text { delivery.texts.append(text) }
            delivery.entries.append(entry)
        }
        deliver(delivery)
    }
}
