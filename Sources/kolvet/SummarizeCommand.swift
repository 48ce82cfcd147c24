import Foundation
import KolvetKit

/// `kolvet summarize RESULTS…`: the reduce step of a sharded or distributed run. Reads the `kolvet.result/1`
/// records that `kolvet batch --format results` wrote — from any number of shards, in any order — and renders
/// what needs the whole batch (the ranking, the portfolio, the ring finding, the exit status) in any batch format,
/// exactly as `kolvet batch` over the whole input would (docs/scale-out.md).
enum SummarizeCommand {
    static func run(_ arguments: [String]) -> ExitStatus {
        let parsed: Arguments
        do {
            let table = CommandTables.summarize
            parsed = try Arguments(arguments, valued: table.valued, switches: table.switches)
        } catch {
            return Console.usageError(error.message, usage: Help.summarizeUsage)
        }
        if !parsed.flags.isDisjoint(with: ["--help", "-h"]) {
            Console.out(Help.summarize)
            return .success
        }
        guard !parsed.positionals.isEmpty else {
            return Console.usageError("missing <results>", usage: Help.summarizeUsage)
        }
        let options: CommonOptions
        do {
            options = try CommonOptions(parsed)
        } catch {
            switch error {
            case .usage(let message): return Console.usageError(message, usage: Help.summarizeUsage)
            case .unreadable: return .unreadable
            }
        }
        let output: OutputFile
        let renderer: any BatchRenderer
        let spool: SectionSpool?
        switch BatchOutput.open(parsed, inputs: parsed.positionals, usage: Help.summarizeUsage) {
        case .ready(let file, let named, let made): (output, renderer, spool) = (file, named, made)
        case .stop(let status): return status
        }
        var status = ExitStatus.success
        // What is kept of each entry until the ranking is known: formats with sections spool them as the records
        // are read and keep what the ranking reads, as `kolvet batch` does; the table keeps that too.
        let slims = renderer.hasSections || renderer.ranksOnly
        let section = renderer.hasSections ? renderer : nil
        let entries = read(parsed.positionals, limits: options.configuration.limits, status: &status) { entry in
            if let section, let spool { spool.append(section.section(entry), for: entry.index) }
            guard slims else { return entry }
            var slim = entry.forRanking
            slim.commenters = entry.commenters  // the accumulator reads them
            slim.record.diagnostics = entry.record.diagnostics  // printed below, warnings too
            return slim
        }
        checkConfiguration(entries, options.configuration)
        var accumulator = BatchAccumulator(configuration: options.configuration)
        var kept = EntryBlocks()
        output.write(renderer.header())
        var streamed: [String] = []
        for entry in entries {
            let added = accumulator.add(entry).dropFirst(entry.fileDiagnostics.count)
            for diagnostic in entry.record.diagnostics + entry.fileDiagnostics + added {
                Console.error(diagnostic.description)
            }
            if renderer.isStreaming {
                if let text = renderer.streamed(entry) { streamed.append(text) }
                if streamed.count >= 1_024 {
                    output.write(streamed.joined())
                    streamed.removeAll(keepingCapacity: true)
                }
                continue
            }
            var keeping = entry
            keeping.commenters = nil
            kept.append(keeping)
        }
        output.write(streamed.joined())
        let result = accumulator.result(entries: kept.joined(), configuration: options.configuration)
        return BatchOutput.finish(
            result, renderer: renderer, spool: spool, output: output, status: max(status, result.status))
    }

