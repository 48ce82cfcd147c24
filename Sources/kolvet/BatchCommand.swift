import Foundation
import KolvetKit

/// `kolvet batch PATH…`: finds the inputs, reads each file, vets every creator through the library, streams or
/// renders the report, and returns the worst status.
enum BatchCommand {
    static func run(_ arguments: [String]) -> ExitStatus {
        let preparation = Preparation.prepare(arguments, table: CommandTables.batch, help: Help.batch) {
            $0.positionals.isEmpty ? "missing <path>" : nil
        }
        guard case .proceed(let parsed, let options) = preparation else {
            if case .stop(let status) = preparation { return status }
            return .usage
        }
        let inputs = InputFinder.inputs(parsed.positionals)
        let output: OutputFile
        let renderer: any BatchRenderer
        let spool: SectionSpool?
        switch BatchOutput.open(parsed, inputs: inputs.compactMap(\.path), usage: Help.batchUsage) {
        case .ready(let file, let named, let made): (output, renderer, spool) = (file, named, made)
        case .stop(let status): return status
        }
        var workers = ProcessInfo.processInfo.activeProcessorCount
        if let text = parsed.options["--jobs"] {
            guard let jobs = Int(text), jobs >= 1 else {
                output.discard()
                return usageError("--jobs takes a number of threads, 1 or more, got '\(text)'")
            }
            workers = jobs
        }
        var shard: Shard?
        if let text = parsed.options["--shard"] {
            switch Shard.parse(text, environment: ProcessInfo.processInfo.environment) {
            case .success(let parsed): shard = parsed
            case .failure(let error):
                output.discard()
                return usageError("--shard: \(error.message)")
            }
        }
        var origin = StandardInputOrigin()
        if let name = parsed.options["--stdin-name"] { origin.name = name }
        if let text = parsed.options["--stdin-offset"] {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count == 2, let lines = parts[0], let records = parts[1], lines >= 0, records >= 0,
                records <= lines
            else {
                output.discard()
                return usageError("--stdin-offset takes LINES:RECORDS (whole numbers, records ≤ lines), got '\(text)'")
            }
            origin.lines = lines
            origin.records = records
        }
        if origin != StandardInputOrigin() && parsed.positionals != ["-"] {
            output.discard()
            return usageError("--stdin-name and --stdin-offset describe standard input: give '-' as the only path")
        }
        // Sections are spooled as the creators are vetted; they go out in ranking order at the end.
        let result = vetAll(
            inputs, options: options, renderer: renderer, output: output, workers: workers, shard: shard,
            spool: spool, origin: origin)
        return BatchOutput.finish(result, renderer: renderer, spool: spool, output: output, status: result.status)
    }

