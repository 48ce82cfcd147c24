import Foundation
import KolvetSimulation
import Testing

@testable import KolvetKit

/// The word-at-a-time string scan against the byte-by-byte definition: a string that opens at the first byte ends
/// at the first quote, unless a backslash or a control character comes first.
@Suite("Byte scanner")
struct ByteScannerTests {
    /// The definition, one byte at a time.
    static func reference(_ bytes: [UInt8]) -> Int? {
        guard bytes.first == 0x22 else { return nil }
        for index in 1..<bytes.count {
            if bytes[index] == 0x22 { return index }
            if bytes[index] == 0x5C || bytes[index] < 0x20 { return nil }
        }
        return nil
    }

    static func scanned(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { ByteScanner(bytes: $0, maximumStringBytes: 1 << 20).plainStringEnd() }
    }

    @Test("every position of a quote, a backslash or a control byte among ordinary and multi-byte bytes")
    func positions() {
        // The bytes around a special one are chosen to provoke borrows: 0x00-adjacent, 0x21/0x23 beside the quote,
        // 0x5B/0x5D beside the backslash, 0x80 and 0xE4 (a CJK lead byte).
        let fillers: [UInt8] = [0x61, 0x21, 0x23, 0x5B, 0x5D, 0x80, 0xE4, 0xFF, 0x20, 0x7F]
        let specials: [UInt8] = [0x22, 0x5C, 0x00, 0x01, 0x0A, 0x1F]
        var checked = 0
        for length in 1...40 {
            for filler in fillers {
                for special in specials {
                    for position in 1...length {
                        var bytes = [0x22] + [UInt8](repeating: filler, count: length)
                        bytes[position] = special
                        #expect(Self.scanned(bytes) == Self.reference(bytes), "\(bytes)")
                        // A second special byte after the first must not change the answer.
                        if position + 1 <= length {
                            bytes[position + 1] = special == 0x22 ? 0x00 : 0x22
                            #expect(Self.scanned(bytes) == Self.reference(bytes), "\(bytes)")
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 6 * 10 * (1...40).reduce(0, +))
    }

    @Test("random bytes: the same end as the definition")
    func random() {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 48) + 1
            var bytes: [UInt8] = [0x22]
            for _ in 0..<length {
                // Mostly ordinary text, sometimes a special byte.
                let roll = generator.next() % 100
                bytes.append(
                    roll < 3
                        ? 0x22
                        : roll < 5
                            ? 0x5C : roll < 7 ? UInt8(generator.next() % 0x20) : UInt8(0x20 + generator.next() % 0xE0))
            }
            #expect(Self.scanned(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }
}
