import Foundation

/// Decides whether a comment's key is made only of template phrases and fillers.
///
/// Segmentation: the key (spaces removed) must split entirely into phrases or fillers (longest match first,
/// with backtracking), and at least one piece must be a phrase. `太好看了吧` → key `太好看` → 太 + 好看: generic.
///
/// Keys of simple text (`SimpleClusters`) are matched as UTF-8 bytes against the pieces that start with their
/// character, a match counting only where it ends on a character boundary; other keys go `Character` by
/// `Character`. Simple text is in NFC and no simple scalar composes, so a byte match is exactly a `String`
/// match — unless a piece that is not simple has a simple NFC form, in which case every key goes the
/// `Character` way. A test compares both ways.
struct TemplateMatcher: Sendable {
    /// Piece (as a key) → the phrase as the lexicon writes it, or nil for a filler.
    private let pieces: [String: String?]
    private let longest: Int
    /// The characters pieces start with: a split cannot start anywhere else, which prunes most real comments at
    /// their first character.
    private let firstCharacters: Set<Character>
    /// The pieces as bytes by their first scalar, longest (in characters) first; nil when keys must go the
    /// `Character` way.
    private let bytePieces: [UInt32: [BytePiece]]?

    /// Whether to go `Character` by `Character` always (for the test that compares both ways).
    var usesCharacters = false

    private struct BytePiece: Sendable {
        var bytes: [UInt8]
        var phrase: String?
    }

    init(phrases: [String], fillers: [String]) {
        var pieces: [String: String?] = [:]
        for filler in fillers {
            let key = Self.squeeze(filler)
            if !key.isEmpty { pieces[key] = .some(nil) }
        }
        for phrase in phrases {
            let key = CommentText(phrase).key
            if !key.isEmpty { pieces[key] = .some(phrase) }
        }
        self.pieces = pieces
        self.firstCharacters = Set(pieces.keys.compactMap(\.first))
        self.longest = pieces.keys.map(\.count).max() ?? 0
        var byFirst: [UInt32: [(piece: BytePiece, length: Int)]] = [:]
        var usable = true
        for (key, phrase) in pieces {
            guard SimpleClusters(key) != nil else {
                if SimpleClusters(key.precomposedStringWithCanonicalMapping) != nil { usable = false }
                continue
            }
            guard let first = key.unicodeScalars.first?.value else { continue }
            byFirst[first, default: []].append((BytePiece(bytes: Array(key.utf8), phrase: phrase), key.count))
        }
        self.bytePieces =
            usable
            ? byFirst.mapValues { entries in
                entries.sorted {
                    $0.length != $1.length
                        ? $0.length > $1.length : $0.piece.bytes.lexicographicallyPrecedes($1.piece.bytes)
                }
                .map(\.piece)
            } : nil
    }

    static func squeeze(_ text: String) -> String {
        CommentText.fold(text).filter { $0 != " " }
    }

    private struct Split {
        var phrase: String?
    }

    /// The template phrase the key consists of (the first phrase found), or nil when it is not a template.
    func matchedPhrase(_ key: String) -> String? {
        if !usesCharacters, let bytePieces, let simple = SimpleClusters(key) {
            var splitter = ByteSplitter(text: simple, pieces: bytePieces)
            return splitter.matchedPhrase()
        }
        guard let first = key.first, firstCharacters.contains(first) else { return nil }
        if case .some(.some(let phrase)) = pieces[key] { return phrase }
        let characters = Array(key)
        var memo: [Int: Split?] = [:]
        func split(_ start: Int) -> Split? {
            if start == characters.count { return Split(phrase: nil) }
            if let known = memo[start] { return known }
            guard firstCharacters.contains(characters[start]) else { return nil }
            var found: Split?
            var length = min(longest, characters.count - start)
            while length >= 1 && found == nil {
                let piece = String(characters[start..<(start + length)])
                if let entry = pieces[piece], let rest = split(start + length) {
                    found = Split(phrase: entry ?? rest.phrase)
                }
                length -= 1
            }
            memo[start] = .some(found)
            return found
        }
        return split(0)?.phrase
    }

    /// The same search over the bytes of a simple key.
    private struct ByteSplitter {
        let text: SimpleClusters
        let pieces: [UInt32: [BytePiece]]
        /// The cluster that starts at each byte offset, or -1 inside a cluster; one more entry for the end.
        let clusterAt: [Int]
        var memo: [Int: Split?] = [:]

        init(text: SimpleClusters, pieces: [UInt32: [BytePiece]]) {
            self.text = text
            self.pieces = pieces
            var clusterAt = [Int](repeating: -1, count: text.bytes.count + 1)
            for (index, cluster) in text.clusters.enumerated() { clusterAt[cluster.start] = index }
            clusterAt[text.bytes.count] = text.clusters.count
            self.clusterAt = clusterAt
        }

        mutating func matchedPhrase() -> String? {
            guard let first = text.clusters.first, let candidates = pieces[first.first] else { return nil }
            for piece in candidates where piece.phrase != nil && piece.bytes == text.bytes {
                return piece.phrase
            }
            return split(0)?.phrase
        }

        /// Pieces in the order the `Character` search tries them: longest first, each only if it ends on a
        /// character boundary.
        mutating func split(_ start: Int) -> Split? {
            if start == text.clusters.count { return Split(phrase: nil) }
            if let known = memo[start] { return known }
            var found: Split?
            let offset = text.clusters[start].start
            for piece in pieces[text.clusters[start].first] ?? [] where found == nil {
                let end = offset + piece.bytes.count
                guard end <= text.bytes.count, clusterAt[end] >= 0,
                    text.bytes[offset..<end].elementsEqual(piece.bytes)
                else { continue }
                if let rest = split(clusterAt[end]) { found = Split(phrase: piece.phrase ?? rest.phrase) }
            }
            memo[start] = .some(found)
            return found
        }
    }
}