    /// Reads and vets every input on `workers` threads, in blocks, writing each block's entries in input order.
    /// Streaming formats keep only the tally; the others keep every entry for the final report.
    static func vetAll(
        _ inputs: [InputFinder.Input], options: CommonOptions, renderer: any BatchRenderer, output: OutputFile,
        workers: Int, shard: Shard? = nil, spool: SectionSpool? = nil, origin: StandardInputOrigin = .init()
    ) -> BatchResult {
        let limits = options.configuration.limits
        let reader = BatchReader(
            decoder: DossierDecoder(now: options.now, limits: limits),
            shortlist: ShortlistImporter(settings: options.configuration.shortlist, limits: limits))
        var runner = BatchRunner(
            configuration: options.configuration, brief: options.brief, gate: options.gate, now: options.now)
        runner.shard = shard
        runner.provenance = options.provenance
        let progress = Progress()
        var kept: [BatchEntry] = []
        var accumulator = BatchAccumulator(configuration: options.configuration)
        // Every record's place in the input, counted across shards too, so that indices are the same in every
        // shard and in the whole run.
        var position = origin.records
        output.write(renderer.header())
        func emit(_ entries: [BatchEntry], texts rendered: [String?]? = nil) {
            // Streaming formats render on every thread too; the text is written in input order.
            let texts =
                rendered
                ?? (renderer.isStreaming
                    ? renderer.streamed(entries, workers: workers) : entries.map(renderer.streamed))
            let inShard = entries.filter { !$0.isOutsideShard }
            let sections = spool == nil ? [] : renderer.sections(inShard, workers: workers)
            var block: [String] = []
            var errors: [String] = []
            for (entry, text) in zip(entries, texts) {
                position += 1
                guard !entry.isOutsideShard else { continue }
                // A sheet's own diagnostics were printed when it was read; a repeated creator is new here.
                let added = accumulator.add(entry).dropFirst(entry.fileDiagnostics.count)
                errors += entry.record.diagnostics.map(\.description) + added.map(\.description)
                if let text { block.append(text) }
                if renderer.isStreaming { continue }
                // A format that ranks only, or spools each section, keeps only what the ranking reads.
                var keeping = renderer.ranksOnly || spool != nil ? entry.forRanking : entry
                keeping.commenters = nil  // held by `commenters`
                kept.append(keeping)
            }
            if let spool {
                for (entry, section) in zip(inShard, sections) { spool.append(section, for: entry.index) }
            }
            output.writeInBackground(block, errors: errors)
            progress.update(done: accumulator.tally.creators)
        }
        func fail(_ path: String, _ message: String) {
            // An empty path must not read as standard input ("<stdin>") in the diagnostic.
            let name = path.isEmpty ? "\"\"" : path
            let record = BatchRecord(
                file: name, dossier: nil, diagnostics: [Diagnostic(.error, file: name, at: .file, message)])
            emit([runner.run(record, index: position)])
        }
        for input in inputs {
            switch input {
            case .file(let given, .jsonLines):
                // Standard input may be a part of a larger file (a Spark partition): its name and offsets.
                let path = given == "-" ? origin.name : given
                do {
                    let lines = PrefetchingLineReader(
                        try LineReader(
                            path: given, maximumLineBytes: limits.maximumFileBytes,
                            firstLine: given == "-" ? origin.lines + 1 : 1))
                    let before = position
                    var block = try lines.nextBlock()
                    reading: while !block.isEmpty {
                        lines.prefetch()  // the next block is read while this one is vetted
                        let results = runner.run(
                            lines: block.lines, file: path, reader: reader, firstIndex: position,
                            workers: workers, renderer: renderer)
                        var room = max(0, limits.maximumRecordsPerFile - (position - before))
                        let kept = results.prefix(room)
                        emit(kept.map(\.entry), texts: renderer.isStreaming ? kept.map(\.text) : nil)
                        room -= kept.count
                        if results.count > kept.count || (block.oversized != nil && room == 0) {
                            emit([runner.run(reader.tooManyLines(file: path), index: position)])
                            break reading
                        }
                        if let oversized = block.oversized {
                            let record = reader.oversizedLine(
                                file: path, line: oversized.line, bytes: oversized.bytes)
                            emit([runner.run(record, index: position)])
                        }
                        block = try lines.nextBlock()
                    }
                    // An empty part of a larger input (a Spark partition) is no error; an empty file is.
                    if position == before && !(given == "-" && origin.isPart) {
                        emit([runner.run(reader.emptyLines(file: path), index: position)])
                    }
                } catch {
                    fail(path, "cannot read the file: \(error.localizedDescription)")
                }
            case .file(let path, let kind):
                do {
                    let bytes = try Console.read(path, maximumBytes: limits.maximumFileBytes)
                    let sheet = reader.sheet(bytes, file: path, kind: kind)
                    output.writeInBackground([], errors: sheet.diagnostics.map(\.description))
                    var start = 0
                    while start < sheet.count {
                        // Records are made a block at a time: a long shortlist is never all records at once.
                        let block = sheet.records(start..<min(sheet.count, start + 1_024))
                        var entries = runner.run(block, firstIndex: position, workers: workers)
                        // The sheet's diagnostics travel with its first record (to `kolvet summarize` too); every
                        // sheet has one, an error record at least.
                        if start == 0, !entries.isEmpty { entries[0].fileDiagnostics = sheet.diagnostics }
                        emit(entries)
                        start += block.count
                    }
                } catch {
                    fail(path, "cannot read the file: \(error.localizedDescription)")
                }
            case .problem(let path, let message):
                fail(path, message)
            }
        }
        progress.finish()
        return accumulator.result(entries: kept, configuration: options.configuration)
    }

