import Foundation

/// Decides whether a comment's key is made only of template phrases and fillers.
///
/// Segmentation: the key (spaces removed) must split entirely into phrases or fillers (longest match first,
/// with backtracking), and at least one piece must be a phrase. `太好看了吧` → key `太好看` → 太 + 好看: generic.
///
/// Keys are matched as UTF-8 bytes against the pieces that start with their first character's first scalar, a match
/// counting only where it ends on a character boundary (`TextClusters`). Keys and pieces are both folded (NFKC),
/// so a byte match is exactly a `Character` match; `TextClustersTests` compares it with a `Character` search.
struct TemplateMatcher: Sendable {
    /// The pieces as bytes by their first scalar, longest (in characters) first, each with the phrase as the
    /// lexicon writes it (nil for a filler).
    private let pieces: [UInt32: [Piece]]

    private struct Piece: Sendable {
        var bytes: [UInt8]
        var phrase: String?
    }

    init(phrases: [String], fillers: [String]) {
        var keyed: [String: String?] = [:]
        for filler in fillers {
            let key = Self.squeeze(filler)
            if !key.isEmpty { keyed[key] = .some(nil) }
        }
        for phrase in phrases {
            let key = CommentText(phrase).key
            if !key.isEmpty { keyed[key] = .some(phrase) }
        }
        var byFirst: [UInt32: [(piece: Piece, length: Int)]] = [:]
        for (key, phrase) in keyed {
            guard let first = key.unicodeScalars.first?.value else { continue }
            byFirst[first, default: []].append((Piece(bytes: Array(key.utf8), phrase: phrase), key.count))
        }
        pieces = byFirst.mapValues { entries in
            entries.sorted {
                $0.length != $1.length
                    ? $0.length > $1.length : $0.piece.bytes.lexicographicallyPrecedes($1.piece.bytes)
            }
            .map(\.piece)
        }
    }

    static func squeeze(_ text: String) -> String {
        CommentText.fold(text).filter { $0 != " " }
    }

    private struct Split {
        var phrase: String?
    }

    /// The template phrase the key consists of (the first phrase found), or nil when it is not a template.
    func matchedPhrase(_ key: String) -> String? {
        var splitter = Splitter(text: TextClusters(key), pieces: pieces)
        return splitter.matchedPhrase()
    }

    /// The search over the bytes of a key: at each character, the pieces that start there, longest first, each
    /// only if it ends on a character boundary and the rest splits too (backtracking, memoised by position).
    private struct Splitter {
        let text: TextClusters
        let pieces: [UInt32: [Piece]]
        /// The cluster that starts at each byte offset, or -1 inside a cluster; one more entry for the end.
        let clusterAt: [Int]
        var memo: [Int: Split?] = [:]

        init(text: TextClusters, pieces: [UInt32: [Piece]]) {
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
