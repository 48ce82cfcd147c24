/// Writes `JSONValue`s deterministically: object keys sorted by their UTF-8 bytes, numbers exactly as their
/// literal text, strings with control characters, `<`, `>`, `&`, U+2028 and U+2029 escaped (safe to embed in
/// HTML), everything else as UTF-8.
public struct JSONWriter: Sendable {
    /// Whether to indent with two spaces and put each member on its own line.
    public var isPretty: Bool

    public init(isPretty: Bool = false) {
        self.isPretty = isPretty
    }

    /// The JSON text of `value`; `indent` is the depth it stands at inside a larger document (pretty output
    /// indents its inner lines from there).
    public func write(_ value: JSONValue, indent: Int = 0) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4_096)
        write(value, indent: indent, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null: Self.append("null", to: &out)
        case .bool(let flag): Self.append(flag ? "true" : "false", to: &out)
        case .number(let text): Self.append(text, to: &out)
        case .string(let text): Self.writeString(text, into: &out)
        case .array(let elements):
            if elements.isEmpty {
                out.append(contentsOf: [0x5B, 0x5D])
                return
            }
            out.append(0x5B)
            for (offset, element) in elements.enumerated() {
                if offset > 0 { out.append(0x2C) }
                newline(indent + 1, into: &out)
                write(element, indent: indent + 1, into: &out)
            }
            newline(indent, into: &out)
            out.append(0x5D)
        case .object(let object):
            if object.members.isEmpty {
                out.append(contentsOf: [0x7B, 0x7D])
                return
            }
            out.append(0x7B)
            let sorted = object.members.sorted { Self.precedes($0.key, $1.key) }
            for (offset, member) in sorted.enumerated() {
                if offset > 0 { out.append(0x2C) }
                newline(indent + 1, into: &out)
                Self.writeString(member.key, into: &out)
                out.append(0x3A)
                if isPretty { out.append(0x20) }
                write(member.value, indent: indent + 1, into: &out)
            }
            newline(indent, into: &out)
            out.append(0x7D)
        }
    }

    private func newline(_ indent: Int, into out: inout [UInt8]) {
        guard isPretty else { return }
        out.append(0x0A)
        for _ in 0..<(indent * 2) { out.append(0x20) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// The string in quotes, escaped: `"` `\` and `\n` `\r` `\t` by name; other control characters, DEL, `<`,
    /// `>`, `&`, U+2028 and U+2029 as `\u` escapes; everything else as UTF-8. Runs that need no escape are
    /// copied at once.
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            var runStart = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case 0x20...0x7E where byte != 0x22 && byte != 0x5C && byte != 0x3C && byte != 0x3E && byte != 0x26:
                    index += 1
                    continue
                case 0x80...0xFF where byte != 0xE2:
                    index += 1
                    continue
                default: break
                }
                if byte == 0xE2
                    && !(index + 2 < utf8.count && utf8[index + 1] == 0x80
                        && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9))
                {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                index += 1
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                case 0xE2:
                    escape(utf8[index + 1] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    index += 2
                default: escape(UInt32(byte), into: &out)
                }
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        out.append(0x22)
    }

    /// Appends a string's UTF-8 bytes.
    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Whether `lhs` comes before `rhs` in the order of their UTF-8 bytes.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                let shared = min(left.count, right.count)
                var index = 0
                while index < shared {
                    if left[index] != right[index] { return left[index] < right[index] }
                    index += 1
                }
                return left.count < right.count
            }
        }
    }

    private static func escape(_ value: UInt32, into out: inout [UInt8]) {
        out.append(contentsOf: [0x5C, 0x75])
        for shift in [12, 8, 4, 0] { out.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
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
