import Foundation

/// Strings from UTF-8 bytes, refusing invalid UTF-8 (well-formed as RFC 3629 defines it: no overlong forms, no
/// surrogates, nothing above U+10FFFF — what `String(validating:as:)` accepts).
///
/// One pass of validation: the specialised `String(decoding:as:)` validates while it copies and replaces what is
/// ill-formed with U+FFFD, so the bytes were valid exactly when the copy equals them (a `memcmp`). A check of our
/// own before the decoding validated everything twice; the generic `String(validating:as:)`, unspecialised across
/// the standard library boundary, spent most of its time looking up type metadata. `UTF8ValidationTests` compares
/// the parser's verdict with `String(validating:as:)` on every short sequence and on random bytes.
///
/// The comparison is needed only when a byte is 0xF0 or above. Decoding replaces each maximal ill-formed
/// subpart — one to three bytes — with U+FFFD, three bytes, so a replacement never shortens the text and keeps
/// its length only for a three-byte subpart, which begins with a four-byte lead (0xF0–0xF4). Without such a
/// byte, the same length means nothing was replaced. `ByteScannerTests` checks this against
/// `String(validating:as:)` on every sequence of up to three boundary bytes (ASCII, the ends of the continuation
/// and lead ranges, bytes UTF-8 never uses) and every four-byte one after an edge lead byte.
enum UTF8Text {
    /// The string the bytes spell, or nil if they are not valid UTF-8. Pass `mayHaveHighBytes: false` only when
    /// no byte is 0xF0 or above.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, mayHaveHighBytes: Bool = true) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces each ill-formed sequence with U+FFFD; the bytes were valid exactly when nothing was
        // replaced, that is when the string's UTF-8 is the input again.
        guard text.utf8.count == bytes.count else { return nil }
        guard mayHaveHighBytes else { return text }
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
}
