import Foundation
import KolvetSimulation
import Testing

@testable import KolvetKit

/// The one view of comment text (`TextClusters`) and every rule over it, against the standard library's
/// `Character`s and the `Character`-by-`Character` reference (`CharacterReference`).
@Suite("Comment text as clusters")
struct TextClustersTests {
    /// Every simple scalar (`TextClusters.isSimple`).
    static let simpleScalars: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [
            0x09...0x0A, 0x0D...0x0D, 0x20...0x7E, 0x3001...0x3003, 0x3008...0x3011, 0x3041...0x3096,
            0x30A1...0x30FA, 0x30FC...0x30FC, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2A6DF, 0xFE0F...0xFE0F,
            0x2600...0x27BF, 0x1F300...0x1FAFF,
        ]
        return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
    }()

    static func text(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    @Test("the three clustering rules give the standard library's characters for every simple scalar")
    func clusteringRules() {
        var mismatches: [String] = []
        let bases: [Unicode.Scalar] = ["a", "中", "\u{1F600}", "\n", "\r", "\u{FE0F}"]
        for scalar in Self.simpleScalars {
            #expect(TextClusters.isSimple(scalar.value))
            for base in bases {
                for pair in [[base, scalar], [scalar, base]] {
                    let text = Self.text(pair)
                    guard let clusters = TextClusters.simpleClusters(Array(text.utf8)) else {
                        mismatches.append("\(pair) not simple")
                        continue
                    }
                    let ours = clusters.map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) }
                    let theirs = text.map(String.init)
                    if ours != theirs { mismatches.append(String(scalar.value, radix: 16)) }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(TextClusters.simpleClusters(Array("a\u{200D}b".utf8)) == nil)  // the joiner is not simple
        #expect(TextClusters.simpleClusters(Array("e\u{301}".utf8)) == nil)
        // Other text is split by Character: a family emoji, a decomposed é and a flag are one cluster each.
        let other = TextClusters("👨‍👩‍👧e\u{301}🇨🇳")
        #expect(other.clusters.count == 3)
        #expect(other.clusters.map { $0.end - $0.start } == [18, 3, 8])
        #expect(other.clusters.map(\.first) == [0x1F468, 0x65, 0x1F1E8])
    }

    /// Scalars that are not simple but matter for the per-character tests: emoji among CJK symbols (〰 〽 ㊗ ㊙),
    /// the ideographic space, Hangul, accented Latin, combining marks, other spaces and digits.
    static let otherScalars: [Unicode.Scalar] = [
        "\u{3030}", "\u{303D}", "\u{3297}", "\u{3299}", "\u{3000}", "한", "é", "\u{301}", "\u{A0}", "\u{2028}",
        "٣", "½", "Ω", "\u{1F1E8}", "¥", "〖", "〗", "\u{200D}",
    ]

    @Test("the per-character tests on clusters match Character's, alone and with U+FE0F, a skin tone or a mark")
    func classification() {
        var mismatches: [String] = []
        for scalar in Self.simpleScalars + Self.otherScalars where !TextClusters.isControl(scalar.value) {
            for tail in [[], ["\u{FE0F}"], ["\u{1F3FD}"], ["\u{301}"]] as [[Unicode.Scalar]] {
                let text = Self.text([scalar] + tail)
                let clusters = TextClusters(text)
                guard clusters.clusters.count == 1, let character = text.first else { continue }
                let cluster = clusters.clusters[0]
                let (isLetter, isNumber) = CommentText.letterOrNumber(cluster)
                if CommentText.isEmoji(cluster) != CharacterReference.isEmoji(character)
                    || isLetter != character.isLetter || isNumber != character.isNumber
                    || CommentText.isWhitespace(cluster) != character.isWhitespace
                    || CommentText.isHan(scalar: cluster.first) != CharacterReference.isHan(character)
                {
                    mismatches.append(String(scalar.value, radix: 16) + "+\(tail.count)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// Comments from the labelled set and the simulator, lexicon phrases, and seeded random strings over an
    /// alphabet of the cases that matter (stickers, particles, repeats, digits, emoji with U+FE0F and skin tones,
    /// line breaks, full-width forms), plus some that are not simple and must take the `Character` path.
    static func texts() throws -> [String] {
        var texts: [String] = []
        let directory = TestSupport.fixtureURL("comments")
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        where name.hasSuffix(".json") {
            let decoding = DossierDecoder().decode(try TestSupport.fixtureBytes("comments/\(name)"), file: name)
            texts += (decoding.dossier?.comments ?? []).compactMap(\.text)
        }
        var simulator = CreatorSimulator(seed: 5)
        for _ in 0..<40 { texts += simulator.make().dossier.comments.compactMap(\.text) }
        let settings = CommentSettings()
        texts +=
            settings.templatePhrases + settings.templateFillers + settings.leadGenPhrases
            + settings.contextualLeadGenPhrases + settings.contactActions
        let alphabet: [String] = [
            "a", "B", "z", "1", "0", "9", " ", "  ", "[", "]", "[赞R]", "[笑哭r]", "#", "?", "？", "!", ".", ",", "\n",
            "\r\n", "\r", "\t", "好", "看", "了", "啊", "呀", "的", "哈", "满", "享", "减", "元", "加", "微", "信",
            "あ", "カ", "ー", "、", "。", "「", "😀", "❤", "❤️", "👍🏻", "\u{FE0F}", "\u{1F3FD}", "☀", "✨", "Ａ", "１",
            "　", "13800138000", "vx", "ok", "é", "👨‍👩‍👧", "〖", "〗", "한", "\u{200D}", "e\u{301}", "〰", "㊗", "🇨🇳", "¥",
        ]
        texts += [
            "加v 13912345678", "电话139123456789", "1391234567", "满299减50", "满 2 享 8 折", "满减", "满１００享",
            "#a#b#c", "#️#", "1️3912345678", "〖99元〗",
        ]
        var random = SeededGenerator(seed: 77)
        for _ in 0..<4_000 {
            texts.append((0..<random.integer(0...14)).map { _ in random.pick(alphabet) }.joined())
        }
        return texts
    }

    @Test("CommentText equals the Character-by-Character analysis, on simple text and on the rest")
    func commentTextAgrees() throws {
        var simple = 0
        var other = 0
        for text in try Self.texts() {
            let folded = CommentText.fold(text)
            if TextClusters.simpleClusters(Array(folded.utf8)) != nil { simple += 1 } else { other += 1 }
            #expect(CommentText(text) == CharacterReference.commentText(folded: folded), "\(text.debugDescription)")
        }
        #expect(simple > 2_000)  // most texts are simple
        #expect(other > 500)  // and many are not
    }

    @Test("lead-generation patterns over clusters equal the Character-based ones")
    func leadGenPatternsAgree() throws {
        var found = 0
        var brackets = 0
        for text in try Self.texts() {
            let bytes = CommentAnalyzer.withoutWhitespace(CommentText.fold(text))
            let expected = CharacterReference.leadGenPatterns(String(decoding: bytes, as: UTF8.self))
            #expect(CommentAnalyzer.LeadGenPatterns(TextClusters(bytes: bytes)) == expected, "\(text.debugDescription)")
            if expected.hasPhoneNumber || expected.hasSpendAndSave || expected.hashtags > 0 { found += 1 }
            if expected.hasBracketPrice { brackets += 1 }
        }
        #expect(found > 50)  // the patterns do occur
        #expect(brackets >= 1)
    }

    @Test("template matching over bytes equals the Character search, on comments and on joined lexicon pieces")
    func templatesAgree() throws {
        let settings = CommentSettings()
        let matcher = TemplateMatcher(phrases: settings.templatePhrases, fillers: settings.templateFillers)
        let reference = CharacterReference.Templates(
            phrases: settings.templatePhrases, fillers: settings.templateFillers)
        var texts = try Self.texts()
        var random = SeededGenerator(seed: 3)
        let pieces =
            settings.templatePhrases + settings.templateFillers + ["了", "啊", "好", "1", "❤️", "a", "é", "\u{301}"]
        for _ in 0..<3_000 {
            texts.append((0..<random.integer(1...4)).map { _ in random.pick(pieces) }.joined())
        }
        var matched = 0
        for text in texts {
            let key = CommentText(text).key
            let expected = reference.matchedPhrase(key)
            #expect(matcher.matchedPhrase(key) == expected, "\(text.debugDescription)")
            if expected != nil { matched += 1 }
        }
        #expect(matched > 500)  // templates are found, not only rejected
    }

    @Test("duplicate grouping over bytes equals the grouping over Strings, creator by creator")
    func duplicateGroupsAgree() throws {
        var simulator = CreatorSimulator(seed: 21)
        var creators = (0..<60).map { index in
            simulator.make(planting: index % 3 == 0 ? .botComments : nil).dossier.comments.map(\.text)
        }
        var random = SeededGenerator(seed: 4)
        let texts = try Self.texts()
        // Random mixes with near-duplicates: a text and copies with one character changed or added.
        for _ in 0..<40 {
            var comments: [String?] = []
            for _ in 0..<30 {
                let text = random.pick(texts)
                comments.append(text)
                if random.integer(0...1) == 0 { comments.append(text + random.pick(["了", "!", "好", "[赞R]", "é"])) }
            }
            creators.append(comments)
        }
        var joinedSomething = 0
        for comments in creators {
            let keys = comments.map { text -> String? in
                let analyzed = CommentText(text ?? "")
                let key = analyzed.key.isEmpty ? "\u{1}" + analyzed.stickers.joined() : analyzed.key
                return key == "\u{1}" ? nil : key
            }
            let normalize = { (groups: [Int: [Int]]) in Set(groups.values.map { $0.sorted() }) }
            let bytes = normalize(DuplicateGrouping.groups(keys: keys, similarity: 0.8))
            let strings = normalize(CharacterReference.duplicateGroups(keys: keys, similarity: 0.8))
            #expect(bytes == strings)
            if strings.contains(where: { $0.count >= 2 }) { joinedSomething += 1 }
        }
        #expect(joinedSomething >= 30)
    }
}
