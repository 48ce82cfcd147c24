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
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
