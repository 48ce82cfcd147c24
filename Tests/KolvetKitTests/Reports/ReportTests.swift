import Foundation
import KolvetKit
import KolvetSimulation
import Testing

@Suite("Reports")
struct ReportTests {
    @Test("the JSON report has the documented fields and the fixture's values")
    func jsonFields() throws {
        let report = try TestSupport.report("healthy-mid-beauty.json")
        let text = JSONReport().render(report, options: RenderOptions())
        guard case .object(let object) = try JSONParser().parse(text) else {
            Issue.record("not an object")
            return
        }
        #expect(object["format"] == .string("kolvet.report/1"))
        #expect(object["score"] == .number("100.00"))
        #expect(object["verdict"] == .string("pass"))
        guard case .object(let creator)? = object["creator"],
            case .object(let metrics)? = object["metrics"],
            case .object(let engagement)? = metrics["engagement"],
            case .array(let signals)? = object["signals"]
        else {
            Issue.record("missing sections")
            return
        }
        #expect(creator["tier"] == .string("mid"))
        #expect(creator["kind"] == .string("KOL"))
        #expect(creator["followers"] == .number("100000"))
        // 3500 / 100,000 and 28,000 / 7 / 100,000, with 6 decimals.
        #expect(engagement["median_rate_per_follower"] == .number("0.035000"))
        #expect(engagement["mean_rate_per_follower"] == .number("0.040000"))
        #expect(engagement["notes_considered"] == .number("7"))
        #expect(signals.count == SignalCatalog.all.count)
        guard case .object(let first)? = signals.first else { return }
        for key in ["id", "category", "level", "value", "threshold", "evidence", "weight", "contribution"] {
            #expect(first[key] != nil, "signals[0].\(key)")
        }
    }

    @Test("the JSON report is byte-identical across runs and sorts its keys")
    func deterministic() throws {
        let first = JSONReport().render(try TestSupport.report("bought-likes.json"), options: RenderOptions())
        let second = JSONReport().render(try TestSupport.report("bought-likes.json"), options: RenderOptions())
        #expect(first == second)
        let topKeys = first.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.split(separator: "\"")[1])
        }
        #expect(topKeys == topKeys.sorted())
    }

    @Test("unknown values are null in JSON, never 0")
    func unknownIsNull() throws {
        let report = try TestSupport.report("koc-home.json")
        let text = JSONReport().render(report, options: RenderOptions())
        #expect(text.contains("\"median_rate_per_read\": null"))
    }

    @Test("text report: no colour unless asked, and hostile nicknames are defused")
    func textSafety() throws {
        var dossier = try TestSupport.dossier("koc-home.json")
        dossier.creator.nickname = "evil\u{1B}[2J\u{202E}name"
        let report = Scorer(configuration: Configuration()).vet(dossier, now: TestSupport.now)
        let plain = TextReport().render(report, options: RenderOptions(useColor: false))
        #expect(!plain.contains("\u{1B}"))
        #expect(!plain.contains("\u{202E}"))
        #expect(plain.contains("evil\u{FFFD}[2J\u{FFFD}name"))
        let coloured = TextReport().render(report, options: RenderOptions(useColor: true))
        #expect(coloured.contains("\u{1B}[32m"))
    }

    @Test("number formatting is fixed and locale-free")
    func formatting() {
        #expect(ReportFormatting.fixed(0.0351, 2) == "0.04")
        #expect(ReportFormatting.fixed(-0.0001, 2) == "0.00")
        #expect(ReportFormatting.fixed(-1.5, 1) == "-1.5")
        #expect(ReportFormatting.fixed(0.000123, 6) == "0.000123")
        #expect(ReportFormatting.percent(0.0352) == "3.52%")
        #expect(ReportFormatting.grouped(1_234_567) == "1,234,567")
        #expect(ReportFormatting.compact(12_345) == "12.3K")
        #expect(ReportFormatting.counted(1, "comment") == "1 comment")
        #expect(ReportFormatting.counted(0, "comment") == "0 comments")
        #expect(ReportFormatting.counted(12, "comment") == "12 comments")
        #expect(ReportFormatting.fixed(7, 0) == "7")
        #expect(ReportFormatting.fixed(-0.4, 0) == "0")
        #expect(ReportFormatting.fixed(123_456.7, 0) == "123457")
    }

    /// n / 10^d written with d places is n's digits with a point inserted d from the right (zeros padded), for
    /// integers well inside a double's exact range.
    @Test("fixed places over many integers and every number of places up to 6")
    func fixedPlaces() {
        var random = SeededGenerator(seed: 12)
        for _ in 0..<5_000 {
            let integer = random.integer(-999_999_999...999_999_999)
            for decimals in 0...6 {
                var digits = String(integer.magnitude)
                if decimals > 0 {
                    digits = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
                    digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
                }
                let expected = (integer < 0 ? "-" : "") + digits
                let value = Double(integer) / pow(10, Double(decimals))
                #expect(ReportFormatting.fixed(value, decimals) == expected)
            }
        }
    }
}