    static func usageError(_ message: String) -> ExitStatus {
        Console.usageError(message, usage: Help.batchUsage)
    }
}

/// Expands the paths given to `kolvet batch` into input files.
enum InputFinder {
    enum Input {
        case file(String, BatchReader.Kind)
        /// A path that cannot be read as input, kept so that it shows in the output.
        case problem(String, String)

        /// The file to read, if any.
        var path: String? {
            if case .file(let path, _) = self { return path }
            return nil
        }
    }

    /// Files as given; directories as their `.json`, `.jsonl`, `.ndjson` and `.csv` regular files, sorted by name
    /// (not recursing, skipping hidden files; a FIFO, socket or device in a directory is reported, never opened).
    static func inputs(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        for path in paths {
            guard !path.isEmpty else {
                inputs.append(.problem(path, "an empty path was given"))
                continue
            }
            var info = stat()
            guard path == "-" || stat(path, &info) == 0 else {
                let reason = errno == ENOENT ? "no such file or directory" : DescriptorWriter.describe(errno)
                inputs.append(.problem(path, reason))
                continue
            }
            if path != "-", info.st_mode & S_IFMT == S_IFDIR {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                } catch {
                    inputs.append(.problem(path, "cannot list the directory"))
                    continue
                }
                let files = names.filter { !$0.hasPrefix(".") }.compactMap { name -> Input? in
                    guard let kind = BatchReader.Kind(fileName: name) else { return nil }
                    let file = (path as NSString).appendingPathComponent(name)
                    var entry = stat()
                    guard stat(file, &entry) == 0 else { return .problem(file, DescriptorWriter.describe(errno)) }
                    guard entry.st_mode & S_IFMT == S_IFREG else {
                        return .problem(file, "not a regular file (a FIFO, socket, device or directory): skipped")
                    }
                    return .file(file, kind)
                }
                if files.isEmpty { inputs.append(.problem(path, "the directory has no .json, .jsonl or .csv files")) }
                inputs += files
            } else if path == "-" {
                inputs.append(.file(path, .jsonLines))
            } else if let kind = BatchReader.Kind(fileName: path) {
                inputs.append(.file(path, kind))
            } else {
                inputs.append(.problem(path, "not a .json, .jsonl, .ndjson or .csv file"))
            }
        }
        return inputs
    }
}

/// A progress line on standard error, only when it is a terminal and the batch has run for over a second.
final class Progress {
    private let start = Date()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var shown = false
    private var lastUpdate = Date.distantPast

    func update(done: Int) {
        guard isTerminal, Date().timeIntervalSince(start) > 1, Date().timeIntervalSince(lastUpdate) > 0.2 else {
            return
        }
        lastUpdate = Date()
        shown = true
        _ = DescriptorWriter.write("\r\u{1B}[Kkolvet: \(done) creators vetted".utf8, to: STDERR_FILENO)
    }

    func finish() {
        if shown { _ = DescriptorWriter.write("\r\u{1B}[K".utf8, to: STDERR_FILENO) }
    }
}

/// Where standard input sits in the whole input when it is a part of it (`--stdin-name`, `--stdin-offset`): the
/// name its records carry, and the lines and records before its first line, so that indices and line numbers are
/// those of the whole file (docs/scale-out.md, "Spark").
struct StandardInputOrigin: Equatable {
    var name = "-"
    var lines = 0
    var records = 0

    /// Whether standard input was described as a part of a larger input.
    var isPart: Bool { self != StandardInputOrigin() }
}
