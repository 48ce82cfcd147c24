import Foundation
import Testing

@testable import KolvetKit

@Suite("The text report fits an 80–100 column terminal")
struct TerminalWidthTests {
    @Test("display width: Chinese and emoji take two columns, joiners and modifiers none, style codes none")
    func width() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("好好看") == 6)
        #expect(TerminalText.width("好看！～") == 8)  // full-width punctuation is wide too
        #expect(TerminalText.width("👍🏻") == 2)
        #expect(TerminalText.width("👩‍👩‍👧") == 2)
        #expect(TerminalText.width("\u{1B}[1mok\u{1B}[0m") == 2)
    }

    @Test("wrapping breaks at a space when one fits, else between Chinese characters, and indents the rest")
    func wrap() {
        let words = String(repeating: "word ", count: 30)
        let wrapped = TerminalText.wrap("  " + words, width: 40)
        #expect(wrapped.allSatisfy { TerminalText.width($0) <= 40 })
        #expect(wrapped.dropFirst().allSatisfy { $0.hasPrefix("      word") })
        let chinese = TerminalText.wrap(String(repeating: "好", count: 50), width: 40)
        #expect(chinese.first == String(repeating: "好", count: 20))
        #expect(chinese.map { $0.filter { $0 == "好" }.count }.reduce(0, +) == 50)
    }

    @Test("every line of every fixture's text report is at most 100 columns")
    func reports() throws {
        let folder = TestSupport.fixtureURL("dossiers")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(names.count >= 4)
        var dossiers = try names.map { try TestSupport.dossier($0) }
        dossiers += try PugongyingImporterTests.imported().dossiers
        dossiers += try MediaCrawler2026Tests.export().dossiers.prefix(3)
        let brief = try #require(
            BriefDecoder().decode(try TestSupport.fixtureBytes("briefs/skincare-launch.json"), file: "b").brief)
        for dossier in dossiers {
            let report = Scorer(configuration: Configuration()).vet(dossier, brief: brief, now: TestSupport.now)
            let text = TextReport().render(report, options: RenderOptions(useColor: false))
            for line in text.split(separator: "\n") {
                #expect(TerminalText.width(String(line)) <= 100, "\(dossier.creator.id): \(line)")
            }
        }
    }
}
