/// Writes `JSONValue`s deterministically: object keys sorted by their UTF-8 bytes, numbers exactly as their
/// literal text, strings with control characters, `<`, `>`, `&`, U+2028 and U+2029 escaped (safe to embed in
/// HTML), everything else as UTF-8.
public struct JSONWriter: Sendable {
    /// Whether to indent with two spaces and put each member on its own line.
    public var isPretty: Bool

    public init(isPretty: Bool = false) {
        self.isPretty = isPretty
    }

    /// The JSON text of `value`.
    public func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out
    }

    private func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): Self.writeString(text, into: &out)
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { out += "," }
                newline(indent + 1, into: &out)
                write(element, indent: indent + 1, into: &out)
            }
            newline(indent, into: &out)
            out += "]"
        case .object(let object):
            if object.members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            let sorted = object.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (offset, member) in sorted.enumerated() {
                if offset > 0 { out += "," }
                newline(indent + 1, into: &out)
                Self.writeString(member.key, into: &out)
                out += isPretty ? ": " : ":"
                write(member.value, indent: indent + 1, into: &out)
            }
            newline(indent, into: &out)
            out += "}"
        }
    }

    private func newline(_ indent: Int, into out: inout String) {
        guard isPretty else { return }
        out += "\n" + String(repeating: "  ", count: indent)
    }

    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{7F}", "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension JSONValue {
    /// A number with `decimals` fixed places (`nil` and non-finite values become `null`).
    public static func fixed(_ value: Double?, _ decimals: Int) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(ReportFormatting.fixed(value, decimals))
    }

    /// An integer number.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A string, or `null` when nil.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// An object from key–value pairs.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(JSONObject(pairs.map { JSONObject.Member(key: $0.key, value: $0.value) }))
    }
}
