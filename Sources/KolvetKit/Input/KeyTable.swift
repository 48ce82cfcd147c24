import Foundation

/// The keys one kind of object may have, each spelled as its JSON name, so that a key can be matched against
/// the document's bytes without building a `String`.
protocol JSONKeys: RawRepresentable<String>, CaseIterable, Sendable {
    static var table: KeyTable<Self> { get }
}

/// A `JSONKeys` type's names as UTF-8 bytes, in declaration order (at most 64).
///
/// A name is compared as numbers: its first eight bytes as one (masked to its length when shorter), then, for
/// 9 to 16 bytes, its last eight as another (overlapping the first); only longer names fall back to `memcmp`.
struct KeyTable<Key: JSONKeys>: Sendable {
    /// One key's name, prepared for comparison.
    struct Entry: Sendable {
        /// The name's first eight bytes (all of it when shorter), little-endian.
        let prefix: UInt64
        /// The name's last eight bytes, little-endian, for names longer than eight bytes.
        let suffix: UInt64
        /// The name's length in bytes.
        let length: Int
        /// The position of the key whose name follows this one in byte order (the first, after the last).
        let next: Int
    }

    let keys: [Key]
    let entries: [Entry]
    private let names: [[UInt8]]
    /// The position of the key whose name comes first in byte order. With `Entry.next`, the order of a writer
    /// that sorts its keys (kolvet's own, `jq -S`, `sort_keys=True`), which `ByteScanner.object` tries before
    /// looking a key up.
    let firstInOrder: Int

    init() {
        keys = Array(Key.allCases)
        let names = keys.map { Array($0.rawValue.utf8) }
        precondition(keys.count <= 64, "a key table holds at most 64 keys")
        let sorted = names.indices.sorted { names[$0].lexicographicallyPrecedes(names[$1]) }
        var next = [Int](repeating: sorted[0], count: names.count)
        for (rank, position) in sorted.enumerated() where rank + 1 < sorted.count { next[position] = sorted[rank + 1] }
        self.names = names
        firstInOrder = sorted[0]
        entries = names.indices.map { position in
            Entry(
                prefix: Self.number(names[position].prefix(8)), suffix: Self.number(names[position].suffix(8)),
                length: names[position].count, next: next[position])
        }
    }

    /// Up to eight bytes as a little-endian number.
    private static func number<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var value: UInt64 = 0
        for (offset, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(offset)) }
        return value
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(
            littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// A name's first eight bytes as read in one word: the word itself, or only its first `length` bytes when the
    /// name is shorter (the bytes after it belong to the document).
    private static func head(_ word: UInt64, length: Int) -> UInt64 {
        length >= 8 ? word : word & ((1 << (8 * UInt64(length))) &- 1)
    }

    /// Whether the bytes from `start` (just past an opening quote) spell the key at `position` and a closing
    /// quote.
    @inline(__always)
    func spells(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let entry = entries[position]
        guard start + max(entry.length + 1, 8) <= bytes.count, bytes[start + entry.length] == 0x22 else {
            return false
        }
        let word = Self.word(bytes, at: start)
        let head = Self.head(word, length: entry.length)
        return head == entry.prefix && (entry.length <= 8 || rest(of: position, in: bytes, at: start))
    }

    /// Whether a name longer than eight bytes matches the bytes from `start` past its first eight, which match.
    private func rest(of position: Int, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let length = entries[position].length
        if length <= 16 { return Self.word(bytes, at: start + length - 8) == entries[position].suffix }
        return names[position].withUnsafeBufferPointer { name in
            memcmp(name.baseAddress! + 8, bytes.baseAddress! + start + 8, length - 8) == 0
        }
    }

    /// The position of the key spelled by `bytes[start..<end]`, or nil.
    func position(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let length = end - start
        let head: UInt64
        if start + 8 <= bytes.count {
            let word = Self.word(bytes, at: start)
            head = Self.head(word, length: length)
        } else {
            head = Self.number(UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 8)]))
        }
        // The prefix (which holds the length for keys of up to 8 bytes) first, then the length, then the rest.
        for position in entries.indices where entries[position].prefix == head && entries[position].length == length {
            if length <= 8 || rest(of: position, in: bytes, at: start) { return position }
        }
        return nil
    }
}
