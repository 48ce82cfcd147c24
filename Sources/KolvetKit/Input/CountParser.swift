/// Reads counts as exports write them.
///
/// Accepted: JSON integers (`1234`) and integral numbers (`1.2e4`); strings with thousands separators
/// (`"1,234"`), a unit (`k`/`K` = 10³, `千` = 10³, `w`/`W`/`万` = 10⁴, `m`/`M` = 10⁶, `亿` = 10⁸: `"1.2万"` =
/// 12,000, `"3.5w"` = 35,000) and a trailing `+` for a lower bound (`"10万+"` = 100,000, approximate).
/// Rejected with a message: negative counts, fractions of one, values beyond `Int64`, NaN and anything else.
public enum CountParser {
    /// The largest count accepted: 10¹², far above any account (Xiaohongshu has about 3 × 10⁸ monthly users),
    /// so that sums and products of counts can never overflow.
    public static let maximum = 1_000_000_000_000

    /// Parses a count from a JSON value.
    public static func parse(_ value: JSONValue) throws(FieldError) -> Count {
        switch value {
        case .number(let text): return try parse(numberText: text, original: text)
        case .string(let text): return try parse(text: text)
        default: throw FieldError("expected a count, got \(value.kindDescription)")
        }
    }

    /// Parses a count from export text such as `"1.2万"` or `"10万+"`.
    public static func parse(text original: String) throws(FieldError) -> Count {
        let quoted = JSONValue.string(original).quoted
        var text = original.trimmingWhitespace()
        guard !text.isEmpty else { throw FieldError("expected a count, got an empty string") }
        var isApproximate = false
        if text.hasSuffix("+") {
            isApproximate = true
            text.removeLast()
        }
        var multiplier: Double = 1
        if let last = text.last, let unit = units[last] {
            multiplier = unit
            text.removeLast()
        }
        text = text.filter { !separators.contains($0) }
        if text.hasPrefix("-") { throw FieldError("a count cannot be negative, got \(quoted)") }
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) else {
            throw FieldError("expected a count, got \(quoted)")
        }
        let count = try parse(numberText: text, original: quoted, multiplier: multiplier)
        return Count(count.value, isApproximate: isApproximate)
    }

    private static let separators: Set<Character> = [",", " ", "\u{2009}", "，", "_"]

    private static func tooLarge(_ original: String) -> FieldError {
        FieldError("count \(original) is too large (above 10^12)")
    }

    private static let units: [Character: Double] = [
        "k": 1e3, "K": 1e3, "千": 1e3, "w": 1e4, "W": 1e4, "万": 1e4, "m": 1e6, "M": 1e6, "亿": 1e8,
    ]

    private static func parse(
        numberText text: String,
        original: String,
        multiplier: Double = 1
    ) throws(FieldError) -> Count {
        if text.hasPrefix("-") && text != "-0" { throw FieldError("a count cannot be negative, got \(original)") }
        if multiplier == 1, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard let integer = Int(text), integer <= maximum else { throw tooLarge(original) }
            return Count(integer)
        }
        guard let number = Double(text), number.isFinite else { throw FieldError("expected a count, got \(original)") }
        // 1e-400 reads as 0 after underflow: a mantissa with a non-zero digit is not zero.
        let mantissa = text.prefix { $0 != "e" && $0 != "E" }
        if number == 0, mantissa.contains(where: { ("1"..."9").contains($0) }) {
            throw FieldError("a count must be a whole number, got \(original)")
        }
        let scaled = number * multiplier
        guard scaled.magnitude <= Double(maximum) else { throw tooLarge(original) }
        let rounded = scaled.rounded()
        if multiplier == 1 && rounded != scaled {
            throw FieldError("a count must be a whole number, got \(original)")
        }
        return Count(Int(rounded.magnitude))
    }
}

extension String {
    /// The string without leading and trailing white space (ASCII and Unicode spaces, including 　).
    func trimmingWhitespace() -> String {
        if let first = unicodeScalars.first?.value, let last = unicodeScalars.last?.value,
            Self.isPlainEnd(first), Self.isPlainEnd(last)
        {
            return self  // nothing to trim: the first and last characters start with a scalar that is not a space
        }
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// Printable ASCII other than space, and CJK unified ideographs: neither is white space, and a character
    /// ending with one starts with it or with a prepended scalar, which is not white space either.
    private static func isPlainEnd(_ scalar: UInt32) -> Bool {
        (0x21..<0x7F).contains(scalar) || (0x4E00...0x9FFF).contains(scalar)
    }
}
