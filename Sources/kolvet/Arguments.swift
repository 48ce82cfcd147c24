/// A command line split into positional arguments and `--option value` pairs.
struct Arguments {
    struct UsageError: Error {
        var message: String
    }

    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Splits `arguments`; `valued` options take the next argument (or `--name=value`), `switches` take none.
    init(_ arguments: [String], valued: Set<String>, switches: Set<String>) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if switches.contains(name) && inlineValue == nil {
                flags.insert(name)
            } else if valued.contains(name) {
                guard let value = inlineValue ?? (index < arguments.count ? arguments[index] : nil) else {
                    throw UsageError(message: "missing value for '\(name)'")
                }
                if inlineValue == nil { index += 1 }
                guard options[name] == nil else { throw UsageError(message: "'\(name)' given twice") }
                options[name] = value
            } else {
                throw UsageError(message: "unknown option '\(name)'")
            }
        }
    }
}
