import Foundation

/// The keys one kind of object may have, each spelled as its JSON name, so that a key can be matched against
/// the document's bytes without building a `String`.
protocol JSONKeys: RawRepresentable<String>, CaseIterable, Sendable {
    static var table: KeyTable<Self> { get }
}

/// A `JSONKeys` type's names as UTF-8 bytes, in declaration order (at most 64).
///
/// A key is found by its length and its first eight bytes read as one number, then the rest compared byte by
/// byte: one or two comparisons per key instead of building and hashing a `String`.
struct KeyTable<Key: JSONKeys>: Sendable {
    let keys: [Key]
    private let names: [[UInt8]]
    private let prefixes: [UInt64]
    private let lengths: [Int]

    init() {
        keys = Array(Key.allCases)
        names = keys.map { Array($0.rawValue.utf8) }
        prefixes = names.map { Self.prefix($0.prefix(8)) }
        lengths = names.map(\.count)
        precondition(keys.count <= 64, "a key table holds at most 64 keys")
    }

    /// Up to eight bytes as a little-endian number.
    private static func prefix<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var value: UInt64 = 0
        for (offset, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(offset)) }
        return value
    }

    /// The position of the key spelled by `bytes[start..<end]`, or nil.
    func position(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let length = end - start
        let head: UInt64
        if start + 8 <= bytes.count {
            let word = UInt64(
                littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: start, as: UInt64.self)
            )
            head = length >= 8 ? word : word & ((1 << (8 * UInt64(length))) &- 1)
        } else {
            head = Self.prefix(UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 8)]))
        }
        // The prefix (which holds the length for keys of up to 8 bytes) first, then the length, then the rest.
        return prefixes.withUnsafeBufferPointer { prefixes in
            lengths.withUnsafeBufferPointer { lengths in
                for position in 0..<prefixes.count where prefixes[position] == head && lengths[position] == length {
                    if length <= 8 { return position }
                    if names[position].withUnsafeBufferPointer({ name in
                        memcmp(name.baseAddress! + 8, bytes.baseAddress! + start + 8, length - 8) == 0
                    }) {
                        return position
                    }
                }
                return nil
            }
        }
    }
}
