/// Makes text from input files safe to print on a terminal and styles report text.
public enum TerminalText {
    /// `text` with control characters (C0, DEL, C1: ANSI escapes among them) and bidirectional overrides
    /// replaced by `�`, so that a nickname cannot move the cursor, recolour or reorder the report.
    public static func sanitize(_ text: String) -> String {
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
                span > 0 ? bars[min(7, max(0, ReportFormatting.whole((value - low) / span * 7)))] : bars[3]
            })
    }

    /// `text` padded with spaces to `columns` terminal columns (`width(_:)`; no truncation).
    static func padded(_ text: String, _ columns: Int) -> String {
        let used = width(text)
        return used >= columns ? text : text + String(repeating: " ", count: columns - used)
    }

    /// Columns a terminal gives `text`: 2 for East Asian wide and full-width characters and emoji, 0 for
    /// combining marks, joiners, variation selectors and ANSI style sequences, 1 for the rest — per grapheme
    /// cluster, the widest of its scalars (so 👍🏻 and 👩‍👩‍👧 take 2).
    static func width(_ text: String) -> Int {
        var columns = 0
        var inEscape = false
        for character in text {
            if character == "\u{1B}" {
                inEscape = true
                continue
            }
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            columns += character.unicodeScalars.map(scalarWidth).max() ?? 0
        }
        return columns
    }

    private static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F1E6...0x1F1FF,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return scalar.properties.isEmojiPresentation ? 2 : 1
        }
    }

    /// The widest line a text report writes: it reads in an 80–100 column terminal.
    static let maximumWidth = 100

    /// `line` broken into lines of at most `width` columns: at the last space that fits, else (Chinese runs
    /// without spaces) before the character that does not; continuation lines indented 4 more than the line.
    static func wrap(_ line: String, width: Int = maximumWidth) -> [String] {
        guard Self.width(line) > width else { return [line] }
        let indent = Array(repeating: Character(" "), count: line.prefix { $0 == " " }.count + 4)
        var lines: [String] = []
        var current: [Character] = []
        var currentWidth = 0
        var lastSpace: Int?
        for character in line {
            let columns = Self.width(String(character))
            if currentWidth + columns > width && current.contains(where: { $0 != " " }) {
                if let space = lastSpace {
                    lines.append(String(current[..<space]))
                    current = indent + current[(space + 1)...]
                } else {
                    lines.append(String(current))
                    current = indent
                }
                currentWidth = Self.width(String(current))
                lastSpace = nil
            }
            if character == " " && current.count > indent.count && current.contains(where: { $0 != " " }) {
                lastSpace = current.count
            }
            current.append(character)
            currentWidth += columns
        }
        if current.contains(where: { $0 != " " }) { lines.append(String(current)) }
        return lines
    }
}
