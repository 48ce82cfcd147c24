import Foundation
import KolvetKit

/// Dispatches to a subcommand and exits with its status.
func runKolvet(_ arguments: [String]) -> ExitStatus {
    guard let command = arguments.first else {
        Console.out(Help.main)
        return .success
    }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "vet": return VetCommand.run(rest)
    case "batch": return BatchCommand.run(rest)
    case "summarize": return SummarizeCommand.run(rest)
    case "import": return ImportCommand.run(rest)
    case "config":
        if rest == ["--help"] || rest == ["-h"] {
            Console.out(Help.config)
            return .success
        }
        guard rest.isEmpty || rest == ["--defaults"] else {
            Console.error(
                "error: unexpected argument '\(rest[0])'\nusage: kolvet config [--defaults]\n  See 'kolvet --help'.")
            return .usage
        }
        Console.out(JSONWriter(isPretty: true).write(.object(ConfigurationLoader.defaultsJSON())) + "\n")
        return .success
    case "--help", "-h", "help":
        if rest.first == "vet" {
            Console.out(Help.vet)
        } else if rest.first == "batch" {
            Console.out(Help.batch)
        } else if rest.first == "import" {
            Console.out(Help.importHelp)
        } else if rest.first == "config" {
            Console.out(Help.config)
        } else if rest.first == "summarize" {
            Console.out(Help.summarize)
        } else if let topic = rest.first {
            Console.error("error: no help on '\(topic)'\nusage: kolvet help [vet|batch|summarize|import|config]")
            return .usage
        } else {
            Console.out(Help.main)
        }
        return .success
    case "--version":
        Console.out(Help.version + "\n")
        return .success
    default:
        Console.error("error: unknown subcommand '\(command)'\nusage: kolvet <subcommand>\n  See 'kolvet --help'.")
        return .usage
    }
}

var status = runKolvet(Array(CommandLine.arguments.dropFirst()))
if let code = StandardOutputHealth.shared.firstFailure {
    Console.error("<stdout>: error: cannot write the output: \(DescriptorWriter.describe(code))")
    status = max(status, .unreadable)
}
exit(status.rawValue)
