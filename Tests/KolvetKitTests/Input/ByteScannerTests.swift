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

    /// Whether any byte of the string that opens at the first byte, before its end, is 0xF0 or above.
    static func referenceHighBytes(_ bytes: [UInt8]) -> Bool {
        guard let end = reference(bytes) else { return false }
        return bytes[1..<end].contains { $0 >= 0xF0 }
    }

    static func scannedHighBytes(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var high = false
            _ = ByteScanner(bytes: buffer, maximumStringBytes: 1 << 20).plainStringEnd(highBytes: &high)
            return high
        }
    }

    /// The fast decoder's string of `"…"` around `bytes`.
    static func fastString(_ bytes: [UInt8]) -> String? {
        ([0x22] + bytes + [0x22]).withUnsafeBufferPointer {
            var scanner = ByteScanner(bytes: $0, maximumStringBytes: 1 << 20)
            return scanner.string()
        }
    }

    @Test("the high-byte flag: a byte of 0xF0 or above before the end, at every position, with a byte after the end")
    func highBytePositions() {
        for length in 1...24 {
            for position in 0..<length {
                for high: UInt8 in [0xF0, 0xF4, 0xFF, 0xEF] {
                    var bytes = [0x22] + [UInt8](repeating: 0x61, count: length) + [0x22, 0xF0, 0xF0]
                    bytes[1 + position] = high
                    #expect(Self.scannedHighBytes(bytes) == (high >= 0xF0), "\(bytes)")
                    // The same byte after the closing quote is not part of the string.
                    var after = [0x22] + [UInt8](repeating: 0x61, count: length) + [0x22]
                    after += [UInt8](repeating: high, count: 9)
                    #expect(Self.scannedHighBytes(after) == false, "\(after)")
                }
            }
        }
    }

    /// Boundary bytes of UTF-8: ASCII, each continuation range's ends, each lead range's ends (overlong C0/C1,
    /// E0, the surrogate lead ED, four-byte leads F0–F4) and bytes UTF-8 never uses.
    static let boundaryBytes: [UInt8] = [
        0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
        0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]

    @Test("the fast decoder's strings against String(validating:) on sequences of up to four boundary bytes")
    func validation() {
        var sequences: [[UInt8]] = [[]]
        var disagreements = 0
        var accepted = 0
        var checked = 0
        for length in 1...4 {
            sequences = sequences.flatMap { prefix in Self.boundaryBytes.map { prefix + [$0] } }
            // Four bytes only after a lead byte at an edge (three- and four-byte forms, overlong, surrogate, too
            // high), to keep the test short.
            let leads: Set<UInt8> = [0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5]
            for bytes in sequences where length < 4 || leads.contains(bytes[0]) {
                // Alone, and after ASCII that fills a word, so that both the word loop and the byte loop end it.
                for text in [bytes, Array("abcdefg".utf8) + bytes] {
                    let expected = String(validating: text, as: UTF8.self)
                    if Self.fastString(text) != expected { disagreements += 1 }
                    if expected != nil { accepted += 1 }
                    checked += 1
                }
            }
        }
        #expect(checked == 2 * (25 + 625 + 15_625 + 6 * 15_625))
        #expect(disagreements == 0)
        #expect(accepted > 1_000)  // both outcomes are reached
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
            if Self.reference(bytes) != nil {
                #expect(Self.scannedHighBytes(bytes) == Self.referenceHighBytes(bytes), "\(bytes)")
            }
        }
    }
}

