import Foundation

/// A cursor over JSON bytes whose readers return nil (or false) at the first thing they do not handle; the
/// caller then leaves the document to the exact parser.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumStringBytes: Int
    var index = 0
    /// The decoded bytes of the last string with escapes, kept for the next one.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maximumStringBytes: Int) {
        self.bytes = bytes
        self.maximumStringBytes = maximumStringBytes
    }

    // MARK: - Tokens

    @inline(__always)
    mutating func skipWhitespace() {
        // Compact JSON has none: one comparison.
        if index < bytes.count, bytes[index] > 0x20 { return }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Whether the bytes at `index` spell `literal`.
    func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let word = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != word[offset] { return false }
        return true
    }

    /// Whether the next value is `null` (consumed).
    @inline(__always)
    mutating func null() -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x6E, matches("null") else { return false }
        index += 4
        return true
    }

    /// The index of the closing quote of a string that opens at `index`, if it has no escape or control
    /// character; the bytes between are not checked for UTF-8.
    func plainStringEnd() -> Int? {
        var highBytes = false
        return plainStringEnd(highBytes: &highBytes)
    }

    /// `plainStringEnd()`, also telling whether any byte of the string is 0xF0 or above: a four-byte lead, or a
    /// byte UTF-8 never uses (see `UTF8Text.string(_:mayHaveHighBytes:)`).
    @inline(__always)
    func plainStringEnd(highBytes: inout Bool) -> Int? {
        guard index < bytes.count, bytes[index] == 0x22 else { return nil }
        var scan = index + 1
        var high: UInt64 = 0
        // Eight bytes at a time: the first special byte of a word is found from its mask, without a byte loop.
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while scan + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: scan, as: UInt64.self))
            let special = Self.specialBytes(word)
            if special != 0 {
                let at = scan + special.trailingZeroBitCount / 8
                // Only the bytes before the end count: the mask keeps the high bits of the first `at − scan`.
                let before: UInt64 = at == scan ? 0 : ~0 >> (64 - 8 * UInt64(at - scan))
                high |= Self.highBytes(word) & before
                highBytes = high != 0
                return bytes[at] == 0x22 ? at : nil
            }
            high |= Self.highBytes(word)
            scan += 8
        }
        highBytes = high != 0
        while scan < bytes.count {
            let byte = bytes[scan]
            if byte == 0x22 { return scan }
            if byte == 0x5C || byte < 0x20 { return nil }
            if byte >= 0xF0 { highBytes = true }
            scan += 1
        }
        return nil
    }

    /// The index of the first `"`, `\` or control byte at or after `start`, or `bytes.count`: eight bytes at a
    /// time, as `plainStringEnd`.
    static func firstSpecialByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var scan = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while scan + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: scan, as: UInt64.self))
                let special = specialBytes(word)
                if special != 0 { return scan + special.trailingZeroBitCount / 8 }
                scan += 8
            }
        }
        while scan < bytes.count {
            let byte = bytes[scan]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return scan }
            scan += 1
        }
        return scan
    }

    /// The bytes of `word` that are 0xF0 or above, as the high bit of each: a byte's top four bits are all set
    /// exactly when bit 7 of the byte and of the byte shifted left by one, two and three are set (the shifts
    /// bring bits 6, 5 and 4 of the same byte to bit 7; nothing crosses into bit 7 from a neighbour).
    static func highBytes(_ word: UInt64) -> UInt64 {
        word & (word << 1) & (word << 2) & (word << 3) & 0x8080_8080_8080_8080
    }

    /// The bytes of `word` (little-endian) that are `"`, `\` or below 0x20, as the high bit of each:
    /// (x − 0x0101…) & ~x & 0x8080… marks the bytes of x that are zero (for the first two, x is the word XOR the
    /// byte repeated) or, with 0x2020… subtracted, those below 0x20. A borrow only runs upwards, from a marked
    /// byte into the bytes above it, so the lowest mark is always exact: the first special byte is at
    /// `trailingZeroBitCount / 8`. Higher marks may be false and are never used.
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let zeroInQuote = (quote &- ones) & ~quote & highs
        let zeroInBackslash = (backslash &- ones) & ~backslash & highs
        let belowSpace = (word &- ones &* 0x20) & ~word & highs
        return zeroInQuote | zeroInBackslash | belowSpace
    }

    /// A string, valid UTF-8, within the length limit. One with an escape (a note's line breaks, `\u0026` from
    /// kolvet's own writer) is decoded by the exact parser's string reader, so both paths read it alike.
    mutating func string() -> String? {
        skipWhitespace()
        var highBytes = false
        guard let end = plainStringEnd(highBytes: &highBytes) else {
            guard
                let escaped = JSONParser.string(
                    in: bytes, at: index, maximumStringBytes: maximumStringBytes, scratch: &scratch)
            else { return nil }
            index = escaped.end
            return escaped.text
        }
        guard end - index - 1 <= maximumStringBytes,
            let text = UTF8Text.string(
                UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), mayHaveHighBytes: highBytes)
        else { return nil }
        index = end + 1
        return text
    }

    /// A JSON number literal, checked against the grammar, as its text.
    mutating func number() -> String? {
        skipWhitespace()
        guard case .success(let end) = JSONNumberGrammar.end(in: bytes, from: index) else { return nil }
        defer { index = end }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// A string or number as a `JSONValue`, for the shared value parsers; nil for other kinds.
    mutating func scalar() -> JSONValue? {
        skipWhitespace()
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x22 { return string().map(JSONValue.string) }
        return number().map(JSONValue.number)
    }

    mutating func bool() -> Bool? {
        skipWhitespace()
        if matches("true") {
            index += 4
            return true
        }
        if matches("false") {
            index += 5
            return false
        }
        return nil
    }

    // MARK: - Containers

    /// Reads an object whose keys are `Key`s: `member` is called with each key and must read its value,
    /// returning false for a value it cannot take. An unknown key, a key with an escape, or a duplicate key ends
    /// the fast path.
    mutating func object<Key: JSONKeys>(_: Key.Type, _ member: (inout ByteScanner, Key) -> Bool) -> Bool {
        guard consume(0x7B) else { return false }
        if consume(0x7D) { return true }
        let table = Key.table
        var seen: UInt64 = 0
        // Most writers put keys in the same order every time, usually sorted: the key after the last one in
        // byte order is tried first, by comparing its bytes, then the one after that (when an optional key is
        // absent), before the key is looked up.
        var expected = table.firstInOrder
        repeat {
            skipWhitespace()
            let position: Int
            let skipped = table.entries[expected].next
            if index < bytes.count, bytes[index] == 0x22, table.spells(expected, in: bytes, at: index + 1) {
                position = expected
                index += table.entries[position].length + 2
            } else if index < bytes.count, bytes[index] == 0x22, table.spells(skipped, in: bytes, at: index + 1) {
                // The expected key is absent (an optional field): the one after it.
                position = skipped
                index += table.entries[position].length + 2
            } else {
                guard let end = plainStringEnd(), let found = table.position(of: bytes, from: index + 1, to: end)
                else { return false }
                position = found
                index = end + 1
            }
            guard seen & (1 << position) == 0 else { return false }
            seen |= 1 << position
            expected = table.entries[position].next
            guard consume(0x3A), member(&self, table.keys[position]) else { return false }
        } while consume(0x2C)
        return consume(0x7D)
    }

    /// `object(_:_:)` for a value built member by member: `member` gets `value` to fill in, so that the caller
    /// can return it without a copy.
    mutating func object<Key: JSONKeys, Value>(
        _ keys: Key.Type, into value: inout Value, _ member: (inout ByteScanner, Key, inout Value) -> Bool
    ) -> Bool {
        object(keys) { scanner, key in member(&scanner, key, &value) }
    }

    /// Reads an object with free-form keys (group names): `member` is called with each key. Duplicate keys end
    /// the fast path.
    mutating func namedObject(_ member: (inout ByteScanner, String) -> Bool) -> Bool {
        guard consume(0x7B) else { return false }
        if consume(0x7D) { return true }
        var seen: [String] = []
        repeat {
            guard let key = string(), !seen.contains(key), consume(0x3A), member(&self, key) else { return false }
            seen.append(key)
        } while consume(0x2C)
        return consume(0x7D)
    }

    /// Reads an array, calling `element` for each element.
    mutating func array(_ element: (inout ByteScanner) -> Bool) -> Bool {
        guard consume(0x5B) else { return false }
        if consume(0x5D) { return true }
        repeat {
            guard element(&self) else { return false }
        } while consume(0x2C)
        return consume(0x5D)
    }

    /// Reads an array, appending each element `element` reads (moved into `elements`, not copied).
    mutating func array<Element>(into elements: inout [Element], _ element: (inout ByteScanner) -> Element?) -> Bool {
        array { scanner in
            guard let value = element(&scanner) else { return false }
            elements.append(consume value)
            return true
        }
    }

    // MARK: - Typed values (null is absent, as in the exact path)

    /// Reads an optional value with `parse`; false when the value is there but cannot be read.
    mutating func optional<T>(_ target: inout T?, _ parse: (inout ByteScanner) -> T?) -> Bool {
        if null() { return true }
        guard let value = parse(&self) else { return false }
        target = value
        return true
    }

    /// A count. Plain JSON integers are read from the bytes; everything else goes through `CountParser`.
    mutating func count() -> Count? {
        skipWhitespace()
        if let integer = plainInteger() { return Count(integer) }
        return scalar().flatMap { try? CountParser.parse($0) }
    }

    /// A JSON integer of at most 13 digits and at most `CountParser.maximum`, not followed by a fraction or an
    /// exponent — what `CountParser` reads as exactly that integer; nil, with nothing consumed, otherwise.
    mutating func plainInteger() -> Int? {
        var scan = index
        var value = 0
        while scan < bytes.count && scan - index < 13 && isDigit(bytes[scan]) {
            value = value * 10 + Int(bytes[scan] &- 0x30)
            scan += 1
        }
        guard scan > index, scan < bytes.count else { return nil }
        switch bytes[scan] {
        case 0x30...0x39, 0x2E, 0x65, 0x45: return nil
        default: break
        }
        guard bytes[index] != 0x30 || scan == index + 1, value <= CountParser.maximum else { return nil }
        index = scan
        return value
    }

    /// A timestamp. An ISO 8601 string that needs no trimming is read from the bytes; everything else goes
    /// through `TimestampParser`.
    mutating func date() -> Date? {
        skipWhitespace()
        if let end = plainStringEnd(), end - index - 1 >= 10, end - index - 1 <= maximumStringBytes,
            isDigit(bytes[index + 1]), bytes[index + 5] == 0x2D,
            bytes[end - 1] > 0x20, bytes[end - 1] < 0x80,
            let date = TimestampParser.iso8601(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]))
        {
            index = end + 1
            return date
        }
        return scalar().flatMap { try? TimestampParser.parse($0) }
    }

    mutating func share() -> Double? { scalar().flatMap { try? ShareParser.parse($0) } }
    mutating func amount() -> Double? { scalar().flatMap { try? AmountParser.parse($0) } }
}
