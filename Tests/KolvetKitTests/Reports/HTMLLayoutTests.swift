import Foundation
import KolvetKit
import Testing

/// The HTML page on a phone and on paper: the ranking and signal tables stack their rows below 640 px with every
/// cell labelled, Chinese has its fonts named, and printing starts each creator on a new page.
@Suite("HTML layout for phones and print")
struct HTMLLayoutTests {
    /// `kolvet batch INPUT --format FORMAT` on 2026-11-27 under the skincare brief.
    static func render(_ input: String, _ format: String) throws -> String {
        try KolvetBinary.run([
            "batch", input, "--format", format, "--now", "2026-11-27", "--brief",
            "fixtures/briefs/skincare-launch.json",
        ]).stdout
    }

    @Test("every cell of the ranking and signal tables is labelled with its column, for the stacked phone layout")
    func labelledCells() throws {
        let result = try KolvetBinary.run(
            ["batch", "fixtures/rings/shortlist.jsonl", "--format", "html", "--now", "2026-11-27"])
        let page = result.stdout
        #expect(page.contains("@media (max-width:640px)"))
        #expect(page.contains("table.stack td[data-label]::before{content:attr(data-label)"))
        #expect(page.contains("@media print"))
        #expect(page.contains("\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\""))
        // Per creator: findings first, then what is within the lines, then one checklist of what to ask for.
        #expect(page.components(separatedBy: "<h3>Findings</h3>").count - 1 == 5)
        #expect(page.components(separatedBy: "<h3>Not enough data: ask the MCN for</h3>").count - 1 == 5)
        let firstSection = try #require(page.range(of: "<section id=\"c0\">"))
        let section = page[firstSection.lowerBound...]
        let findings = try #require(section.range(of: "<h3>Findings</h3>"))
        let fine = try #require(section.range(of: "<h3>Within the lines</h3>"))
        let ask = try #require(section.range(of: "<h3>Not enough data: ask the MCN for</h3>"))
        #expect(findings.lowerBound < fine.lowerBound && fine.lowerBound < ask.lowerBound)
        #expect(!page.contains("<td data-label=\"level\" class=\"unknown\">"))  // unknowns are only in the checklist
        // Every cell in a body row carries a label: as many labels as cells.
        let bodies = page.components(separatedBy: "<tbody>").dropFirst().map {
            $0.components(separatedBy: "</tbody>").first ?? ""
        }
        for body in bodies {
            let cells = body.components(separatedBy: "<td").count - 1
            let labelled = body.components(separatedBy: "<td data-label=").count - 1
            #expect(cells > 0 && cells == labelled)
        }
        // The ranking: 5 creators, 8 labelled cells each.
        let ranking = try #require(bodies.first)
        #expect(ranking.components(separatedBy: "<tr>").count - 1 == 5)
        #expect(ranking.components(separatedBy: "data-label=\"worst signal\"").count - 1 == 5)
    }

    @Test("the page opens with who it is for, when and from what, then the counts by basis, then the ranking")
    func header() throws {
        let page = try Self.render("fixtures/rings/shortlist.jsonl", "html")
        #expect(page.contains("<title>Creator vetting: Lumi Skin</title>"))
        #expect(
            page.contains(
                "<header><h1>Creator vetting: Lumi Skin</h1><p class=\"details\">2026-11-27 · kolvet "
                    + "\(Provenance.kolvetVersion) · inputs: fixtures/rings/shortlist.jsonl</p></header>"))
        // Four creators pass (cleared); 阿花不加班 is sent to review by a failing signal (red flags).
        #expect(
            page.contains(
                "<p class=\"summary\"><b>4</b> cleared · <b>1</b> with red flags · <b>0</b> not enough data to clear</p>"
            ))
        let header = try #require(page.range(of: "<header>"))
        let ranking = try #require(page.range(of: "<table class=\"stack\">"))
        #expect(header.lowerBound < ranking.lowerBound)
        #expect(page.contains("% (red flags found)</td>"))
        let markdown = try Self.render("fixtures/rings/shortlist.jsonl", "markdown")
        #expect(markdown.hasPrefix("# Creator vetting: Lumi Skin\n\n2026-11-27 · kolvet "))
        #expect(markdown.contains("**4** cleared · **1** with red flags · **0** not enough data to clear"))
    }

    @Test("charts carry a legend; sponsored notes' bars are orange")
    func legends() throws {
        let page = try Self.render("fixtures/dossiers/healthy-mid-beauty.json", "html")
        #expect(page.contains("<span class=\"sponsored\">orange</span>: declared sponsored"))
        #expect(page.contains("<span class=\"sponsored\">orange ticks</span>: the brief's target"))
        // The fixture's 7 recent notes: 2 declared sponsored, so 2 orange bars.
        #expect(page.components(separatedBy: "fill=\"#dd6b20\"").count - 1 == 2)
    }
}
