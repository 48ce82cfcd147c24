import Foundation
import KolvetKit

/// `kolvet vet FILE`: reads arguments and files, calls the library, writes the report, returns the status.
enum VetCommand {
    static func run(_ arguments: [String]) -> ExitStatus {
        let parsed: Arguments
        do {
            parsed = try Arguments(
                arguments, valued: ["--config", "--brief", "--format", "--fail-under", "--now"],
                switches: ["--help", "-h"])
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
        var gate = PipelineGate()
        if let text = parsed.options["--fail-under"] {
            guard let bar = Double(text), bar >= 0, bar <= 100 else {
                return usageError("--fail-under takes a score from 0 to 100, got '\(text)'")
            }
            gate.failUnder = bar
        }
        var now = Date()
        if let text = parsed.options["--now"] {
            guard let date = try? TimestampParser.parse(.string(text)) else {
                return usageError("--now takes a date such as 2026-11-27, got '\(text)'")
            }
            now = date
        }
        var configuration = Configuration()
        if let configFile = parsed.options["--config"] {
            do {
                let loaded = try ConfigurationLoader.load(try Console.read(configFile), file: configFile)
                for diagnostic in loaded.diagnostics { Console.error(diagnostic.description) }
                configuration = loaded.configuration
            } catch let error as ConfigurationError {
                Console.error(error.description)
                return .unreadable
            } catch {
                Console.error("\(configFile): error: cannot read the file: \(error.localizedDescription)")
                return .unreadable
            }
        }
        let bytes: [UInt8]
        do {
            bytes = try Console.read(file)
        } catch {
            Console.error("\(file): error: cannot read the file: \(error.localizedDescription)")
            return .unreadable
        }
        var brief: Brief?
        if let briefFile = parsed.options["--brief"] {
            let decoding: BriefDecoding
            do {
                decoding = BriefDecoder(defaultWeight: configuration.audience.defaultDimensionWeight)
                    .decode(try Console.read(briefFile), file: briefFile)
            } catch {
                Console.error("\(briefFile): error: cannot read the file: \(error.localizedDescription)")
                return .unreadable
            }
            for diagnostic in decoding.diagnostics { Console.error(diagnostic.description) }
            guard let decoded = decoding.brief else { return .unreadable }
            brief = decoded
            if gate.failUnder == nil { gate.failUnder = decoded.minimumScore }
        }
        let outcome = Vetter(configuration: configuration, brief: brief, now: now).vet(bytes, file: file)
        for diagnostic in outcome.diagnostics { Console.error(diagnostic.description) }
        if let report = outcome.report {
            Console.out(renderer.render(report, options: RenderOptions(useColor: Console.stdoutWantsColor)))
        }
        return gate.status(of: outcome.report)
    }

    static func usageError(_ message: String) -> ExitStatus {
        Console.error("error: \(message)\nusage: \(Help.vetUsage)\n  See 'kolvet --help'.")
        return .usage
    }
}
