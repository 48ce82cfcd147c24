import Foundation
import KolvetKit
import KolvetSimulation
import Testing

/// The number formats every report shares (`Formatting/ReportFormatting`).
@Suite("Number formatting")
struct ReportFormattingTests {
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
