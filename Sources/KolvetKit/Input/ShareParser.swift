/// Reads shares (proportions) as exports write them: numbers in 0–1 (`0.86`) or percentage strings (`"86%"`,
/// `"86.5 %"`). A bare number above 1 is rejected rather than guessed to be a percentage.
public enum ShareParser {
    /// Parses a share in 0–1.
    public static func parse(_ value: JSONValue) throws(FieldError) -> Double {
        let share: Double
        switch value {
        case .number(let text):
            guard let number = Double(text) else { throw FieldError("expected a share, got \(text)") }
            share = number
        case .string(let raw):
            var text = raw.trimmingWhitespace()
            var scale = 1.0
            if text.hasSuffix("%") || text.hasSuffix("％") {
                text = String(text.dropLast()).trimmingWhitespace()
                scale = 100
            }
            guard let number = Double(text), text.utf8.allSatisfy({ $0 < 0x80 }) else {
                throw FieldError("expected a share such as 0.86 or \"86%\", got \(value.quoted)")
            }
            share = number / scale
        default:
            throw FieldError("expected a share such as 0.86 or \"86%\", got \(value.kindDescription)")
        }
        guard share.isFinite, share >= 0 else {
            throw FieldError("a share must be between 0 and 1, got \(value.quoted)")
        }
        guard share <= 1 + 1e-9 else {
            throw FieldError("a share must be between 0 and 1, got \(value.quoted) (write \"86%\" for a percentage)")
        }
        return min(share, 1)
    }
}
