/// `CommentText`'s analysis over the characters of folded text (`TextClusters`). `TextClustersTests` compares it
/// with a `Character`-by-`Character` reference on every kind of text that matters.
extension CommentText {
    /// The analysis of text already folded, over its clusters.
    init(folded: String, clusters simple: TextClusters) {
        var tokens = Tokenizer(text: simple)
        let clusters = simple.clusters
        var index = 0
        while index < clusters.count {
            let cluster = clusters[index]
            if cluster.isASCII(0x5B), let end = Self.stickerEnd(simple, from: index) {
                tokens.flushWord()
                tokens.stickers.append(simple.text(index..<(end + 1)))
                index = end + 1
                continue
            }
            index += 1
            if Self.isEmoji(cluster) {
                tokens.flushWord()
                tokens.emojiCount += 1
            } else if Self.isHan(scalar: cluster.first) {
                tokens.flushWord()
                tokens.append((index - 1)..<index, isHan: true)
                tokens.length += 1
            } else {
                let (isLetter, isNumber) = Self.letterOrNumber(cluster)
                if isLetter || isNumber {
                    tokens.extendWord(with: index - 1, isNumber: isNumber)
                } else {
                    tokens.flushWord()
                }
            }
        }
        tokens.flushWord()
        normalized = folded
        core = String(decoding: tokens.core, as: UTF8.self)
        stickers = tokens.stickers
        emojiCount = tokens.emojiCount
        meaningfulLength = tokens.length
        key = tokens.key()
        isQuestion =
            simple.bytes.contains(UInt8(ascii: "?")) || Self.questionSearches.contains { $0.occurs(in: simple.bytes) }
    }

    /// Builds `core`, the key and the counts of simple text as its characters are read.
    private struct Tokenizer {
        let text: TextClusters
        var core: [UInt8] = []
        /// The clusters of the key before trailing particles are dropped: every token's, without the spaces.
        var keyClusters: [Int] = []
        var stickers: [String] = []
        var emojiCount = 0
        var length = 0
        var lastTokenIsHan: Bool?
        /// The word being read (clusters), whether its first character is a digit, and whether its last is.
        var word: Range<Int>?
        var wordStartsWithNumber = false
        var wordEndsWithNumber = false

        mutating func append(_ range: Range<Int>, isHan: Bool) {
            if let last = lastTokenIsHan, !(isHan && last) { core.append(0x20) }
            core.append(
                contentsOf: text.bytes[text.clusters[range.lowerBound].start..<text.clusters[range.upperBound - 1].end])
            keyClusters.append(contentsOf: range)
            lastTokenIsHan = isHan
        }

        mutating func extendWord(with index: Int, isNumber: Bool) {
            if word != nil && wordEndsWithNumber != isNumber { flushWord() }
            if let current = word {
                word = current.lowerBound..<(index + 1)
            } else {
                word = index..<(index + 1)
                wordStartsWithNumber = isNumber
            }
            wordEndsWithNumber = isNumber
        }

        mutating func flushWord() {
            guard let current = word else { return }
            append(current, isHan: false)
            length += wordStartsWithNumber ? 1 : 2
            word = nil
        }

        /// `makeKey` over clusters: trailing particles and repeated characters dropped.
        func key() -> String {
            var key = keyClusters
            let clusters = text.clusters
            while key.count > 1, let last = key.last,
                CommentText.isParticle(clusters[last]) || text.same(clusters[last], clusters[key[key.count - 2]])
            {
                key.removeLast()
            }
            if key.count == 1, CommentText.isParticle(clusters[key[0]]) { key.removeAll() }
            var bytes: [UInt8] = []
            for index in key { bytes.append(contentsOf: text.bytes[clusters[index].start..<clusters[index].end]) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The particles as scalars (each is one).
    static let particleScalars = Set(particles.compactMap { $0.unicodeScalars.first?.value })

    /// Whether a cluster is one particle scalar alone.
    static func isParticle(_ cluster: TextClusters.Cluster) -> Bool {
        cluster.isScalar(cluster.first) && particleScalars.contains(cluster.first)
    }

    /// The index of the `]` closing a sticker that opens at `start`, if the bracket holds 1–10 characters with no
    /// space or bracket.
    static func stickerEnd(_ text: TextClusters, from start: Int) -> Int? {
        var index = start + 1
        while index < text.clusters.count && index - start <= 11 {
            let cluster = text.clusters[index]
            if cluster.isASCII(0x5D) { return index - start >= 2 ? index : nil }
            if cluster.isASCII(0x5B) || isWhitespace(cluster) { return nil }
            index += 1
        }
        return nil
    }

    static func isWhitespace(_ cluster: TextClusters.Cluster) -> Bool {
        switch cluster.first {
        case 0x09...0x0D, 0x20: return true
        case 0x21..<0x80, 0x3001...0x9FFF, 0x20000...0x2A6DF: return false
        default: return Character(Unicode.Scalar(cluster.first)!).isWhitespace
        }
    }

    /// Emoji: a character whose first scalar is presented as emoji by default, or is an emoji symbol beyond
    /// Latin-1 (so that digits and `#`, which Unicode also marks as emoji, are not), or that holds U+FE0F.
    static func isEmoji(_ cluster: TextClusters.Cluster) -> Bool {
        if cluster.hasVariationSelector { return true }
        switch cluster.first {
        // No emoji among ASCII, CJK punctuation and brackets, kana and ideographs (〰 U+3030, 〽 U+303D, ㊗ U+3297
        // and ㊙ U+3299 are, and are left to their properties).
        case 0..<0x80, 0x3001...0x3003, 0x3008...0x3011, 0x3041...0x30FF, 0x3400...0x9FFF, 0x20000...0x2A6DF:
            return false
        default:
            let properties = Unicode.Scalar(cluster.first)!.properties
            return properties.isEmojiPresentation || (properties.isEmoji && cluster.first > 0x2000)
        }
    }

    /// `Character.isLetter` and `.isNumber` for a cluster (they look at its first scalar).
    static func letterOrNumber(_ cluster: TextClusters.Cluster) -> (isLetter: Bool, isNumber: Bool) {
        switch cluster.first {
        case 0x61...0x7A, 0x41...0x5A: return (true, false)
        case 0x30...0x39: return (false, true)
        case 0..<0x80: return (false, false)
        default:
            let character = Character(Unicode.Scalar(cluster.first)!)
            return (character.isLetter, character.isNumber)
        }
    }
}
