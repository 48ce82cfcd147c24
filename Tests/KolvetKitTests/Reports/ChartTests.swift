import Foundation
import Testing

@testable import KolvetKit

/// The HTML charts: a scale on the y axis, jumps drawn by whether a note explains them, and the notes a signal
/// names outlined.
@Suite("Charts")
struct ChartTests {
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("bars: a y axis at 0, the middle and the top; sponsored bars orange; flagged bars outlined")
    func bars() {
        let bars = [
            HTMLText.Bar(value: 600), HTMLText.Bar(value: 1_230, isSponsored: true),
            HTMLText.Bar(value: 900, isFlagged: true),
        ]
        let svg = HTMLText.barChart(bars, title: "t")
        // 0, 1,230 / 2 = 615 and 1,230 as labels.
        for label in [">0<", ">615<", ">1,230<"] { #expect(svg.contains(label), "\(label)") }
        #expect(Self.count("<line ", in: svg) == 3)
        #expect(Self.count("fill=\"#dd6b20\"", in: svg) == 1)
        #expect(Self.count("stroke=\"#c53030\"", in: svg) == 1)
        #expect(Self.count("<rect ", in: svg) == 3)
    }

    @Test("line: unexplained jumps are red circles, explained ones grey dashed ones; the axis spans the data")
    func line() {
        let day = 86_400.0
        let points = (0..<5).map { (x: Double($0) * day, y: 1_000 + Double($0) * 500) }
        let svg = HTMLText.lineChart(
            points, markers: [.init(x: day, isExplained: false), .init(x: 3 * day, isExplained: true)], title: "t")
        #expect(Self.count("stroke=\"#c53030\"", in: svg) == 1)
        #expect(Self.count("stroke-dasharray", in: svg) == 1)
        // From 1,000 to 3,000: the middle line is 2,000.
        for label in [">1,000<", ">2,000<", ">3,000<"] { #expect(svg.contains(label), "\(label)") }
    }

    @Test("the bought-likes creator: the two notes like_outliers names are outlined, and JSON lists them")
    func likeOutliers() throws {
        // b2 (12,000 likes over 350 + 60) and b5 (9,500 over 300 + 55) have 29.3 and 26.8 likes per collect and
        // comment; the other six 2.5–2.7 (median of all eight 2.635; 4 × that is 10.5).
        let json = try KolvetBinary.run([
            "vet", "fixtures/dossiers/bought-likes.json", "--format", "json", "--now", "2026-11-27",
        ]).stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let signals = object?["signals"] as? [[String: Any]] ?? []
        let outliers = signals.first { $0["id"] as? String == "engagement.like_outliers" }
        #expect(outliers?["flagged_notes"] as? [String] == ["b2", "b5"])
        // Signals that name no notes have no such key.
        #expect(signals.filter { $0["flagged_notes"] != nil }.count == 1)
        let html = try KolvetBinary.run([
            "batch", "fixtures/dossiers/bought-likes.json", "--format", "html", "--now", "2026-11-27",
        ]).stdout
        #expect(Self.count("stroke=\"#c53030\" stroke-width=\"2\"", in: html) == 2)
        #expect(html.contains("red outline</span>: likes out of line"))
    }
}