/// Keys are tried in sorted order first (`KeyTable.Entry.next`); any other order must read the same dossier
/// on the fast path, and a repeated key must still leave the fast path.
@Suite("Key order on the fast path")
struct KeyOrderTests {
    static let comment = [
        ("author", #"{"followers":5,"has_avatar":true}"#), ("created_at", #""2026-03-01T20:15:00+08:00""#),
        ("id", #""c1""#), ("ip_location", #""上海""#), ("likes", "3"), ("nickname", #""小鹿""#),
        ("note_id", #""n1""#), ("parent_id", "null"), ("text", #""好看！[赞R]😀""#), ("user_id", #""u1""#),
    ]

    static func dossier(_ members: [(String, String)]) -> [UInt8] {
        let comment = "{" + members.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        return Array(
            """
            {"format":"kolvet.dossier/1","creator":{"id":"c1","followers":1000},\
            "notes":[{"id":"n1","published_at":"2026-03-01","likes":3}],"comments":[\(comment),\(comment)]}
            """.utf8)
    }

    static func fast(_ bytes: [UInt8]) -> Dossier? {
        bytes.withUnsafeBufferPointer { FastDossierDecoder(limits: Limits()).decode($0) }
    }

    @Test("sorted, reversed and rotated keys read the same comment; a repeated key is left to the exact path")
    func orders() throws {
        let sorted = try #require(Self.fast(Self.dossier(Self.comment)))
        #expect(sorted.comments.count == 2)
        #expect(sorted.comments[0].text == "好看！[赞R]😀")
        #expect(sorted.comments[0].author?.hasAvatar == true)
        #expect(sorted.comments[0].likes == Count(3))
        #expect(sorted.comments[0].ipLocation == "上海")
        for order in [Array(Self.comment.reversed()), Array(Self.comment[4...] + Self.comment[..<4])] {
            #expect(Self.fast(Self.dossier(order)) == sorted)
        }
        let exact = DossierDecoder(now: TestSupport.now).decode(Self.dossier(Self.comment), file: "x.json")
        #expect(exact.dossier == sorted)
        // "likes" twice: the second is where the sorted order expects "nickname".
        #expect(Self.fast(Self.dossier(Self.comment + [("likes", "4")])) == nil)
        #expect(Self.fast(Self.dossier([("likes", "4")] + Self.comment)) == nil)
    }
}

/// Strings with escapes on the fast path: read by the exact parser's string reader, so they must come out as
/// `JSONParser` reads them, and what it refuses must leave the fast path.
@Suite("Escaped strings on the fast path")
struct EscapedStringTests {
    static func fast(_ literal: String) -> String? {
        Array(literal.utf8).withUnsafeBufferPointer {
            var scanner = ByteScanner(bytes: $0, maximumStringBytes: 64)
            return scanner.string()
        }
    }

    @Test("line breaks, kolvet's own \\u escapes, quotes, surrogate pairs; bad escapes and lone surrogates refused")
    func escapes() throws {
        // Expected values written by hand from the JSON grammar (RFC 8259 §7).
        #expect(Self.fast(#""第一行\n第二行""#) == "第一行\n第二行")
        #expect(Self.fast(#""Nick \u0026 Sam's \u003c3""#) == "Nick & Sam's <3")
        #expect(Self.fast(#""他说\"好\"\\""#) == "他说\"好\"\\")
        #expect(Self.fast(#""\ud83d\ude00!""#) == "😀!")
        #expect(Self.fast(#""a\/b\tc\r""#) == "a/b\tc\r")
        #expect(Self.fast(#""\x""#) == nil)
        #expect(Self.fast(#""\ude00""#) == nil)
        #expect(Self.fast(#""\ud83d""#) == nil)
        #expect(Self.fast(#""\u12""#) == nil)
        #expect(Self.fast("\"a\\n\u{1}\"") == nil)  // a raw control character after an escape
        #expect(Self.fast(#""\n"#) == nil)  // unclosed
        // The length limit counts the decoded bytes, as the exact parser does: 64 here.
        #expect(Self.fast("\"" + String(repeating: "\\u0041", count: 64) + "\"") == String(repeating: "A", count: 64))
        #expect(Self.fast("\"" + String(repeating: "\\u0041", count: 65) + "\"") == nil)
        // And the same as the exact parser, on each.
        for literal in [#""第一行\n第二行""#, #""Nick \u0026 Sam's""#, #""\ud83d\ude00""#] {
            let exact = try JSONParser(maximumStringBytes: 64).parse(literal)
            #expect(exact == .string(try #require(Self.fast(literal))))
        }
    }

    @Test("a dossier whose note text has line breaks stays on the fast path")
    func noteWithLineBreaks() throws {
        let json = #"""
            {"comments":[{"note_id":"n1","text":"求链接\u0026价格"}],"creator":{"followers":1000,"id":"c1"},\#
            "format":"kolvet.dossier/1","notes":[{"id":"n1","text":"今天的妆容\n#护肤[话题]#\n#OOTD[话题]#"}]}
            """#
        let dossier = try #require(
            Array(json.utf8).withUnsafeBufferPointer { FastDossierDecoder(limits: Limits()).decode($0) })
        #expect(dossier.notes.first?.text == "今天的妆容\n#护肤[话题]#\n#OOTD[话题]#")
        #expect(dossier.comments.first?.text == "求链接&价格")
        #expect(DossierDecoder(now: TestSupport.now).decode(Array(json.utf8), file: "x.json").dossier == dossier)
    }
}
