import KolvetKit
import KolvetSimulation
import Testing

/// kolvet's UTF-8 validation (`UTF8Text`, used for every string the parsers read) against the standard library's
/// `String(validating:as:)`, through the public parser: a string literal is accepted exactly when its bytes are
/// well-formed UTF-8.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// Whether the JSON parser accepts `"…"` around `bytes` (which hold no quote, backslash or control byte).
    static func parserAccepts(_ bytes: [UInt8]) -> Bool {
        (try? JSONParser().parse([0x22] + bytes + [0x22])) != nil
    }

    static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// Bytes a JSON string may hold raw: anything but controls, `"` and `\`.
    static let allowed: [UInt8] = (0x20...0xFF).map(UInt8.init).filter { $0 != 0x22 && $0 != 0x5C }

    @Test("every one- and two-byte sequence, after ASCII that spans the eight-byte fast skip")
    func shortSequences() {
        var disagreements = 0
        for first in Self.allowed {
            for second in Self.allowed {
                let bytes = Array("abcdefg".utf8) + [first, second]
                if Self.parserAccepts(bytes) != Self.isWellFormed(bytes) { disagreements += 1 }
            }
        }
        #expect(disagreements == 0)
    }

    @Test("three- and four-byte sequences at the edges: overlong forms, surrogates, above U+10FFFF, truncations")
    func edges() {
        let cases: [[UInt8]] = [
            [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80],
            [0xE4, 0xB8, 0xAD, 0x80], [0x80], [0xBF], Array("中文😀".utf8),
        ]
        for bytes in cases {
            #expect(Self.parserAccepts(bytes) == Self.isWellFormed(bytes), "\(bytes)")
        }
        #expect(Self.isWellFormed([0xED, 0xA0, 0x80]) == false)  // the edge cases do include rejections
        #expect(Self.isWellFormed([0xF0, 0x90, 0x80, 0x80]) == true)
    }

    @Test("random byte strings, seeded")
    func randomStrings() {
        var random = SeededGenerator(seed: 8)
        var accepted = 0
        for _ in 0..<20_000 {
            let bytes = (0..<random.integer(1...24)).map { _ in
                random.integer(0...3) == 0 ? UInt8(random.integer(0x20...0x7E)) : random.pick(Self.allowed)
            }.filter { $0 != 0x22 && $0 != 0x5C }
            let expected = Self.isWellFormed(bytes)
            #expect(Self.parserAccepts(bytes) == expected)
            if expected { accepted += 1 }
        }
        #expect(accepted > 100)  // the sample reaches both outcomes
    }
}
