import Foundation
import KolvetKit

/// `kolvet vet FILE`: reads arguments and files, calls the library, writes the report, returns the status.
enum VetCommand {
    static func run(_ arguments: [String]) -> ExitStatus {
        let preparation = Preparation.prepare(arguments, help: Help.vet, usage: Help.vetUsage) { parsed in
            if parsed.positionals.isEmpty { return "missing <file>" }
            if parsed.positionals.count > 1 { return "vet takes one <file>; use 'kolvet batch' for many" }
            let format = parsed.options["--format"] ?? "text"
            guard ReportFormats.renderer(named: format) == nil else { return nil }
            let names = ReportFormats.all.map(\.identifier).joined(separator: ", ")
            return "unknown format '\(format)' (expected one of: \(names))"
        }
        guard case .proceed(let parsed, let options) = preparation, let file = parsed.positionals.first,
            let renderer = ReportFormats.renderer(named: parsed.options["--format"] ?? "text")
        else {
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
        var outcome = Vetter(configuration: options.configuration, brief: options.brief, now: options.now)
            .vet(bytes, file: file)
        outcome.report?.provenance = options.provenance
        for diagnostic in outcome.diagnostics { Console.error(diagnostic.description) }
        if let report = outcome.report {
            Console.out(renderer.render(report, options: RenderOptions(useColor: Console.stdoutWantsColor)))
        }
        return options.gate.status(of: outcome.report)
    }

}
