import Foundation

@testable import KolvetKit

/// The comment-text rules written the plain way, `Character` by `Character` over `String`s: the definitions that
/// kolvet's single cluster-based implementation (`TextClusters`) must reproduce. Test code only.
enum CharacterReference {
    // MARK: - CommentText

    /// `CommentText` of text already folded.
    static func commentText(folded: String) -> CommentText {
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
            if character == "[", let end = stickerEnd(characters, from: index) {
                flushWord()
                stickers.append(String(characters[index...end]))
                index = end + 1
                continue
            }
            index += 1
            if isEmoji(character) {
                flushWord()
                emojiCount += 1
            } else if isHan(character) {
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
        var text = CommentText("")
        text.normalized = folded
        text.core = core
        text.stickers = stickers
        text.emojiCount = emojiCount
        text.meaningfulLength = length
        text.key = makeKey(core)
        let bytes = Array(folded.utf8)
        text.isQuestion =
            bytes.contains(UInt8(ascii: "?")) || CommentText.questionSearches.contains { $0.occurs(in: bytes) }
        return text
    }

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

    static func isHan(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2A6DF: return true
        default: return false
        }
    }

    static func isEmoji(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        let properties = scalar.properties
        return properties.isEmojiPresentation || (properties.isEmoji && scalar.value > 0x2000)
            || character.unicodeScalars.contains { $0.value == 0xFE0F }
    }

    static func makeKey(_ core: String) -> String {
        var key = Array(core.filter { $0 != " " })
        while key.count > 1, let last = key.last, CommentText.particles.contains(last) || last == key[key.count - 2] {
            key.removeLast()
        }
        if key.count == 1, let only = key.first, CommentText.particles.contains(only) { key.removeAll() }
        return String(key)
    }

    // MARK: - Lead generation

    static func leadGenPatterns(_ text: String) -> CommentAnalyzer.LeadGenPatterns {
        var patterns = CommentAnalyzer.LeadGenPatterns(TextClusters(""))
        patterns.hasPhoneNumber = containsPhoneNumber(text)
        patterns.hasBracketPrice = containsBracketPrice(text)
        patterns.hasSpendAndSave = containsSpendAndSave(text)
        patterns.hashtags = text.filter { $0 == "#" }.count
        return patterns
    }

    static func containsPhoneNumber(_ text: String) -> Bool {
        let characters = Array(text)
        var start = 0
        while start < characters.count {
            guard characters[start].isASCII && characters[start].isNumber else {
                start += 1
                continue
            }
            var end = start
            while end < characters.count && characters[end].isASCII && characters[end].isNumber { end += 1 }
            if end - start == 11 && characters[start] == "1" && "3456789".contains(characters[start + 1]) {
                return true
            }
            start = end
        }
        return false
    }

    static func containsBracketPrice(_ text: String) -> Bool {
        guard let open = text.firstIndex(of: "〖"), let close = text[open...].firstIndex(of: "〗") else { return false }
        return text[open..<close].contains { ($0.isASCII && $0.isNumber) || $0 == "¥" || $0 == "元" }
    }

    static func containsSpendAndSave(_ text: String) -> Bool {
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "满" {
            let window = characters[(index + 1)..<min(characters.count, index + 9)]
            if let digit = window.firstIndex(where: { $0.isASCII && $0.isNumber }),
                window[digit...].contains(where: { $0 == "享" || $0 == "减" })
            {
                return true
            }
        }
        return false
    }

    // MARK: - Templates

    /// `TemplateMatcher` as a `Character` search over `String` pieces.
    struct Templates {
        let pieces: [String: String?]
        let longest: Int

        init(phrases: [String], fillers: [String]) {
            var pieces: [String: String?] = [:]
            for filler in fillers {
                let key = CommentText.fold(filler).filter { $0 != " " }
                if !key.isEmpty { pieces[key] = .some(nil) }
            }
            for phrase in phrases {
                let key = CommentText(phrase).key
                if !key.isEmpty { pieces[key] = .some(phrase) }
            }
            self.pieces = pieces
            longest = pieces.keys.map(\.count).max() ?? 0
        }

        func matchedPhrase(_ key: String) -> String? {
            if case .some(.some(let phrase)) = pieces[key] { return phrase }
            let characters = Array(key)
            var memo: [Int: String??] = [:]
            // The phrase of a split of characters[start...] into pieces (.some(nil): a split of fillers only).
            func split(_ start: Int) -> String?? {
                if start == characters.count { return .some(nil) }
                if let known = memo[start] { return known }
                var found: String?? = nil
                var length = min(longest, characters.count - start)
                while length >= 1 && found == nil {
                    let piece = String(characters[start..<(start + length)])
                    if let entry = pieces[piece], let rest = split(start + length) { found = .some(entry ?? rest) }
                    length -= 1
                }
                memo[start] = .some(found)
                return found
            }
            return split(0) ?? nil
        }
    }

    // MARK: - Duplicates

    /// `DuplicateGrouping.groups` over `String` keys, their `Character`s numbered through a dictionary.
    static func duplicateGroups(keys: [String?], similarity: Double) -> [Int: [Int]] {
        var numbers: [Character: UInt64] = [:]
        return DuplicateGrouping.groups(keys: keys, similarity: similarity) { key in
            guard key.utf8.first != 0x01 else { return nil }
            return key.map { character in
                if let known = numbers[character] { return known }
                numbers[character] = UInt64(numbers.count)
                return UInt64(numbers.count - 1)
            }
        }
    }
}
