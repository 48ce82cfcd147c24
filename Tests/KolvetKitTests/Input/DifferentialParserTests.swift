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
        var fast = DossierDecoder(now: TestSupport.now)
        fast.usesFastPath = true
        var exact = DossierDecoder(now: TestSupport.now)
        exact.usesFastPath = false
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
