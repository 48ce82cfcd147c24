/// A strict RFC 8259 JSON parser over UTF-8 bytes that reports errors with a line and a column.
///
/// Beyond the RFC it rejects what would make a dossier ambiguous or dangerous: duplicate keys in an object,
/// invalid UTF-8, and nesting deeper than `maximumDepth`.
public struct JSONParser: Sendable {
    /// Why a document is not valid JSON, with the 1-based line and byte column where it was found.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String

        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "\(line):\(column): \(message)" }
    }

    /// The deepest nesting of arrays and objects accepted.
    public var maximumDepth: Int
    /// The longest string accepted, in UTF-8 bytes.
    public var maximumStringBytes: Int

    /// Makes a parser; the defaults are `Limits()`'s: depth 64 (a dossier needs 4), strings of 1 MiB.
    public init(maximumDepth: Int = 64, maximumStringBytes: Int = 1_048_576) {
        self.maximumDepth = maximumDepth
        self.maximumStringBytes = maximumStringBytes
    }

    /// Parses one JSON document; only white space may follow it.
    public func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(SyntaxError) in try parse(buffer) }
        }
        return try result.get()
    }

    /// Parses one JSON document from raw bytes, which must stay valid for the call.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONValue {
        var reader = Reader(bytes: bytes, maximumDepth: maximumDepth, maximumStringBytes: maximumStringBytes)
        if reader.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        reader.skipWhitespace()
        guard reader.index < reader.bytes.count else { throw reader.error("the file is empty") }
        let value = try reader.parseValue(depth: 0)
        reader.skipWhitespace()
        if reader.index < reader.bytes.count {
            throw reader.error("unexpected \(reader.describeCurrent()) after the end of the document")
        }
        return value
    }

    /// Parses a string's UTF-8 bytes.
    public func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

