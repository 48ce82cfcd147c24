import Foundation

/// Strings from UTF-8 bytes, refusing invalid UTF-8 (well-formed as RFC 3629 defines it: no overlong forms, no
/// surrogates, nothing above U+10FFFF — what `String(validating:as:)` accepts).
///
/// One pass of validation: the specialised `String(decoding:as:)` validates while it copies and replaces what is
/// ill-formed with U+FFFD, so the bytes were valid exactly when the copy equals them (a `memcmp`). A check of our
/// own before the decoding validated everything twice; the generic `String(validating:as:)`, unspecialised across
/// the standard library boundary, spent most of its time looking up type metadata. `UTF8ValidationTests` compares
/// the parser's verdict with `String(validating:as:)` on every short sequence and on random bytes.
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
}
