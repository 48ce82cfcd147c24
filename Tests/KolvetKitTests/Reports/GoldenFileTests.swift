import Foundation
import Testing

/// Every human-facing format in both languages, and the machine formats once, against files under
/// `fixtures/golden/`: any change to what a user sees shows up as a diff to review. The files are written only
/// when `RECORD_GOLDEN=1` is set (`RECORD_GOLDEN=1 swift test --filter GoldenFileTests`), never by a normal run.
@Suite("Golden files")
struct GoldenFileTests {
    struct Case: CustomStringConvertible, Sendable {
        var file: String
        var arguments: [String]
        var description: String { file }
    }

    static let now = ["--now", "2026-11-27", "--brief", "fixtures/briefs/skincare-launch.json"]
    static let batch = ["batch", "fixtures/dossiers"] + now
    static let vet = ["vet", "fixtures/dossiers/bought-likes.json"] + now

    static func pages(_ language: String) -> [Case] {
        let lang = ["--lang", language]
        let vetText = Case(file: "vet-text.\(language).txt", arguments: vet + lang)
        // A creator with an audience portrait, for the audience-against-the-brief lines.
        let audience = Case(
            file: "vet-text-audience.\(language).txt",
            arguments: ["vet", "fixtures/dossiers/healthy-mid-beauty.json"] + now + lang)
        let vetHTML = Case(file: "vet-html.\(language).html", arguments: vet + ["--format", "html"] + lang)
        let table = Case(file: "batch-table.\(language).txt", arguments: batch + ["--format", "table"] + lang)
        let markdown = Case(file: "batch-markdown.\(language).md", arguments: batch + ["--format", "markdown"] + lang)
        let html = Case(file: "batch-html.\(language).html", arguments: batch + ["--format", "html"] + lang)
        return [vetText, audience, vetHTML, table, markdown, html]
    }

    static let machine: [Case] = [
        Case(file: "vet-json.json", arguments: vet + ["--format", "json"]),
        Case(file: "batch-json.json", arguments: batch + ["--format", "json"]),
        Case(file: "batch-jsonl.jsonl", arguments: batch + ["--format", "jsonl"]),
        Case(file: "batch-csv.csv", arguments: batch + ["--format", "csv"]),
    ]

    static let cases: [Case] = pages("en") + pages("zh") + machine

    @Test("the output matches its golden file", arguments: cases)
    func matches(_ golden: Case) throws {
        let result = try KolvetBinary.run(golden.arguments)
        let url = TestSupport.fixtureURL("golden/" + golden.file)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: url)
            return
        }
        // Read as bytes: a BOM (CSV's) stays part of the text.
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let actualLines = result.stdout.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        // The first differing line, so that a failure says where rather than dumping two pages.
        let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        let line = (first?.offset ?? min(actualLines.count, expectedLines.count)) + 1
        let got = first?.element.0 ?? "(end)"
        let wanted = first?.element.1 ?? "(end)"
        let message =
            "\(golden.file) differs at line \(line): got \(got) — expected \(wanted); "
            + "if the change is intended, re-record with RECORD_GOLDEN=1"
        // A Bool, so that a failure prints the first difference, not both documents.
        let same = result.stdout == expected
        #expect(same, Comment(rawValue: message))
    }

    @Test("the Chinese pages are Chinese and the English ones English")
    func languages() throws {
        for golden in Self.cases where golden.file.contains(".zh.") {
            let text = try String(contentsOf: TestSupport.fixtureURL("golden/" + golden.file), encoding: .utf8)
            #expect(["通过", "待复核", "不通过"].contains { text.contains($0) }, "\(golden.file) names a verdict in Chinese")
            #expect(!text.contains("verdict"), "\(golden.file) has no English 'verdict'")
        }
        for golden in Self.cases where golden.file.contains(".en.") {
            let text = try String(contentsOf: TestSupport.fixtureURL("golden/" + golden.file), encoding: .utf8)
            #expect(!text.contains("不通过") && !text.contains("待复核"), "\(golden.file) has no Chinese verdict")
        }
    }

    @Test("the HTML pages load nothing from outside: a strict CSP, no script, no external link, image or font")
    func selfContained() throws {
        for golden in Self.cases where golden.file.hasSuffix(".html") {
            let page = String(
                decoding: try Data(contentsOf: TestSupport.fixtureURL("golden/" + golden.file)), as: UTF8.self)
            #expect(
                page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
                "\(golden.file)")
            for outside in ["<script", "src=\"http", "href=\"http", "url(", "@import", "<link"] {
                #expect(!page.contains(outside), "\(golden.file) has \(outside)")
            }
            // One section per creator, and one ranking row each (the vet pages have one).
            let sections = page.components(separatedBy: "<section id=").count - 1
            #expect(sections == (golden.file.hasPrefix("vet") ? 1 : 4), "\(golden.file)")
            let ranking = page.components(separatedBy: "<tbody>")[1].components(separatedBy: "</tbody>")[0]
            #expect(ranking.components(separatedBy: "<tr>").count - 1 == sections, "\(golden.file)")
        }
    }
}
