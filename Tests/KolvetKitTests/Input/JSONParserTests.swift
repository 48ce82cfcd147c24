import KolvetKit
import Testing

@Suite("JSON parsing")
struct JSONParserTests {
    @Test("objects keep member order and numbers keep their text")
    func orderAndNumbers() throws {
        let value = try JSONParser().parse(#"{"b": 1.50, "a": [true, null, "x"], "c": 12345678901234567890}"#)
        guard case .object(let object) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(object.keys == ["b", "a", "c"])
        #expect(object["b"] == .number("1.50"))
        #expect(object["c"] == .number("12345678901234567890"))
        #expect(object["a"] == .array([.bool(true), .null, .string("x")]))
    }

    @Test("escapes, surrogate pairs and a byte-order mark")
    func strings() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#""\u5c0f\u7ea2\u4e66 \ud83d\ude00 \n""#.utf8)
        #expect(try JSONParser().parse(bytes) == .string("小红书 😀 \n"))
    }

    @Test(
        "errors name the line and column",
        arguments: [
            ("{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3, "duplicate key \"a\""),
            ("{\"a\": [1, 2}", 1, 12, "unexpected '}', expected ',' or ']'"),
            ("", 1, 1, "the file is empty"),
            ("{\"a\": NaN}", 1, 7, "NaN and Infinity are not JSON numbers"),
            ("[1] x", 1, 5, "unexpected 'x' after the end of the document"),
            ("{\"a\": 01}", 1, 8, "a number cannot start with 0"),
            ("[-x]", 1, 3, "a number needs a digit"),  // the byte after '-'
            ("[1.]", 1, 4, "a digit must follow '.'"),  // the byte after '.'
            ("[1e+]", 1, 5, "a digit must follow the exponent"),  // the byte after 'e+'
            ("\"abc", 1, 1, "unclosed string"),
        ])
    func errors(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        #expect(throws: JSONParser.SyntaxError(line: line, column: column, message: message)) {
            try JSONParser().parse(text)
        }
    }

    @Test("invalid UTF-8 and deep nesting are errors, not crashes")
    func hostileInput() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser().parse([0x22, 0xC4, 0xE3, 0x22]) }
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser().parse(deep) }
    }

    @Test("the writer sorts keys and round-trips through the parser")
    func writerRoundTrip() throws {
        let value = try JSONParser().parse(#"{"z": "<b>&", "a": {"y": [1, "\u0001"], "b": null}}"#)
        let text = JSONWriter().write(value)
        #expect(text == #"{"a":{"b":null,"y":[1,"\u0001"]},"z":"\u003cb\u003e\u0026"}"#)
        guard case .object(let reparsed) = try JSONParser().parse(text), case .object(let original) = value else {
            Issue.record("expected objects")
            return
        }
        #expect(Set(reparsed.keys) == Set(original.keys))
        #expect(reparsed["z"] == original["z"])
    }
}

@Suite("UTF-8 strings")
struct UTF8StringTests {
    @Test(
        "invalid UTF-8 is refused, valid UTF-8 (a real U+FFFD included) is kept",
        arguments: [
            ([0xC0, 0x80], false),  // overlong NUL
            ([0xED, 0xA0, 0x80], false),  // a surrogate encoded in UTF-8
            ([0xE5, 0xB0], false),  // truncated 小
            ([0xFF], false),
            ([0xE5, 0xB0, 0x8F], true),  // 小
            ([0xEF, 0xBF, 0xBD], true),  // U+FFFD itself
            ([0x61, 0x62], true),
        ] as [([UInt8], Bool)])
    func validity(_ bytes: [UInt8], _ isValid: Bool) throws {
        let quoted = [0x22] + bytes + [0x22]
        let parsed = try? JSONParser().parse(quoted)
        #expect((parsed != nil) == isValid)
        if isValid { #expect(parsed == .string(String(decoding: bytes, as: UTF8.self))) }
    }
}
