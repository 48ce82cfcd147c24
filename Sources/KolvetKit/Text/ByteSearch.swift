import Foundation

/// Substring search over UTF-8 bytes, for matching lexicon phrases in comments without going through
/// Foundation's locale-aware string search.
///
/// Both sides must be in the same normalisation (kolvet folds comments and phrases with `CommentText.fold`), so
/// a byte match is a text match.
struct ByteSearch: Sendable {
    /// The phrase as UTF-8 bytes.
    let needle: [UInt8]

    init(_ phrase: String) {
        needle = Array(phrase.utf8)
    }

    /// Whether the phrase occurs in `haystack` starting at `offset`.
    func occurs(at offset: Int, in haystack: [UInt8]) -> Bool {
        guard offset + needle.count <= haystack.count else { return false }
        for index in 0..<needle.count where haystack[offset + index] != needle[index] { return false }
        return true
    }

    /// Whether `haystack` contains the phrase.
    func occurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in Self.occurs(needle, in: haystack) }
        }
    }
}

extension ByteSearch {
    /// Whether `text` contains `phrase` as a run of UTF-8 bytes: the substring match of the content
    /// signals, on lower-cased note text and lexicons. `String.contains` walks both by grapheme cluster under
    /// canonical equivalence and took 47 % of a batch of creators whose notes have captions; a byte match differs
    /// from it only around combining marks (a phrase ending in "e" is found in "é" written as e + U+0301, and the
    /// precomposed é is not found by a phrase that spells it decomposed). An empty phrase is contained everywhere,
    /// as with `String.contains`.
    static func contains(_ text: String, _ phrase: String) -> Bool {
        var text = text
        var phrase = phrase
        return text.withUTF8 { haystack in phrase.withUTF8 { needle in occurs(needle, in: haystack) } }
    }

    /// Whether `needle` occurs in `haystack`: candidates by the needle's last byte (in CJK text a continuation
    /// byte, more varied than a lead byte), found with `memchr`, each then compared whole with `memcmp`.
    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count > 0 else { return true }
        guard haystack.count >= needle.count else { return false }
        let base = haystack.baseAddress!
        let last = needle[needle.count - 1]
        var from = needle.count - 1
        while from < haystack.count {
            guard let found = memchr(base + from, Int32(last), haystack.count - from) else { return false }
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + end - (needle.count - 1), needle.baseAddress!, needle.count) == 0 { return true }
            from = end + 1
        }
        return false
    }
}
