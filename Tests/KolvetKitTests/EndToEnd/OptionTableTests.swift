import Foundation
import Testing

/// The help, the parser and the code agree on every subcommand's options: one table (`CommandTables`) makes the
/// first two, and this checks both against each other and against what the code reads.
@Suite("Options: help, parsing and code agree")
struct OptionTableTests {
    /// Each subcommand with the source files whose `options["--…"]` lookups it runs.
    static let commands: [(arguments: [String], sources: [String])] = [
        (["vet"], ["VetCommand.swift", "CommonOptions.swift"]),
        (["batch"], ["BatchCommand.swift", "BatchOutput.swift", "CommonOptions.swift"]),
        (["summarize"], ["SummarizeCommand.swift", "BatchOutput.swift"]),
        (["import", "mediacrawler"], ["ImportCommand.swift"]),
    ]

    /// The options the help's OPTIONS section lists, with whether each takes a value.
    static func listed(_ help: String) -> [(name: String, takesValue: Bool)] {
        guard let start = help.range(of: "OPTIONS:\n") else { return [] }
        let section = help[start.upperBound...].components(separatedBy: "\n\n").first ?? ""
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  --") else { return nil }
            let words = line.dropFirst(2).split(separator: " ", maxSplits: 2)
            guard let name = words.first else { return nil }
            let takesValue = words.count > 1 && (words[1].hasPrefix("<") || words[1].contains("|"))
            return (String(name), takesValue)
        }
    }

    @Test("every option the help lists parses, and every option the code reads is in the help")
    func agree() throws {
        let sources = TestSupport.packageRoot.appendingPathComponent("Sources/kolvet")
        let lookup = try Regex(#"options\["(--[a-z-]+)"\]"#)
        for (arguments, files) in Self.commands {
            let help = try KolvetBinary.run(arguments.prefix(1) + ["--help"]).stdout
            let options = Self.listed(help)
            #expect(!options.isEmpty, "\(arguments)")
            for option in options where option.name != "--help" {
                let call = arguments + [option.name] + (option.takesValue ? ["x"] : [])
                let result = try KolvetBinary.run(call)
                #expect(!result.stderr.contains("unknown option"), "\(call): \(result.stderr)")
            }
            let names = Set(options.map(\.name))
            for file in files {
                let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
                for match in text.matches(of: lookup) {
                    let name = String(text[match.range].dropFirst(9).dropLast(2))
                    // CommonOptions reads the shared options; summarize does not take them (refused as unknown).
                    if file == "CommonOptions.swift" && arguments == ["summarize"] { continue }
                    #expect(names.contains(name), "\(arguments): \(file) reads \(name), the help does not list it")
                }
            }
            // The usage line names every listed option.
            let usage =
                help.components(separatedBy: "USAGE: ").dropFirst().first?.components(separatedBy: "\n\n")
                .first ?? ""
            for option in options { #expect(usage.contains("[" + option.name), "\(arguments): \(option.name)") }
        }
    }
}
