import Foundation

/// Decides whether a comment's key is made only of template phrases and fillers.
///
/// Segmentation: the key (spaces removed) must split entirely into phrases or fillers (longest match first,
/// with backtracking), and at least one piece must be a phrase. `太好看了吧` → key `太好看` → 太 + 好看: generic.
struct TemplateMatcher: Sendable {
    /// Piece (as a key) → the phrase as the lexicon writes it, or nil for a filler.
    private let pieces: [String: String?]
    private let longest: Int
    /// The characters pieces start with: a split cannot start anywhere else, which prunes most real comments at
    /// their first character.
    private let firstCharacters: Set<Character>

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
    }

    static func squeeze(_ text: String) -> String {
        CommentText.fold(text).filter { $0 != " " }
    }

    private struct Split {
        var phrase: String?
    }

    /// The template phrase the key consists of (the first phrase found), or nil when it is not a template.
    func matchedPhrase(_ key: String) -> String? {
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
}
