import KolvetKit
import Testing

@Suite("Counts as exports write them")
struct CountParserTests {
    @Test(
        "accepted forms",
        arguments: [
            (JSONValue.number("1234"), 1234, false),
            (.string("1,234"), 1234, false),
            (.string("1.2万"), 12_000, false),
            (.string("3亿"), 300_000_000, false),
            (.string("10万+"), 100_000, true),
            (.string("3.5w"), 35_000, false),
            (.string("12k"), 12_000, false),
            (.string(" 42 "), 42, false),
            (.number("1.2e4"), 12_000, false),
            (.string("0"), 0, false),
        ])
    func accepted(_ input: JSONValue, _ expected: Int, _ isApproximate: Bool) throws {
        let count = try CountParser.parse(input)
        #expect(count == Count(expected, isApproximate: isApproximate))
    }

    @Test(
        "rejected forms name the problem",
        arguments: [
            (JSONValue.number("-5"), "a count cannot be negative, got -5"),
            (.string("abc"), "expected a count, got \"abc\""),
            (.number("1.5"), "a count must be a whole number, got 1.5"),
            (.number("99999999999999999999"), "count 99999999999999999999 is too large (above 10^12)"),
            (.string("2万亿"), "expected a count, got \"2万亿\""),
            (.number("1000000000001"), "count 1000000000001 is too large (above 10^12)"),
            (.string(""), "expected a count, got an empty string"),
            (.bool(true), "expected a count, got a boolean"),
            (.string("-3万"), "a count cannot be negative, got \"-3万\""),
        ])
    func rejected(_ input: JSONValue, _ message: String) {
        #expect(throws: FieldError(message)) { try CountParser.parse(input) }
    }
}

@Suite("Shares")
struct ShareParserTests {
    @Test("numbers in 0–1 and percentage strings")
    func accepted() throws {
        #expect(try ShareParser.parse(.number("0.86")) == 0.86)
        #expect(isClose(try ShareParser.parse(.string("86%")), 0.86))
        #expect(isClose(try ShareParser.parse(.string("86.5 %")), 0.865))
        #expect(try ShareParser.parse(.number("1")) == 1)
    }

    @Test("a bare number above 1 is not guessed to be a percentage")
    func rejected() {
        #expect(throws: FieldError.self) { try ShareParser.parse(.number("86")) }
        #expect(throws: FieldError.self) { try ShareParser.parse(.string("120%")) }
        #expect(throws: FieldError.self) { try ShareParser.parse(.number("-0.1")) }
    }
}
