import Foundation
import KolvetKit
import Testing

/// Text written by strangers — nicknames, titles, comments, MCN names — goes through every output format and
/// comes out inert.
@Suite("Hostile text in every output format")
struct HostileOutputTests {
    static let hostile = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
        "javascript:alert(1)",
        "<svg onload=alert(1)>", "</title><script>x</script>", "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\tTAB", "\rCR", "\u{1B}[31mRED\u{1B}[0m", "\u{1B}]0;title\u{7}",
        "\u{202E}evil\u{202C}", "\u{2066}iso", "| a | [x](javascript:alert(1)) ![i](http://x/i.png)", "<b>bold</b>",
        "line1\nline2", "back\\slash `code`",
    ]

    /// A dossier carrying every hostile string in the places input text reaches reports.
    static func hostileDossier(_ index: Int) -> Dossier {
        let text = hostile[index % hostile.count]
        var creator = Creator(id: text, followers: Count(20_000))
        creator.nickname = text
        creator.mcn = text
        creator.quote = Quote(imageNote: 2_000)
        var dossier = Dossier(creator: creator)
        dossier.notes = (0..<6).map { note in
            var value = Note()
            value.id = "\(text)-\(note)"
            value.title = text
            value.likes = Count(note == 0 ? 9_000 : 500 + note * 37)
            value.collects = Count(100 + note * 13)
            value.comments = Count(10)
            value.publishedAt = Date(timeIntervalSince1970: 1_793_030_400 + Double(note) * 86_400)
            return value
        }
        dossier.comments = (0..<12).map { number in
            var comment = KolvetKit.Comment()
            comment.noteID = "\(text)-\(number % 6)"
            comment.text = hostile[(index + number) % hostile.count]
            comment.nickname = hostile[(index + number + 1) % hostile.count]
            comment.userID = "u\(number)"
            return comment
        }
        return dossier
    }

    static func batch() -> BatchResult {
        let runner = BatchRunner(configuration: Configuration(), brief: nil, gate: PipelineGate(), now: TestSupport.now)
        let entries = hostile.indices.map { index in
            runner.run(BatchRecord(file: hostile[index], dossier: hostileDossier(index), diagnostics: []), index: index)
        }
        let broken = BatchRecord(
            file: "<script>bad</script>.json", dossier: nil,
            diagnostics: [Diagnostic(.error, file: "<script>", at: .path("<img src=x>"), "=cmd|' /C calc'!A0")])
        return BatchResult(
            entries: entries + [runner.run(broken, index: entries.count)], configuration: Configuration())
    }

    static func render(_ renderer: any BatchRenderer, _ batch: BatchResult) -> String {
        renderer.header() + batch.entries.compactMap { renderer.streamed($0) }.joined() + renderer.footer(batch)
    }

    @Test("HTML: only kolvet's own tags, no event handler, hostile markup escaped")
    func html() throws {
        let page = Self.render(BatchHTMLReport(), Self.batch())
        let allowed: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "table", "thead",
            "tbody", "tr",
            "th",
            "td", "a", "ul", "li", "section", "span", "b", "div", "br", "svg", "polyline", "circle", "text", "rect",
            "line",
        ]
        let tags = try Regex("<([A-Za-z][A-Za-z0-9]*)")
        let found = Set(page.matches(of: tags).map { String(page[$0.range].dropFirst()).lowercased() })
        #expect(found.isSubset(of: allowed), "\(found.subtracting(allowed))")
        // No tag carries an event handler (escaped text may say "onerror=", inertly).
        #expect(page.firstMatch(of: try Regex("<[A-Za-z][^>]*\\son[a-z]+\\s*=")) == nil)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("\u{1B}") && !page.contains("\u{202E}"))
        #expect(!page.contains("href=\"javascript"))
    }

    @Test("CSV: RFC 4180 round trip, one row per creator, formula cells neutralised")
    func csv() throws {
        let batch = Self.batch()
        let table = try CSVReader.parse(Self.render(BatchCSVReport(), batch))
        #expect(table.rows.count == batch.entries.count)
        for row in table.rows {
            for cell in row.fields {
                if let first = cell.unicodeScalars.first {
                    #expect(!["=", "+", "@", "\t", "\r"].contains(first), "\(cell)")
                    if first == "-" { #expect(Double(cell) != nil, "\(cell)") }  // only negative numbers
                }
            }
        }
        let nicknames = table.rows.prefix(Self.hostile.count).map { $0.fields[4] }
        #expect(nicknames.contains("'=HYPERLINK(\"http://evil.example\",\"x\")"))
        #expect(nicknames.contains("'-2+3"))
    }

    @Test("Markdown: every table row has the right number of cells; no raw HTML")
    func markdown() {
        let text = Self.render(BatchMarkdownReport(), Self.batch())
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") }
        for row in rows {
            let unescaped = row.replacingOccurrences(of: "\\|", with: "")
            // 10 cells: #, score, verdict, coverage, tier, followers, median ER, worst signal, creator, source.
            #expect(unescaped.filter { $0 == "|" }.count == 11, "\(row)")
        }
        #expect(!text.contains("<script") && !text.contains("<b>"))
        // Link brackets are escaped, so "[x](javascript:…)" is text, not a link: every "](" follows a backslash.
        var searchStart = text.startIndex
        while let found = text.range(of: "](javascript", range: searchStart..<text.endIndex) {
            #expect(found.lowerBound > text.startIndex && text[text.index(before: found.lowerBound)] == "\\")
            searchStart = found.upperBound
        }
    }

    @Test("JSON and JSON Lines: hostile strings survive exactly and parse back")
    func json() throws {
        let batch = Self.batch()
        for line in Self.render(BatchJSONLinesReport(), batch).split(separator: "\n") {
            guard case .object(let object) = try JSONParser().parse(String(line)) else {
                Issue.record("not an object")
                continue
            }
            if case .object(let creator)? = object["creator"], case .string(let nickname)? = creator["nickname"] {
                #expect(Self.hostile.contains(nickname))
            }
        }
        let whole = Self.render(BatchJSONReport(), batch)
        #expect(!whole.contains("<script"))  // < and > are \u escaped
        _ = try JSONParser().parse(whole)
    }

    @Test("terminal formats: no control character but kolvet's own colour codes")
    func terminal() {
        let batch = Self.batch()
        let table = Self.render(BatchTableReport(), batch)
        var texts = [table]
        for entry in batch.entries {
            if let report = entry.report {
                texts.append(TextReport().render(report, options: RenderOptions(useColor: true)))
            }
        }
        let ownColour = try? Regex("\u{1B}\\[[0-9;]*m")
        for text in texts {
            let stripped = ownColour.map { text.replacing($0, with: "") } ?? text
            let controls = stripped.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value)
                    || (0x2066...0x2069).contains($0.value)
            }
            #expect(controls.isEmpty, "\(controls.map { String($0.value, radix: 16) })")
        }
    }
}
