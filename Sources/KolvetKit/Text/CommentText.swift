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
    static let questionSearches = questionWords.map(ByteSearch.init)

    /// Analyses `text`: folded, then read cluster by cluster (`TextClusters`).
    public init(_ text: String) {
        let folded = Self.fold(text)
        self.init(folded: folded, clusters: TextClusters(folded))
    }

    /// Unicode NFKC, then lower case.
    ///
    /// Fast path: text made only of characters NFKC leaves alone — printable ASCII, CJK ideographs, kana, common
    /// CJK punctuation, emoji — and of full-width ASCII forms (U+FF01–FF5E, which NFKC maps to U+0021–007E) and
    /// the ideographic space (→ U+0020) is mapped directly; anything else goes through Foundation's NFKC. A test
    /// checks that both paths agree.
    public static func fold(_ text: String) -> String {
        var utf8 = text
        switch utf8.withUTF8({ foldBytes($0) }) {
        case .unchanged: return text
        case .changed(let folded): return folded
        case .needsFoundation: return text.precomposedStringWithCompatibilityMapping.lowercased()
        }
    }

    private enum FastFold {
        case unchanged
        case changed(String)
        case needsFoundation
    }

    /// The fast path of `fold` over UTF-8 bytes: whether the text folds to itself, what it folds to, or that a
    /// scalar needs Foundation.
    private static func foldBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> FastFold {
        var output: [UInt8] = []
        var changed = false
        var index = 0
        while index < bytes.count {
            let (value, length) = TextClusters.decode(bytes, at: index)
            let mapped: UInt32
            switch value {
            case 0x41...0x5A: mapped = value + 0x20
            case 0xFF21...0xFF3A: mapped = value - 0xFEE0 + 0x20
            case 0xFF01...0xFF5E: mapped = value - 0xFEE0
            case 0x3000: mapped = 0x20
            default:
                // NFKC leaves the simple scalars (`TextClusters`) and the zero-width joiner alone.
                guard value == 0x200D || TextClusters.isSimple(value) else { return .needsFoundation }
                mapped = value
            }
            if mapped != value && !changed {
                changed = true
                output.reserveCapacity(bytes.count)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<index]))
            }
            if changed {
                if mapped < 0x80 {
                    output.append(UInt8(mapped))
                } else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                }
            }
            index += length
        }
        return changed ? .changed(String(decoding: output, as: UTF8.self)) : .unchanged
    }

    /// Whether a scalar is a Han ideograph (CJK unified, extension A–B, compatibility) or kana.
    static func isHan(scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2A6DF: return true
        default: return false
        }
    }

    /// The set of character bigrams of `key` (the key itself when shorter than 2).
    public var bigrams: Set<String> { Self.bigrams(of: key) }

    /// The set of character bigrams of a key.
    static func bigrams(of key: String) -> Set<String> {
        let characters = Array(key)
        guard characters.count >= 2 else { return characters.isEmpty ? [] : [key] }
        return Set((0..<(characters.count - 1)).map { String(characters[$0...($0 + 1)]) })
    }

    /// |A ∩ B| / |A ∪ B|, 0 when both are empty.
    static func jaccard<Element: Hashable>(_ lhs: Set<Element>, _ rhs: Set<Element>) -> Double {
        let (small, large) = lhs.count <= rhs.count ? (lhs, rhs) : (rhs, lhs)
        var shared = 0
        for bigram in small where large.contains(bigram) { shared += 1 }
        let union = lhs.count + rhs.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Jaccard similarity |A ∩ B| / |A ∪ B| of the two texts' bigram sets; 1 for equal keys, 0 when empty.
    public func similarity(to other: CommentText) -> Double {
        if key == other.key { return key.isEmpty ? 0 : 1 }
        return Self.jaccard(bigrams, other.bigrams)
    }
}
