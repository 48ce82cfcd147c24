import Foundation
import KolvetKit

/// `kolvet vet FILE`: reads arguments and files, calls the library, writes the report, returns the status.
enum VetCommand {
    static func run(_ arguments: [String]) -> ExitStatus {
        let parsed: Arguments
        do {
            parsed = try Arguments(arguments, valued: CommonOptions.valued, switches: ["--help", "-h"])
        } catch {
            return usageError(error.message)
        }
        if !parsed.flags.isDisjoint(with: ["--help", "-h"]) {
            Console.out(Help.vet)
            return .success
        }
        guard parsed.positionals.count == 1, let file = parsed.positionals.first else {
            return usageError(
                parsed.positionals.isEmpty ? "missing <file>" : "vet takes one <file>; use 'kolvet batch' for many")
        }
        let formatName = parsed.options["--format"] ?? "text"
        guard let renderer = ReportFormats.renderer(named: formatName) else {
            let names = ReportFormats.all.map(\.identifier).joined(separator: ", ")
            return usageError("unknown format '\(formatName)' (expected one of: \(names))")
        }
        let options: CommonOptions
        do {
            options = try CommonOptions(parsed)
        } catch {
            switch error {
            case .usage(let message): return usageError(message)
            case .unreadable: return .unreadable
            }
        }
        let bytes: [UInt8]
        do {
            bytes = try Console.read(file, maximumBytes: options.configuration.limits.maximumFileBytes)
        } catch {
            Console.error("\(file): error: cannot read the file: \(error.localizedDescription)")
            return .unreadable
        }
        let outcome = Vetter(configuration: options.configuration, brief: options.brief, now: options.now)
            .vet(bytes, file: file)
        for diagnostic in outcome.diagnostics { Console.error(diagnostic.description) }
        if let report = outcome.report {
            Console.out(renderer.render(report, options: RenderOptions(useColor: Console.stdoutWantsColor)))
        }
        return options.gate.status(of: outcome.report)
    }

    static func usageError(_ message: String) -> ExitStatus {
        Console.error("error: \(message)\nusage: \(Help.vetUsage)\n  See 'kolvet --help'.")
        return .usage
    }
}
