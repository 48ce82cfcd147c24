/// The one escaping rule for text kolvet echoes from its input into diagnostics: nothing a file holds may steer the
/// terminal that shows it, and no value may flood it.
///
/// Control characters (U+0000–U+001F, U+007F–U+009F) and the invisible direction marks and overrides (U+061C,
/// U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are written as `\u{…}` with the scalar in hexadecimal. Text of
/// more than `limit` characters keeps its first `limit × 2 / 3` and last `limit / 6` characters around
/// `…[N characters]…`, N being the length of the whole text.
public enum DiagnosticText {
    /// The longest text shown whole, in characters.
    public static let limit = 300

    /// `text` made safe to print, and elided in the middle when longer than `limit` characters.
    public static func escaped(_ text: String, limit: Int = DiagnosticText.limit) -> String {
        let needsEscaping = text.unicodeScalars.contains(where: isHidden)
        // Counting characters walks grapheme breaks; a text of at most `limit` UTF-8 bytes cannot be longer.
        let count = text.utf8.count <= limit ? 0 : text.count
        guard needsEscaping || count > limit else { return text }
        var shown = text
        if count > limit {
            let head = text.prefix(limit * 2 / 3)
            let tail = text.suffix(limit / 6)
            shown = "\(head)…[\(count) characters]…\(tail)"
        }
        guard needsEscaping else { return shown }
        var result = ""
        for scalar in shown.unicodeScalars {
            if isHidden(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a scalar is a control character or an invisible direction control.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
