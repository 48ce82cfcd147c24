import Foundation
import KolvetKit

/// `kolvet vet FILE`: reads arguments and files, calls the library, writes the report, returns the status.
enum VetCommand {
    /// Formats of `kolvet batch` that `vet` also writes, as the batch page of one creator.
    static let pageFormats = ["html", "markdown"]

    static func run(_ arguments: [String]) -> ExitStatus {
        let preparation = Preparation.prepare(arguments, table: CommandTables.vet, help: Help.vet) { parsed in
            if parsed.positionals.isEmpty { return "missing <file>" }
            if parsed.positionals.count > 1 { return "vet takes one <file>; use 'kolvet batch' for many" }
            let format = parsed.options["--format"] ?? "text"
            guard ReportFormats.renderer(named: format) == nil && !pageFormats.contains(format) else { return nil }
            let names = (ReportFormats.all.map(\.identifier) + pageFormats).joined(separator: ", ")
            return "unknown format '\(format)' (expected one of: \(names))"
        }
        guard case .proceed(let parsed, let options) = preparation, let file = parsed.positionals.first else {
            if case .stop(let status) = preparation { return status }
            return .usage
        }
        let bytes: [UInt8]
        do {
            bytes = try Console.read(file, maximumBytes: options.configuration.limits.maximumFileBytes)
        } catch {
            Console.error("\(file): error: cannot read the file: \(error.localizedDescription)")
            return .unreadable
        }
        let format = parsed.options["--format"] ?? "text"
        let language: ReportLanguage
        switch BatchOutput.language(parsed) {
        case .success(let named): language = named
        case .failure(let problem): return Console.usageError(problem.message, usage: Help.vetUsage)
        }
        if pageFormats.contains(format), let page = BatchFormats.renderer(named: format) {
            return writePage(page.localized(language), bytes: bytes, file: file, options: options)
        }
        guard let renderer = ReportFormats.renderer(named: format) else { return .usage }
        var outcome = Vetter(configuration: options.configuration, brief: options.brief, now: options.now)
            .vet(bytes, file: file)
        outcome.report?.provenance = options.provenance
        for diagnostic in outcome.diagnostics { Console.error(diagnostic.description) }
        if let report = outcome.report {
            Console.out(
                renderer.render(report, options: RenderOptions(useColor: Console.stdoutWantsColor, language: language)))
        }
        return options.gate.status(of: outcome.report)
    }

    /// The batch page (HTML or Markdown) of this one creator: the same page `kolvet batch` writes, with one entry.
    static func writePage(_ page: any BatchRenderer, bytes: [UInt8], file: String, options: CommonOptions) -> ExitStatus
    {
        let decoding = DossierDecoder(now: options.now, limits: options.configuration.limits).decode(bytes, file: file)
        for diagnostic in decoding.diagnostics { Console.error(diagnostic.description) }
        // As with the other formats, an unreadable dossier gives its diagnostics and nothing on standard output.
        guard decoding.dossier != nil else { return .unreadable }
        var runner = BatchRunner(
            configuration: options.configuration, brief: options.brief, gate: options.gate, now: options.now)
        runner.provenance = options.provenance
        let entry = runner.run(
            BatchRecord(file: file, dossier: decoding.dossier, diagnostics: decoding.diagnostics), index: 0)
        let result = BatchResult(entries: [entry], configuration: options.configuration)
        Console.out(page.header() + page.footer(result))
        return entry.status
    }

}
