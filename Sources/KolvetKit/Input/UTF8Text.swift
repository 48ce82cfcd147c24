/// Strings from UTF-8 bytes, refusing invalid UTF-8.
///
/// `String(validating:as:)` is generic over the encoding and, unspecialised across the standard library boundary,
/// spent most of its time looking up type metadata; this does the same check with the specialised
/// `String(decoding:as:)`: ASCII is always valid, and otherwise the decoded string's bytes equal the input exactly
/// when (and only when) nothing had to be replaced.
enum UTF8Text {
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if bytes.allSatisfy({ $0 < 0x80 }) { return text }
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    static func string(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { string($0) }
    }

    static func string(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { string($0) }
    }
}
