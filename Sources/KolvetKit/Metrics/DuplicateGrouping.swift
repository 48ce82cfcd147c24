/// Groups comments whose keys are equal, then joins groups whose keys are near-duplicates: bigram Jaccard ≥
/// `similarity` between keys of 4 or more characters, comparing only keys whose lengths are within that ratio
/// (a bound on Jaccard), over at most 5,000 distinct keys ordered by length, then key.
///
/// Generic over how a key and its characters are held: `String` and `Character` in general, UTF-8 bytes and
/// cluster codes when every key is simple text (`SimpleClusters`) — equal, and ordered the same, because such
/// text is in NFC, where `String` equality and order are those of the scalars, hence of the bytes.
enum DuplicateGrouping {
    /// Positions by group root: `keys[position]` nil is skipped; `characters(key)` gives the key's characters
    /// when it can be a near-duplicate (nil for sticker-only keys and keys under 4 characters).
    static func groups<Key: Hashable & Comparable, Unit: Hashable>(
        keys: [Key?],
        similarity: Double,
        characters: (Key) -> [Unit]?
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
            while parent[group] != group { group = parent[group] }
            return group
        }
        var keyed: [(key: Key, characters: [Unit], group: Int)] = []
        for (key, group) in groupOfKey {
            guard let units = characters(key), units.count >= 4 else { continue }
            keyed.append((key, units, group))
        }
        keyed.sort { lhs, rhs in
            lhs.characters.count != rhs.characters.count
                ? lhs.characters.count < rhs.characters.count : lhs.key < rhs.key
        }
        let limit = min(keyed.count, 5_000)
        // Bigrams as pairs of character numbers (each distinct character numbered once): the same sets as
        // `CommentText.bigrams`, without building a string per bigram.
        var numbers: [Unit: UInt64] = [:]
        let bigrams = keyed.prefix(limit).map { entry -> Set<UInt64> in
            let ids: [UInt64] = entry.characters.map { character in
                if let id = numbers[character] { return id }
                let id = UInt64(numbers.count + 1)
                numbers[character] = id
                return id
            }
            return Set((0..<(ids.count - 1)).map { ids[$0] << 32 | ids[$0 + 1] })
        }
        for first in 0..<limit {
            var second = first + 1
            while second < limit
                && Double(keyed[first].characters.count) >= similarity * Double(keyed[second].characters.count)
            {
                if CommentText.jaccard(bigrams[first], bigrams[second]) >= similarity {
                    parent[root(keyed[second].group)] = root(keyed[first].group)
                }
                second += 1
            }
        }
        var joined: [Int: [Int]] = [:]
        for (group, positions) in members.enumerated() {
            joined[root(group), default: []].append(contentsOf: positions)
        }
        return joined
    }

    /// A key as UTF-8 bytes, ordered byte by byte.
    struct ByteKey: Hashable, Comparable {
        var bytes: [UInt8]

        static func < (lhs: ByteKey, rhs: ByteKey) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
    }

    /// A character of simple text by its bytes: packed into one number when it has at most 7.
    enum CharacterCode: Hashable {
        case packed(UInt64)
        case long([UInt8])

        init(_ bytes: ArraySlice<UInt8>) {
            guard bytes.count <= 7 else {
                self = .long(Array(bytes))
                return
            }
            var value = UInt64(bytes.count) << 56
            for (offset, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(offset)) }
            self = .packed(value)
        }
    }

    /// The groups of comment keys (`"\u{1}"` + stickers for a key that is empty): over bytes when every key is
    /// simple text, else (or when `usesStrings`, for the test that compares both) over `String`s.
    static func groups(keys: [String?], similarity: Double, usesStrings: Bool = false) -> [Int: [Int]] {
        let stickerMark: UInt8 = 0x01
        func overStrings() -> [Int: [Int]] {
            groups(keys: keys, similarity: similarity) { key in key.utf8.first == stickerMark ? nil : Array(key) }
        }
        if usesStrings { return overStrings() }
        let byteKeys: [ByteKey?] = keys.map { $0.map { ByteKey(bytes: Array($0.utf8)) } }
        for key in byteKeys {
            guard let bytes = key?.bytes else { continue }
            guard SimpleClusters.isSimple(bytes: bytes.first == stickerMark ? bytes.dropFirst() : bytes[...]) else {
                return overStrings()
            }
        }
        return groups(keys: byteKeys, similarity: similarity) { key -> [CharacterCode]? in
            guard key.bytes.first != stickerMark, let simple = SimpleClusters(bytes: key.bytes) else { return nil }
            return simple.clusters.map { CharacterCode(simple.bytes[$0.start..<$0.end]) }
        }
    }
}
