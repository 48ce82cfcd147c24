import Foundation

/// A comment's text taken apart the way Xiaohongshu writes it.
///
/// Normalisation: Unicode NFKC (full-width letters, digits and punctuation fold to their ASCII forms), lower
/// case. Stickers — bracket codes such as `[笑哭R]`, `[赞R]`, `[哭惹R]`: `[`, one to ten characters without
/// brackets or spaces, `]` — and emoji are counted and removed. What is left is split into **units**: each
/// Chinese (Han) or Japanese kana character is one unit, each run of Latin-script letters (a word) two units,
/// each run of digits one unit; punctuation and spaces separate. `meaningfulLength` is the sum of units.
public struct CommentText: Sendable, Equatable {
    /// The text after NFKC and lower-casing.
    public var normalized: String
    /// The meaningful text: Han characters as they are, words separated by single spaces.
    public var core: String
    /// `core` with spaces removed and trailing modal particles (了, 啊, 吧 …) and repeated characters at the end
    /// dropped: the key under which texts count as the same.
    public var key: String
    /// Stickers found, in order (`[赞r]` after lower-casing).
    public var stickers: [String]
    /// Emoji found.
    public var emojiCount: Int
    /// Han/kana characters + 2 × Latin words + digit runs.
    public var meaningfulLength: Int
    /// Whether the text asks something: a question mark, or a question word (吗, 呢, 怎么 … how, what …).
    public var isQuestion: Bool

    /// Whether there is nothing but stickers, emoji and punctuation.
    public var isEmojiOnly: Bool { meaningfulLength == 0 && (emojiCount > 0 || !stickers.isEmpty) }

    /// Trailing characters that carry tone, not meaning, stripped before template and duplicate matching.
    static let particles: Set<Character> = [
        "了", "啊", "呀", "吧", "哦", "喔", "哈", "呢", "嘛", "啦", "耶", "鸭", "哇", "呐", "噢", "嗷", "的",
    ]
    static let questionWords = [
        "吗", "呢", "怎么", "什么", "哪", "多少", "能不能", "是不是", "有没有", "可以吗", "求问", "请问", "适合",
        "how", "what", "which", "where", "does", "can i", "is it",
    ]

    /// Analyses `text`.
    public init(_ text: String) {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        normalized = folded
        var stickers: [String] = []
        var emojiCount = 0
        var tokens: [(text: String, isHan: Bool)] = []
        var length = 0
        var word = ""
        func flushWord() {
            guard let first = word.first else { return }
            tokens.append((word, false))
            length += first.isNumber ? 1 : 2
            word = ""
        }
        let characters = Array(folded)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "[", let end = Self.stickerEnd(characters, from: index) {
                flushWord()
                stickers.append(String(characters[index...end]))
                index = end + 1
                continue
            }
            index += 1
            if Self.isEmoji(character) {
                flushWord()
                emojiCount += 1
            } else if Self.isHan(character) {
                flushWord()
                tokens.append((String(character), true))
                length += 1
            } else if character.isLetter || character.isNumber {
                if let last = word.last, last.isNumber != character.isNumber { flushWord() }
                word.append(character)
            } else {
                flushWord()
            }
        }
        flushWord()
        var core = ""
        for (offset, token) in tokens.enumerated() {
            if offset > 0 && !(token.isHan && tokens[offset - 1].isHan) { core.append(" ") }
            core += token.text
        }
        self.core = core
        self.stickers = stickers
        self.emojiCount = emojiCount
        self.meaningfulLength = length
        self.key = Self.makeKey(core)
        self.isQuestion = folded.contains("?") || Self.questionWords.contains { folded.contains($0) }
    }

    /// The index of the `]` closing a sticker that opens at `start`, if the bracket holds 1–10 characters
    /// with no space or bracket.
    static func stickerEnd(_ characters: [Character], from start: Int) -> Int? {
        var index = start + 1
        while index < characters.count && index - start <= 11 {
            let character = characters[index]
            if character == "]" { return index - start >= 2 ? index : nil }
            if character == "[" || character.isWhitespace { return nil }
            index += 1
        }
        return nil
    }

    /// Han ideographs (CJK unified, extension A–B, compatibility) and kana.
    static func isHan(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2A6DF: return true
        default: return false
        }
    }

    /// Emoji: a character whose first scalar is presented as emoji by default, or is an emoji symbol beyond
    /// Latin-1 (so that digits and `#`, which Unicode also marks as emoji, are not).
    static func isEmoji(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        let properties = scalar.properties
        return properties.isEmojiPresentation || (properties.isEmoji && scalar.value > 0x2000)
            || character.unicodeScalars.contains { $0.value == 0xFE0F }
    }

    static func makeKey(_ core: String) -> String {
        var key = Array(core.filter { $0 != " " })
        while key.count > 1, let last = key.last, particles.contains(last) || last == key[key.count - 2] {
            key.removeLast()
        }
        if key.count == 1, let only = key.first, particles.contains(only) { key.removeAll() }
        return String(key)
    }

    /// The set of character bigrams of `key` (the key itself when shorter than 2).
    public var bigrams: Set<String> {
        let characters = Array(key)
        guard characters.count >= 2 else { return characters.isEmpty ? [] : [key] }
        return Set((0..<(characters.count - 1)).map { String(characters[$0...($0 + 1)]) })
    }

    /// Jaccard similarity |A ∩ B| / |A ∪ B| of the two texts' bigram sets; 1 for equal keys, 0 when empty.
    public func similarity(to other: CommentText) -> Double {
        if key == other.key { return key.isEmpty ? 0 : 1 }
        let mine = bigrams
        let theirs = other.bigrams
        let union = mine.union(theirs).count
        return union == 0 ? 0 : Double(mine.intersection(theirs).count) / Double(union)
    }
}
