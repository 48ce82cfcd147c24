import KolvetSimulation
import Testing

@testable import KolvetKit

/// The content signals' substring match over UTF-8 bytes, against `String.contains` — the standard library's own
/// definition — on text without combining marks, where the two must agree.
@Suite("Byte search")
struct ByteSearchTests {
    @Test("hand cases: edges of the text, a last byte that occurs before the match, empty phrase and text")
    func cases() {
        #expect(ByteSearch.contains("品牌方合作，感谢支持", "合作"))
        #expect(ByteSearch.contains("合作", "合作"))
        #expect(ByteSearch.contains("今天分享#ad", "#ad"))
        #expect(!ByteSearch.contains("合", "合作"))
        #expect(ByteSearch.contains("aaab", "aab"))  // the last byte "b" once, the first "a" three times
        #expect(ByteSearch.contains("abab", "bab"))  // "b" ends a failed candidate first
        #expect(!ByteSearch.contains("abcabd", "abe"))
        #expect(ByteSearch.contains("anything", ""))
        #expect(ByteSearch.contains("", ""))
        #expect(!ByteSearch.contains("", "a"))
    }

    @Test("random text from CJK, ASCII, punctuation and emoji: the same answer as String.contains")
    func agreesWithStandardLibrary() {
        let alphabet: [String] = ["合", "作", "广", "告", "a", "b", "#", "！", "，", "😭", "✨", " ", "\n", "&"]
        var random = SeededGenerator(seed: 42)
        var found = 0
        for _ in 0..<5_000 {
            let text = (0..<random.integer(0...30)).map { _ in random.pick(alphabet) }.joined()
            let phrase = (0..<random.integer(1...3)).map { _ in random.pick(alphabet) }.joined()
            let expected = text.contains(phrase)
            #expect(ByteSearch.contains(text, phrase) == expected, "\(text) / \(phrase)")
            if expected { found += 1 }
        }
        #expect(found > 500)  // both answers are reached
    }
}
