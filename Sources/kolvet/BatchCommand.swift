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

    /// Reads and vets every input through the library's `BatchPipeline` on `workers` threads, writing each block
    /// in input order. Streaming formats keep only the tally; the others keep what the final report reads.
    static func vetAll(
        _ inputs: [InputFinder.Input], options: CommonOptions, renderer: any BatchRenderer, output: OutputFile,
        workers: Int, shard: Shard? = nil, spool: SectionSpool? = nil, origin: StandardInputOrigin = .init()
    ) -> BatchResult {
        let limits = options.configuration.limits
        var runner = BatchRunner(
            configuration: options.configuration, brief: options.brief, gate: options.gate, now: options.now)
        runner.shard = shard
        runner.provenance = options.provenance
        let progress = Progress()
        var kept = EntryBlocks()
        var done = 0
        output.write(renderer.header())
        // Record indices count from the records before standard input when it is a part of a larger input, so
        // that they are the same in every shard and in the whole run.
        var pipeline = BatchPipeline(
            runner: runner, workers: workers, renderer: renderer, firstIndex: origin.records
        ) { delivery in
            if let spool {
                for (entry, section) in zip(delivery.entries, renderer.sections(delivery.entries, workers: workers)) {
                    spool.append(section, for: entry.index)
                }
            }
            if !renderer.isStreaming {
                for entry in delivery.entries {
                    // A format that ranks only, or spools each section, keeps only what the ranking reads.
                    var keeping = renderer.ranksOnly || spool != nil ? entry.forRanking : entry
                    keeping.commenters = nil  // held by the pipeline's ring index
                    kept.append(keeping)
                }
            }
            output.writeInBackground(delivery.texts, errors: delivery.diagnostics)
            done += delivery.entries.count
            progress.update(done: done)
        }
        for input in inputs {
            switch input {
            case .file(let given, .jsonLines):
                // Standard input may be a part of a larger file (a Spark partition): its name and offsets.
                let path = given == "-" ? origin.name : given
                do {
                    let lines = try LineReader(
                        path: given, maximumLineBytes: limits.maximumFileBytes,
                        firstLine: given == "-" ? origin.lines + 1 : 1)
                    pipeline.vetLines(PrefetchingLineReader(lines), file: path, isPart: given == "-" && origin.isPart)
                } catch {
                    pipeline.fail(file: path, "cannot read the file: \(error.localizedDescription)")
                }
            case .file(let path, let kind):
                do {
                    pipeline.vet(try Console.read(path, maximumBytes: limits.maximumFileBytes), file: path, kind: kind)
                } catch {
                    pipeline.fail(file: path, "cannot read the file: \(error.localizedDescription)")
                }
            case .problem(let path, let message):
                pipeline.fail(file: path, message)
            }
        }
        progress.finish()
        return pipeline.result(entries: kept.joined())
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
