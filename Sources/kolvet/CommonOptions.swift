import Foundation
import KolvetKit

/// The options `vet` and `batch` share: configuration, brief, pipeline bar, date of the run.
struct CommonOptions {
    var configuration = Configuration()
    var brief: Brief?
    var gate = PipelineGate()
    var now = Date()
    /// The brief file's bytes, for the reports' provenance.
    var briefBytes: [UInt8]?

    /// What produced this run's reports.
    var provenance: Provenance {
        Provenance(generatedAt: nowGiven ? now : nil, configuration: configuration, briefBytes: briefBytes)
    }
    /// Whether `--now` was given (else `now` is the clock, which machine output must not carry).
    var nowGiven = false

    enum Failure: Error {
        /// The command line is wrong: the message for a usage error.
        case usage(String)
        /// A file could not be used; its diagnostics were already printed.
        case unreadable
    }

    /// Reads the shared options, loading the configuration and brief files and printing their diagnostics.
    init(_ arguments: Arguments) throws(Failure) {
        if let text = arguments.options["--fail-under"] {
            guard let bar = Double(text), bar >= 0, bar <= 100 else {
                throw .usage("--fail-under takes a score from 0 to 100, got '\(text)'")
            }
            gate.failUnder = bar
        }
        if let text = arguments.options["--min-coverage"] {
            guard let share = Double(text), share >= 0, share <= 1 else {
                throw .usage("--min-coverage takes a share from 0 to 1, got '\(text)'")
            }
            gate.minimumCoverage = share
        }
        if let text = arguments.options["--now"] {
            guard let date = try? TimestampParser.parse(.string(text)) else {
                throw .usage("--now takes a date such as 2026-11-27, got '\(text)'")
            }
            now = date
            nowGiven = true
        }
        if let file = arguments.options["--config"] {
            do {
                let loaded = try ConfigurationLoader.load(try Console.read(file), file: file)
                for diagnostic in loaded.diagnostics { Console.error(diagnostic.description) }
                configuration = loaded.configuration
            } catch let error as ConfigurationError {
                Console.error(error.description)
                throw .unreadable
            } catch {
                Console.error("\(file): error: cannot read the file: \(error.localizedDescription)")
                throw .unreadable
            }
        }
        if let file = arguments.options["--brief"] {
            let decoding: BriefDecoding
            do {
                let bytes = try Console.read(file)
                briefBytes = bytes
                decoding = BriefDecoder(defaultWeight: configuration.audience.defaultDimensionWeight)
                    .decode(bytes, file: file)
            } catch {
                Console.error("\(file): error: cannot read the file: \(error.localizedDescription)")
                throw .unreadable
            }
            for diagnostic in decoding.diagnostics { Console.error(diagnostic.description) }
            guard let decoded = decoding.brief else { throw .unreadable }
            brief = decoded
            if gate.failUnder == nil { gate.failUnder = decoded.minimumScore }
        }
    }
}

/// How a command's shared argument handling ends: go on, or stop with a status.
enum Preparation {
    case proceed(Arguments, CommonOptions)
    case stop(ExitStatus)

    /// Splits the arguments by the command's option table, prints `help` when asked, checks the positionals with
    /// `check` (a message when they are wrong), and loads the shared options; usage errors print the table's usage.
    static func prepare(
        _ arguments: [String], table: OptionTable, help: String, check: (Arguments) -> String?
    ) -> Preparation {
        let usage = table.usage
        let parsed: Arguments
        do {
            parsed = try Arguments(arguments, valued: table.valued, switches: table.switches)
        } catch {
            return .stop(Console.usageError(error.message, usage: usage))
        }
        if !parsed.flags.isDisjoint(with: ["--help", "-h"]) {
            Console.out(help)
            return .stop(.success)
        }
        if let problem = check(parsed) { return .stop(Console.usageError(problem, usage: usage)) }
        do {
            return .proceed(parsed, try CommonOptions(parsed))
        } catch {
            switch error {
            case .usage(let message): return .stop(Console.usageError(message, usage: usage))
            case .unreadable: return .stop(.unreadable)
            }
        }
    }
}
