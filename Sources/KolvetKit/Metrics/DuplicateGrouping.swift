/// Groups comments whose keys are equal, then joins groups whose keys are near-duplicates: bigram Jaccard ≥
/// `similarity` between keys of 4 or more characters — every such pair, however many keys there are, found by
/// the exact similarity join (`SimilarityJoin`), not by comparing every pair. A key longer than
/// `maximumKeyCharacters` (1,000) is compared by its first 1,000 characters.
///
/// Similarity is |A ∩ B| / |A ∪ B| over the sets of character bigrams, kept as sorted arrays and merged.
///
/// Keys are held as UTF-8 bytes and their characters (`TextClusters`) numbered by packing their bytes: keys are
/// folded, so in NFC, where two characters are equal exactly when their bytes are. `TextClustersTests` compares
/// the groups with a grouping over `String`s and `Character`s.
enum DuplicateGrouping {
    /// The characters of a key that take part in the comparison: a bound on the cost of one very long comment
    /// (a key's bigram set, and so the work on it, grows with its length; ordinary comments are far shorter).
    static let maximumKeyCharacters = 1_000

    /// Positions by group root: `keys[position]` nil is skipped; `characters(key)` gives the key's characters,
    /// as numbers that are equal exactly when the characters are, when it can be a near-duplicate (nil for
    /// sticker-only keys and keys under 4 characters).
    static func groups<Key: Hashable & Comparable>(
        keys: [Key?],
        similarity: Double,
        characters: (Key) -> [UInt64]?
    ) -> [Int: [Int]] {
        var groupOfKey: [Key: Int] = [:]
        var members: [[Int]] = []
        for (position, key) in keys.enumerated() {
            guard let key else { continue }
            if let group = groupOfKey[key] {
                members[group].append(position)
            } else {
                groupOfKey[key] = members.count
                members.append([position])
            }
        }
        var parent = Array(members.indices)
        func root(_ group: Int) -> Int {
            var group = group
            while parent[group] != group {
                parent[group] = parent[parent[group]]  // path halving
                group = parent[group]
            }
            return group
        }
        var keyed: [(characters: [UInt64], group: Int)] = []
        for (key, group) in groupOfKey {
            guard let units = characters(key), units.count >= 4 else { continue }
            keyed.append((Array(units.prefix(maximumKeyCharacters)), group))
        }
        // Each key's set of character bigrams (the same sets as `CommentText.bigrams`), sorted; joined exactly.
        let sets = keyed.map { Bigram.sortedSet(of: $0.characters) }
        for (first, second) in SimilarityJoin.pairs(sets, threshold: similarity) {
            let (left, right) = (root(keyed[first].group), root(keyed[second].group))
            parent[max(left, right)] = min(left, right)
        }
        var joined: [Int: [Int]] = [:]
        for (group, positions) in members.enumerated() {
            joined[root(group), default: []].append(contentsOf: positions)
        }
        return joined
    }

    /// Two neighbouring characters.
    struct Bigram: Hashable, Comparable {
        var first: UInt64
        var second: UInt64

        static func < (lhs: Bigram, rhs: Bigram) -> Bool {
            lhs.first != rhs.first ? lhs.first < rhs.first : lhs.second < rhs.second
        }

        /// The distinct bigrams of `characters`, sorted.
        static func sortedSet(of characters: [UInt64]) -> [Bigram] {
            var bigrams = (0..<(characters.count - 1)).map { Bigram(first: characters[$0], second: characters[$0 + 1]) }
            bigrams.sort()
            var unique: [Bigram] = []
            unique.reserveCapacity(bigrams.count)
            for bigram in bigrams where unique.last != bigram { unique.append(bigram) }
            return unique
        }
    }

    /// A key as UTF-8 bytes, ordered byte by byte.
    struct ByteKey: Hashable, Comparable {
        var bytes: [UInt8]

        static func < (lhs: ByteKey, rhs: ByteKey) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
    }

    /// Numbers for the characters of simple text: up to 7 bytes packed with their count (below 2⁵⁹), longer ones
    /// numbered in order of appearance from 2⁶³ — equal exactly when the bytes are.
    struct CharacterNumbers {
        private var long: [[UInt8]: UInt64] = [:]

        mutating func number(_ bytes: ArraySlice<UInt8>) -> UInt64 {
            guard bytes.count <= 7 else {
                let key = Array(bytes)
                if let known = long[key] { return known }
                let number = 1 << 63 | UInt64(long.count)
                long[key] = number
                return number
            }
            var value = UInt64(bytes.count) << 56
            for (offset, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(offset)) }
            return value
        }
    }

    /// The groups of comment keys (`"\u{1}"` + stickers for a key that is empty: grouped when equal, never
    /// compared).
    static func groups(keys: [String?], similarity: Double) -> [Int: [Int]] {
        let stickerMark: UInt8 = 0x01
        let byteKeys: [ByteKey?] = keys.map { $0.map { ByteKey(bytes: Array($0.utf8)) } }
        var numbers = CharacterNumbers()
        return groups(keys: byteKeys, similarity: similarity) { key in
            guard key.bytes.first != stickerMark else { return nil }
            let text = TextClusters(bytes: key.bytes)
            return text.clusters.map { numbers.number(text.bytes[$0.start..<$0.end]) }
        }
    }
}
