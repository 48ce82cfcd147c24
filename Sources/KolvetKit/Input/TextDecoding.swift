import Foundation

/// The text encodings kolvet detects in files people export.
package enum TextEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case gb18030 = "GB18030"
}

/// Decodes file bytes whose encoding nobody stated: a UTF-8 or UTF-16 byte-order mark decides; else valid UTF-8
/// is UTF-8; else GB18030 (a superset of GBK and GB2312, as Chinese Excel saves CSV) when the bytes decode as it.
package enum TextDecoder {
    /// GB18030-2000 as Foundation names it (kCFStringEncodingGB_18030_2000 in NSStringEncoding form).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text and the encoding it was found in; nil when no supported encoding fits.
    package static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(validating: bytes.dropFirst(3), as: UTF8.self).map { ($0, .utf8WithBOM) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(data: Data(bytes.dropFirst(2)), encoding: .utf16LittleEndian).map { ($0, .utf16LittleEndian) }
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if let text = String(data: Data(bytes), encoding: gb18030), !text.contains("\u{FFFD}") {
            return (text, .gb18030)
        }
        return nil
    }
}
