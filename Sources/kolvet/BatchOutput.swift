import Foundation
import KolvetKit

/// What `kolvet batch` and `kolvet summarize` share in writing a batch report: the renderer `--format` and
/// `--csv-bom` name, the spool for its sections, and the report's end.
enum BatchOutput {
    /// How opening a batch report ends: ready to write, or stopped with a status (the error already printed).
    enum Opened {
        /// The output, the renderer, and the spool for its sections when it has any.
        case ready(OutputFile, any BatchRenderer, SectionSpool?)
        case stop(ExitStatus)
    }

    /// Opens `--output` (never one of `inputs`), picks the renderer the options name and makes the spool for its
    /// sections; option errors are printed with `usage` and stop with 64, a spool that cannot be made with 2.
    static func open(_ parsed: Arguments, inputs: [String], usage: String) -> Opened {
        let output: OutputFile
        do {
            output = try OutputFile(path: parsed.options["--output"], inputs: inputs)
        } catch {
            Console.error(String(describing: error))
            return .stop(.usage)
        }
        let named: any BatchRenderer
        switch renderer(parsed, output: output) {
        case .success(let found): named = found
        case .failure(let problem):
            output.discard()
            return .stop(Console.usageError(problem.message, usage: usage))
        }
        do {
            return .ready(output, named, named.hasSections ? try SectionSpool() : nil)
        } catch {
            output.discard()
            Console.error(String(describing: error))
            return .stop(.unreadable)
        }
    }

    /// The renderer the options name (default: table on a terminal, jsonl otherwise), or the usage error's message.
    static func renderer(_ parsed: Arguments, output: OutputFile) -> Result<any BatchRenderer, UsageProblem> {
        let formatName = parsed.options["--format"] ?? (output.isTerminal ? "table" : "jsonl")
        guard var renderer = BatchFormats.renderer(named: formatName) else {
            let names = BatchFormats.all.map(\.identifier).joined(separator: ", ")
            return .failure(UsageProblem(message: "unknown format '\(formatName)' (expected one of: \(names))"))
        }
        if let text = parsed.options["--csv-bom"] {
            guard text == "true" || text == "false" else {
                return .failure(UsageProblem(message: "--csv-bom takes true or false, got '\(text)'"))
            }
            if renderer is BatchCSVReport { renderer = BatchCSVReport(byteOrderMark: text == "true") }
        }
        return language(parsed).map { renderer.localized($0) }
    }

    /// `--lang`, else the locale's language (`ReportLanguage.fromEnvironment`).
    static func language(_ parsed: Arguments) -> Result<ReportLanguage, UsageProblem> {
        guard let text = parsed.options["--lang"] else {
            return .success(ReportLanguage.fromEnvironment(ProcessInfo.processInfo.environment))
        }
        guard let named = ReportLanguage(rawValue: text) else {
            return .failure(UsageProblem(message: "--lang takes zh or en, got '\(text)'"))
        }
        return .success(named)
    }

    struct UsageProblem: Error {
        var message: String
    }

    /// Writes the end of the report — the opening, the spooled sections in ranking order and the closing, or the
    /// footer — commits the output, and prints the findings and the summary line with `status`; returns `status`,
    /// or 2 when the report could not be written.
    static func finish(
        _ result: BatchResult, renderer: any BatchRenderer, spool: SectionSpool?, output: OutputFile,
        status: ExitStatus
    ) -> ExitStatus {
        if let failure = spool?.failure {
            output.discard()
            Console.error(String(describing: failure))
            return .unreadable
        }
        do {
            if let spool {
                output.write(renderer.opening(result))
                for (offset, position) in renderer.sectionPositions(result).enumerated() {
                    if offset > 0 { output.write(renderer.sectionSeparator) }
                    output.write(try spool.section(for: result.entries[position].index))
                }
                output.write(renderer.closing(result))
            } else {
                output.write(renderer.footer(result))
            }
            try output.commit()
        } catch {
            Console.error(String(describing: error))
            return .unreadable
        }
        if !renderer.showsBatchFindings {
            // One record per input in the file: the batch-level finding goes to standard error.
            let findings = result.sharedCommenters
            if findings.isKnown && !findings.flagged.isEmpty {
                for line in findings.textLines { Console.error("kolvet: " + TerminalText.sanitize(line)) }
            }
        }
        // The table on a terminal shows the summary line itself.
        if renderer.identifier != "table" || !output.isTerminal { Console.error(result.summaryLine(status: status)) }
        return status
    }
}
