import Foundation

/// Strings from UTF-8 bytes, refusing invalid UTF-8.
///
/// The bytes are checked here (well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates,
/// nothing above U+10FFFF — what `String(validating:as:)` accepts) and then copied with the specialised
/// `String(decoding:as:)`, which has nothing left to repair. The generic `String(validating:as:)`, unspecialised
/// across the standard library boundary, spent most of its time looking up type metadata.
enum UTF8Text {
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces each ill-formed sequence with U+FFFD; the bytes were valid exactly when nothing was
        // replaced, that is when the string's UTF-8 is the input again.
        guard text.utf8.count == bytes.count else { return nil }
        let same = text.withUTF8 { copy in
            copy.count == 0 || memcmp(copy.baseAddress!, bytes.baseAddress!, copy.count) == 0
        }
        return same ? text : nil
    }

    static func string(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { string($0) }
    }

    static func string(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { string($0) }
    }

    /// Whether `bytes` are well-formed UTF-8. ASCII is skipped eight bytes at a time.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count,
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The range of the second byte, and how many bytes the sequence has.
            let second: ClosedRange<UInt8>
            let length: Int
            switch lead {
            case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
            case 0xE0: (second, length) = (0xA0...0xBF, 3)
            case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
            case 0xED: (second, length) = (0x80...0x9F, 3)
            case 0xF0: (second, length) = (0x90...0xBF, 4)
            case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
            case 0xF4: (second, length) = (0x80...0x8F, 4)
            default: return false
            }
            guard index + length <= count, second.contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
