import Foundation

/// One option of a subcommand: its name, the value it takes (nil for a switch), and its help.
struct OptionSpec {
    var name: String
    /// The value's placeholder (`<file>`), nil for a switch.
    var value: String?
    /// The help text, one paragraph; wrapped to the help's width.
    var help: String
}

/// A subcommand's options in one table: parsing (which options take a value), the usage line and the OPTIONS
/// section of its help all come from it, so that they cannot drift apart.
struct OptionTable {
    /// `vet`, `batch` …
    var command: String
    /// The positional arguments as the usage line shows them (`<path>...`).
    var arguments: String
    var options: [OptionSpec]

    /// The options that take a value.
    var valued: Set<String> { Set(options.compactMap { $0.value == nil ? nil : $0.name }) }
    /// The switches, `--help` and `-h` included.
    var switches: Set<String> { Set(options.compactMap { $0.value == nil ? $0.name : nil }).union(["--help", "-h"]) }

    /// `kolvet batch <path>... [--brief <file>] …`, wrapped before 100 columns (continuation lines indented by 4).
    var usage: String {
        let parts =
            ["kolvet \(command)" + (arguments.isEmpty ? "" : " " + arguments)]
            + options.map { "[\($0.name)\($0.value.map { " " + $0 } ?? "")]" }
        var lines: [String] = []
        var line = ""
        for part in parts {
            if !line.isEmpty && line.count + 1 + part.count > 92 {
                lines.append(line)
                line = "    " + part
            } else {
                line += (line.isEmpty ? "" : " ") + part
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// The OPTIONS lines: each option's name and value in a 24-column field, its help wrapped to 100 columns
    /// (a line break in the help starts a new line; continuation lines are indented to the help's column), then
    /// `-h, --help`.
    var optionLines: String {
        let column = 26
        let indent = String(repeating: " ", count: column)
        var lines: [String] = []
        for option in options {
            let label = "  " + option.name + (option.value.map { " " + $0 } ?? "")
            var line: String
            if label.count + 2 <= column {
                line = label.padding(toLength: column, withPad: " ", startingAt: 0)
            } else {
                lines.append(label)
                line = indent
            }
            for (number, paragraph) in option.help.split(separator: "\n").enumerated() {
                if number > 0 {
                    lines.append(line)
                    line = indent
                }
                var lineHasWords = false
                for word in paragraph.split(separator: " ") {
                    if lineHasWords && line.count + 1 + word.count > 100 {
                        lines.append(line)
                        line = indent + word
                    } else {
                        line += (lineHasWords ? " " : "") + word
                    }
                    lineHasWords = true
                }
            }
            lines.append(line)
        }
        lines.append("  -h, --help".padding(toLength: column, withPad: " ", startingAt: 0) + "Show help information.")
        return lines.joined(separator: "\n")
    }
}
