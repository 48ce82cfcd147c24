/// Makes text from input files safe to print on a terminal and styles report text.
enum TerminalText {
    /// `text` with control characters (C0, DEL, C1: ANSI escapes among them) and bidirectional overrides
    /// replaced by `�`, so that a nickname cannot move the cursor, recolour or reorder the report.
    static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                out.append("\u{FFFD}")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// ANSI SGR styles used in text reports.
    enum Style: String {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"
    }

    static func styled(_ text: String, _ style: Style, _ options: RenderOptions) -> String {
        options.useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Eight-level sparkline of `values`, oldest first: ▁ is the minimum, █ the maximum.
    static func sparkline(_ values: [Double]) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        guard let low = values.min(), let high = values.max() else { return "" }
        let span = high - low
        return String(
            values.map { value in
                span > 0 ? bars[min(7, Int(((value - low) / span * 7).rounded()))] : bars[3]
            })
    }

    /// `text` padded with spaces to `width` characters (no truncation).
    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
