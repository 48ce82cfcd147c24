/// Comment text as the one view every text rule reads: its characters (grapheme clusters), each with its byte
/// range in the UTF-8 and its first scalar. The choice of how to find them is made here, once:
///
/// - **Simple text** — made only of scalars whose clustering is simple — is split from its UTF-8 bytes without the
///   standard library's general grapheme breaking. Simple scalars are those `CommentText.fold`'s fast path leaves
///   or produces, minus the zero-width joiner: ASCII (tab, line feed, carriage return, printable), common CJK
///   punctuation, kana, CJK ideographs, the variation selector U+FE0F, and the emoji and symbol blocks. Among them
///   only three rules of Unicode's grapheme clustering (UAX #29) can apply: carriage return + line feed is one
///   character; a control character stands alone; an extending scalar (U+FE0F, or a skin-tone modifier
///   U+1F3FB–1F3FF) joins the character before it.
/// - **Any other text** — a zero-width joiner, combining marks, Hangul, flags — is split by `String`'s
///   `Character`s.
///
/// Either way the clusters are the standard library's characters; `TextClustersTests` checks the three rules for
/// every simple scalar, and every rule built on clusters against a `Character`-by-`Character` reference.
struct TextClusters {
    /// One character: its bytes `start..<end` and its first scalar.
    struct Cluster: Equatable {
        var start: Int
        var end: Int
        var first: UInt32
        /// Whether it holds U+FE0F (emoji presentation).
        var hasVariationSelector = false

        /// Whether it is the single ASCII byte `byte`.
        func isASCII(_ byte: UInt8) -> Bool { end - start == 1 && first == UInt32(byte) }

        /// Whether it is the scalar `value` alone.
        func isScalar(_ value: UInt32) -> Bool {
            first == value && end - start == (value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4)
        }

        /// Whether it is one ASCII digit alone.
        var isDigit: Bool { end - start == 1 && first >= 0x30 && first <= 0x39 }
    }

    let bytes: [UInt8]
    let clusters: [Cluster]

    /// Splits `text` into its characters.
    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Splits well-formed UTF-8 bytes into their characters.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        clusters = Self.simpleClusters(bytes) ?? Self.characterClusters(bytes)
    }

    /// The clusters of simple text by the three rules; nil when the bytes hold a scalar that is not simple.
    static func simpleClusters(_ bytes: [UInt8]) -> [Cluster]? {
        var clusters: [Cluster] = []
        clusters.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let (scalar, length) = Self.decode(bytes, at: index)
            guard Self.isSimple(scalar) else { return nil }
            if let last = clusters.last, Self.joins(last, scalar) {
                clusters[clusters.count - 1].end = index + length
                if scalar == 0xFE0F { clusters[clusters.count - 1].hasVariationSelector = true }
            } else {
                clusters.append(
                    Cluster(start: index, end: index + length, first: scalar, hasVariationSelector: scalar == 0xFE0F))
            }
            index += length
        }
        return clusters
    }

    /// The clusters of any text: `String`'s characters.
    static func characterClusters(_ bytes: [UInt8]) -> [Cluster] {
        var clusters: [Cluster] = []
        var offset = 0
        for character in String(decoding: bytes, as: UTF8.self) {
            let length = character.utf8.count
            let scalars = character.unicodeScalars
            clusters.append(
                Cluster(
                    start: offset, end: offset + length, first: scalars.first?.value ?? 0,
                    hasVariationSelector: scalars.contains { $0.value == 0xFE0F }))
            offset += length
        }
        return clusters
    }

    /// The scalar at `index` of well-formed UTF-8 and its length in bytes.
    static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Bytes.Index) -> (UInt32, Int)
    where Bytes.Index == Int {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }

    /// The scalars whose clustering the three rules above cover.
    static func isSimple(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x3001...0x3003, 0x3008...0x3011, 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2A6DF, 0xFE0F, 0x2600...0x26FF, 0x2700...0x27BF,
            0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }

    static func isControl(_ scalar: UInt32) -> Bool { scalar == 0x09 || scalar == 0x0A || scalar == 0x0D }

    /// U+FE0F and the skin-tone modifiers: they extend the character before them.
    static func isExtending(_ scalar: UInt32) -> Bool { scalar == 0xFE0F || (0x1F3FB...0x1F3FF).contains(scalar) }

    /// Whether `scalar` continues the character `last`.
    static func joins(_ last: Cluster, _ scalar: UInt32) -> Bool {
        if last.first == 0x0D { return scalar == 0x0A && last.end - last.start == 1 }
        if isControl(last.first) { return false }
        return isExtending(scalar)
    }

    /// The text of clusters `range`.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(
            decoding: bytes[clusters[range.lowerBound].start..<clusters[range.upperBound - 1].end], as: UTF8.self)
    }

    /// Whether two clusters hold the same scalars: `Character` equality for folded text, which is in NFC.
    func same(_ lhs: Cluster, _ rhs: Cluster) -> Bool {
        lhs.end - lhs.start == rhs.end - rhs.start
            && bytes[lhs.start..<lhs.end].elementsEqual(bytes[rhs.start..<rhs.end])
    }
}