extension JSONParser {
    /// The JSON string whose opening quote is at `start`, decoded exactly as `parse` decodes strings (escapes,
    /// surrogate pairs, UTF-8, the length limit), and the index just past its closing quote; nil for anything
    /// `parse` refuses. The fast dossier path reads strings with escapes through it.
    /// `scratch` holds the decoded bytes on the way; passing the same buffer each time saves an allocation per
    /// string.
    static func string(
        in bytes: UnsafeBufferPointer<UInt8>, at start: Int, maximumStringBytes: Int, scratch: inout [UInt8]
    ) -> (text: String, end: Int)? {
        var reader = Reader(bytes: bytes, maximumDepth: 1, maximumStringBytes: maximumStringBytes)
        reader.index = start
        guard start < bytes.count, bytes[start] == 0x22, let text = try? reader.parseString(scratch: &scratch)
        else { return nil }
        return (text, reader.index)
    }
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    let maximumStringBytes: Int
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int, maximumStringBytes: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        self.maximumStringBytes = maximumStringBytes
    }

    func error(_ message: String, at position: Int? = nil) -> JSONParser.SyntaxError {
        let end = min(position ?? index, bytes.count)
        var line = 1
        var lineStart = 0
        for offset in 0..<end where bytes[offset] == UInt8(ascii: "\n") {
            line += 1
            lineStart = offset + 1
        }
        return JSONParser.SyntaxError(line: line, column: end - lineStart + 1, message: message)
    }

    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func parseValue(depth: Int) throws(JSONParser.SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of file, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default:
            if bytes[index...].starts(with: Array("NaN".utf8)) || bytes[index...].starts(with: Array("Infinity".utf8)) {
                throw error("NaN and Infinity are not JSON numbers")
            }
            throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    mutating func expectLiteral(_ literal: String) throws(JSONParser.SyntaxError) {
        let utf8 = Array(literal.utf8)
        guard bytes[index...].starts(with: utf8) else {
            throw error("unexpected \(describeCurrent()), expected a value")
        }
        index += utf8.count
    }

    mutating func parseObject(depth: Int) throws(JSONParser.SyntaxError) -> JSONValue {
        guard depth <= maximumDepth else {
            throw error("nesting deeper than \(maximumDepth) levels (limits.maximum_nesting)")
        }
        index += 1
        var object = JSONObject()
        var seen: Set<String>? = nil  // only for large objects; small ones are scanned
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()), expected a key in quotes")
            }
            let keyStart = index
            let key = try parseString()
            if object.members.count < 16 {
                if object.members.contains(where: { $0.key == key }) {
                    throw error("duplicate key \"\(key)\"", at: keyStart)
                }
            } else {
                if seen == nil { seen = Set(object.members.map(\.key)) }
                guard seen!.insert(key).inserted else { throw error("duplicate key \"\(key)\"", at: keyStart) }
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("unexpected \(describeCurrent()), expected ':' after a key")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            object.members.append(JSONObject.Member(key: key, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file, expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(object)
            } else {
                throw error("unexpected \(describeCurrent()), expected ',' or '}'")
            }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONParser.SyntaxError) -> JSONValue {
        guard depth <= maximumDepth else {
            throw error("nesting deeper than \(maximumDepth) levels (limits.maximum_nesting)")
        }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file, expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            } else {
                throw error("unexpected \(describeCurrent()), expected ',' or ']'")
            }
        }
    }

    mutating func parseNumber() throws(JSONParser.SyntaxError) -> String {
        let start = index
        switch JSONNumberGrammar.end(in: bytes, from: start) {
        case .success(let end):
            index = end
            return String(decoding: bytes[start..<end], as: UTF8.self)
        case .failure(let located):
            index = located.index
            throw error(located.failure.message)
        }
    }

    mutating func parseString() throws(JSONParser.SyntaxError) -> String {
        var buffer: [UInt8] = []
        return try parseString(scratch: &buffer)
    }

    /// A string, its escapes decoded into `scratch` (emptied first, its capacity kept).
    mutating func parseString(scratch buffer: inout [UInt8]) throws(JSONParser.SyntaxError) -> String {
        let start = index
        // Fast path: no escape before the closing quote.
        let scan = ByteScanner.firstSpecialByte(in: bytes, from: index + 1)
        if scan < bytes.count && bytes[scan] == UInt8(ascii: "\"") {
            let length = scan - start - 1
            guard length <= maximumStringBytes else {
                throw error(
                    "a string of \(length) bytes is longer than the limit of \(maximumStringBytes) "
                        + "(limits.maximum_string_bytes)", at: start)
            }
            guard let text = UTF8Text.string(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<scan])) else {
                throw error("the string is not valid UTF-8 (is the file in GB18030?)", at: start)
            }
            index = scan + 1
            return text
        }
        index += 1
        buffer.removeAll(keepingCapacity: true)
        var runStart = index
        // From one quote, backslash or control byte to the next; the runs between are copied whole.
        index = scan
        while true {
            guard index < bytes.count else { throw error("unclosed string", at: start) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                buffer.append(contentsOf: bytes[runStart..<index])
                index += 1
                break
            }
            if byte < 0x20 { throw error("control character in a string (escape it)") }
            buffer.append(contentsOf: bytes[runStart..<index])
            try parseEscape(into: &buffer)
            runStart = index
            index = ByteScanner.firstSpecialByte(in: bytes, from: index)
        }
        guard buffer.count <= maximumStringBytes else {
            throw error(
                "a string of \(buffer.count) bytes is longer than the limit of \(maximumStringBytes) "
                    + "(limits.maximum_string_bytes)", at: start)
        }
        guard let text = UTF8Text.string(buffer) else {
            throw error("the string is not valid UTF-8 (is the file in GB18030?)", at: start)
        }
        return text
    }

    mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParser.SyntaxError) {
        index += 1
        guard index < bytes.count else { throw error("unclosed string") }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800..<0xDC00).contains(scalar) {
                guard bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                    throw error("a high surrogate must be followed by a low surrogate")
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("invalid low surrogate") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw error("a lone low surrogate is not a character")
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
            buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw error("invalid escape '\\\(Character(Unicode.Scalar(escaped)))'", at: index - 2)
        }
    }

    mutating func parseHex4() throws(JSONParser.SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("\\u needs four hex digits")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
