import Foundation
import KolvetKit
import KolvetSimulation
import Testing

/// The fast dossier path against the exact one, and kolvet's JSON parser against Foundation's, on every fixture,
/// on simulated dossiers and on seeded mutations of them.
@Suite("Differential parsing")
struct DifferentialParserTests {
    /// Every fixture that is a dossier, the simulated creators, and their mutations.
    static func corpus() throws -> [[UInt8]] {
        var inputs: [[UInt8]] = []
        for folder in ["dossiers", "comments", "bad", "fuzz-regressions"] {
            let directory = TestSupport.fixtureURL(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            where name.hasSuffix(".json") && name != "expected.json" {
                inputs.append(try TestSupport.fixtureBytes("\(folder)/\(name)"))
            }
        }
        var simulator = CreatorSimulator(seed: 99)
        var random = SeededGenerator(seed: 1_234)
        let kinds: [PlantedFraud?] = [nil] + PlantedFraud.allCases
        for index in 0..<120 {
            let line = Array(
                DossierWriter.line(simulator.make(planting: kinds[index % kinds.count]).dossier).utf8.dropLast())
            inputs.append(line)
            for _ in 0..<4 { inputs.append(mutate(line, &random)) }
        }
        return inputs
    }

    /// One seeded mutation: flip, delete, insert or duplicate a few bytes, or splice in a JSON token.
    static func mutate(_ bytes: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var out = bytes
        let tokens: [[UInt8]] = [
            Array("null".utf8), Array("\"x\"".utf8), Array("-1".utf8), Array("1e99".utf8), Array("{}".utf8),
            Array("[]".utf8), Array("\"1.2万\"".utf8), Array("\"\\u00e9\"".utf8), Array(",".utf8), Array("\"".utf8),
        ]
        for _ in 0..<random.integer(1...3) {
            guard !out.isEmpty else { break }
            let at = random.integer(0...(out.count - 1))
            switch random.integer(0...4) {
            case 0: out[at] ^= UInt8(1 << random.integer(0...7))
            case 1: out.remove(at: at)
            case 2: out.insert(UInt8(random.integer(0...255)), at: at)
            case 3: out.insert(contentsOf: out[at..<min(out.count, at + random.integer(1...40))], at: at)
            default: out.insert(contentsOf: random.pick(tokens), at: at)
            }
        }
        return out
    }

    @Test("the fast path gives exactly what the exact path gives, dossier and diagnostics")
    func fastAgreesWithExact() throws {
        let (fast, exact) = TestSupport.decoderPair()
        var agreed = 0
        for input in try Self.corpus() {
            let left = fast.decode(input, file: "x.json")
            let right = exact.decode(input, file: "x.json")
            #expect(left.dossier == right.dossier)
            #expect(left.diagnostics.map(\.description) == right.diagnostics.map(\.description))
            if left.dossier != nil { agreed += 1 }
        }
        #expect(agreed >= 120)  // every unmutated simulated dossier at least
    }

    /// Values and keys at the edges of the fast path's byte-level readers: integers near the 10¹² bound and
    /// the 13-digit cut, leading zeros, fractions and exponents, timestamps that need trimming or are not ISO,
    /// over-long fractions of a second, and keys that share a length or an eight-byte prefix with a known key.
    static func edgeCases() -> [[UInt8]] {
        let counts = [
            "0", "01", "7", "-0", "-3", "12.0", "12.5", "1e3", "1E3", "999999999999", "1000000000000", "1000000000001",
            "9999999999999", "10000000000000", "123 ", "\"1.2万\"", "\"10万+\"", "\"12\"", "true", "null",
        ]
        let dates = [
            "\"2026-03-01\"", "\"2026-03-01 \"", "\" 2026-03-01\"", "\"2026-03-01T20:15:00.125+08:00\"",
            "\"2026-03-01T20:15:00Z\"", "\"2026-03-01 20:15\"", "\"2026-02-30\"", "\"2026-3-01\"", "\"20260301\"",
            "\"1772366400\"", "1772366400", "\"2026-03-01T20:15:00.\(String(repeating: "0", count: 300))\"",
            "\"2026-03-01T20:15:00.\(String(repeating: "5", count: 2_000_000))\"", "\"2026-03-01\\u0020\"", "null",
        ]
        let likesKeys = [
            "likes", "likez", "like", "likes_", "LIKES", "likes_and_collects", "published_at", "li\\u006bes",
        ]
        func dossier(followers: String = "1000", date: String = "\"2026-03-01\"", likesKey: String = "likes") -> [UInt8]
        {
            Array(
                """
                {"format":"kolvet.dossier/1","creator":{"id":"c1","followers":\(followers),"likes_and_collects":5,\
                "notes_count":2},"notes":[{"id":"n1","published_at":\(date),"\(likesKey)":3,"comments":1}],\
                "comments":[{"note_id":"n1","text":"好看","created_at":\(date),"likes":\(followers)}]}
                """.utf8)
        }
        return counts.map { dossier(followers: $0) } + dates.map { dossier(date: $0) }
            + likesKeys.map { dossier(likesKey: $0) }
    }

    @Test("the fast path agrees with the exact path at the edges of its byte-level readers")
    func edgesAgree() {
        let (fast, exact) = TestSupport.decoderPair()
        var read = 0
        for input in Self.edgeCases() {
            let left = fast.decode(input, file: "x.json")
            let right = exact.decode(input, file: "x.json")
            #expect(left.dossier == right.dossier, "\(String(decoding: input.prefix(300), as: UTF8.self))")
            #expect(left.diagnostics.map(\.description) == right.diagnostics.map(\.description))
            if left.dossier != nil { read += 1 }
        }
        #expect(read >= 20)  // both outcomes are exercised
        #expect(read < Self.edgeCases().count)
    }

    /// kolvet's parser accepts what Foundation's does, and reads the same values, except where it is stricter by
    /// design: duplicate keys, lone surrogates, and the nesting and string-length limits (docs/limits.md).
    @Test("kolvet's JSON parser and Foundation's accept and read the same documents")
    func parserAgreesWithFoundation() throws {
        var compared = 0
        for input in try Self.corpus() {
            let ours = try? JSONParser().parse(input)
            let theirs = try? JSONSerialization.jsonObject(with: Data(input), options: [.fragmentsAllowed])
            switch (ours, theirs) {
            case (let ours?, let theirs?):
                #expect(Self.same(ours, theirs), "\(String(decoding: input.prefix(200), as: UTF8.self))")
                compared += 1
            case (nil, _?):
                // Stricter by design: a duplicate key, a lone surrogate escape, the nesting and string limits.
                let text = String(decoding: input, as: UTF8.self)
                let reason = (try? JSONParser().parse(input)).map { _ in "" } ?? Self.reason(input)
                #expect(
                    reason.hasPrefix("duplicate key") || reason.contains("surrogate") || text.contains("\\ud")
                        || reason.contains("(limits."),
                    "kolvet rejects what Foundation accepts: \(reason) in \(String(decoding: input.prefix(120), as: UTF8.self))"
                )
            case (_?, nil):
                Issue.record(
                    "kolvet accepts what Foundation rejects: \(String(decoding: input.prefix(200), as: UTF8.self))")
            case (nil, nil):
                break
            }
        }
        #expect(compared >= 120)
    }

    static func reason(_ input: [UInt8]) -> String {
        do {
            _ = try JSONParser().parse(input)
            return ""
        } catch {
            return error.message
        }
    }

    /// Structural equality of a `JSONValue` and a Foundation JSON object (numbers compared as doubles).
    static func same(_ value: JSONValue, _ object: Any) -> Bool {
        switch value {
        case .null: return object is NSNull
        case .bool(let flag): return (object as? Bool) == flag
        case .number(let text):
            guard let double = Double(text) else { return false }
            let theirs = (object as? Double) ?? (object as? Int).map(Double.init) ?? (object as? NSNumber)?.doubleValue
            guard let theirs else { return false }
            return theirs == double || (theirs - double).magnitude <= 1e-12 * double.magnitude
        case .string(let text): return (object as? String) == text
        case .array(let elements):
            guard let array = object as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let dictionary = object as? [String: Any], dictionary.count == members.members.count else {
                return false
            }
            return members.members.allSatisfy { member in dictionary[member.key].map { same(member.value, $0) } ?? false
            }
        }
    }
}
