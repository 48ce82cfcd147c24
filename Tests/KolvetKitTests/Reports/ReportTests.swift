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
}