    /// The records of every file, sorted by index, each as `keep` makes it (called once per index kept, in reading
    /// order); a line that is not a result record, or an index given twice, is an error (status 2) named by file and
    /// line, and the rest go on.
    static func read(
        _ paths: [String], limits: Limits, status: inout ExitStatus, keep: (BatchEntry) -> BatchEntry
    ) -> [BatchEntry] {
        var firstSource: [Int: String] = [:]
        var found: [BatchEntry] = []
        for path in paths {
            do {
                let reader = try LineReader(path: path, maximumLineBytes: limits.maximumFileBytes)
                var block = try reader.nextBlock()
                var records = 0
                var bad = 0
                let workers = ProcessInfo.processInfo.activeProcessorCount
                reading: while !block.isEmpty {
                    let lines = block.lines.filter { $0.bytes.contains(where: { $0 > 0x20 }) }
                    let decoded = BatchResultsReport.decode(lines.map(\.bytes), workers: workers)
                    for (line, outcome) in zip(lines, decoded) {
                        do {
                            let entry = try outcome.get().entry
                            records += 1
                            let source = "\(path):\(line.line)"
                            if let first = firstSource[entry.index] {
                                Console.error(
                                    "\(source): error: index \(entry.index) was already given at \(first): this one is "
                                        + "left out (the same shard given twice?)")
                                status = max(status, .unreadable)
                                continue
                            }
                            firstSource[entry.index] = source
                            found.append(keep(entry))
                        } catch {
                            status = max(status, .unreadable)
                            bad += 1
                            if records == 0 {
                                // The first record is not one: the file is something else; say so once.
                                Console.error(
                                    Diagnostic(
                                        .error, file: path, at: .line(line.line),
                                        "not a kolvet.result/1 file (write one with 'kolvet batch --format results'): "
                                            + Self.reason(error) + "; the file is skipped"
                                    ).description)
                                break reading
                            }
                            if bad <= 10 {
                                Console.error(
                                    Diagnostic(
                                        .error, file: path, at: .line(line.line),
                                        "not a kolvet.result/1 record: " + Self.reason(error)
                                    ).description)
                            }
                        }
                    }
                    if let oversized = block.oversized {
                        Console.error(
                            Diagnostic(
                                .error, file: path, at: .line(oversized.line),
                                "the line is \(oversized.bytes) bytes, more than limits.maximum_file_bytes"
                            ).description)
                        status = max(status, .unreadable)
                    }
                    block = try reader.nextBlock()
                }
                if bad > 10 && records > 0 {
                    Console.error("\(path): error: \(bad - 10) more lines are not kolvet.result/1 records")
                }
            } catch {
                Console.error("\(path): error: cannot read the file: \(error.localizedDescription)")
                status = max(status, .unreadable)
            }
        }
        found.sort { $0.index < $1.index }
        let entries = found
        let missing = Self.gaps(in: entries.map(\.index))
        if !missing.isEmpty {
            Console.error(
                "kolvet: warning: no result for input indices \(missing.prefix(5).joined(separator: ", "))"
                    + (missing.count > 5 ? " and \(missing.count - 5) more ranges" : "")
                    + ": a shard's results may be missing")
        }
        return entries
    }

    /// Ranges of integers missing below the largest of `indices` (sorted): `3`, `7–9`.
    static func gaps(in indices: [Int]) -> [String] {
        var gaps: [String] = []
        var expected = 0
        for index in indices {
            if index > expected { gaps.append(index - 1 == expected ? "\(expected)" : "\(expected)–\(index - 1)") }
            expected = max(expected, index + 1)
        }
        return gaps
    }

    /// Warns when the records were vetted under another configuration than the one summarizing them.
    static func checkConfiguration(_ entries: [BatchEntry], _ configuration: Configuration) {
        let digest = Provenance(generatedAt: nil, configuration: configuration, briefBytes: nil).configurationDigest
        let others = Set(entries.compactMap { $0.report?.provenance?.configurationDigest }).subtracting([digest])
        guard !others.isEmpty else { return }
        Console.error(
            "kolvet: warning: results vetted under another configuration (sha256 \(others.sorted()[0].prefix(12))…) "
                + "than the one given here (\(digest.prefix(12))…): the portfolio and the ring finding use this one; "
                + "pass the same --config as the batch")
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context),
            DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return (path.isEmpty ? "" : "at \(path.hasPrefix(".") ? String(path.dropFirst()) : path): ")
                + (context.debugDescription.hasSuffix(".")
                    ? String(context.debugDescription.dropLast()) : context.debugDescription)
        default:
            return "\(error)"
        }
    }
}
