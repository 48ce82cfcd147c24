/// Reads non-negative amounts — prices and averages — which, unlike counts, may have fractions.
///
/// Accepted: numbers (`6000`, `412.5`), and strings as counts are written (`"1.2万"`, `"3,500"`), with `¥`, `￥`,
/// `$` or `元` around them (`"¥6,000"`, `"6000元"`). Negative, non-finite and other values, and amounts above
/// 10¹² (as for counts), are rejected.
public enum AmountParser {
    public static func parse(_ value: JSONValue) throws(FieldError) -> Double {
        switch value {
        case .number(let text):
            guard let number = Double(text), number.isFinite else {
                throw FieldError("expected an amount, got \(text)")
            }
            guard number >= 0 else { throw FieldError("an amount cannot be negative, got \(text)") }
            return try bounded(number, original: text)
        case .string(let text):
            return try parse(text: text)
        default:
            throw FieldError("expected an amount, got \(value.kindDescription)")
        }
    }

    public static func parse(text original: String) throws(FieldError) -> Double {
        let bare = original.filter { !"¥￥$元".contains($0) }.trimmingWhitespace()
        let plain = bare.filter { $0 != "," }
        if let number = Double(plain), number.isFinite, plain.utf8.allSatisfy({ $0 < 0x80 }) {
            guard number >= 0 else {
                throw FieldError("an amount cannot be negative, got \(JSONValue.string(original).quoted)")
            }
            return try bounded(number, original: JSONValue.string(original).quoted)
        }
        do {
            return try CountParser.parse(text: bare).doubleValue
        } catch  where error.message.contains("too large") {
            throw FieldError("amount \(JSONValue.string(original).quoted) is too large (above 10^12)")
        } catch {
            throw FieldError("expected an amount, got \(JSONValue.string(original).quoted)")
        }
    }

    private static func bounded(_ number: Double, original: String) throws(FieldError) -> Double {
        guard number <= Double(CountParser.maximum) else {
            throw FieldError("amount \(original) is too large (above 10^12)")
        }
        return number
    }
}
