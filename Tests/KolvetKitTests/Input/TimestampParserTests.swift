import Foundation
import KolvetKit
import Testing

@Suite("Timestamps")
struct TimestampParserTests {
    // 2026-01-01T00:00:00Z = 1,767,225,600 (2024-01-01Z = 1,704,067,200, + 366 + 365 days).
    // 2026-03-01 is 31 + 28 = 59 days later: 1,767,225,600 + 59 × 86,400 = 1,772,323,200 (UTC midnight).
    static let march1UTC = 1_772_323_200.0

    @Test(
        "every accepted form",
        arguments: [
            ("2026-03-01T00:00:00Z", march1UTC),
            ("2026-03-01T08:00:00+08:00", march1UTC),
            ("2026-03-01T08:00:00", march1UTC),  // no offset: UTC+8
            ("2026-03-01 08:00", march1UTC),
            ("2026-03-01", march1UTC - 8 * 3600),  // midnight in Beijing
            ("2026-02-28T19:00:00-05:00", march1UTC),
            ("2026-03-01T00:00:00.500Z", march1UTC + 0.5),
            ("1772323200", march1UTC),
            ("1772323200000", march1UTC),
        ])
    func accepted(_ text: String, _ expected: Double) throws {
        let date = try TimestampParser.parse(.string(text))
        #expect(date.timeIntervalSince1970 == expected)
    }

    @Test("epoch numbers in seconds and milliseconds")
    func epochNumbers() throws {
        #expect(try TimestampParser.parse(.number("1772323200")).timeIntervalSince1970 == Self.march1UTC)
        #expect(try TimestampParser.parse(.number("1772323200000")).timeIntervalSince1970 == Self.march1UTC)
    }

    @Test(
        "impossible dates are rejected", arguments: ["2026-02-30", "2026-13-01", "2026-03-01T25:00", "yesterday", ""])
    func rejected(_ text: String) {
        #expect(throws: FieldError.self) { try TimestampParser.parse(.string(text)) }
    }

    @Test("days print in China Standard Time")
    func dayFormatting() {
        // 2026-02-28T16:00Z is 2026-03-01 00:00 in Beijing.
        #expect(ReportFormatting.day(Date(timeIntervalSince1970: Self.march1UTC - 8 * 3600)) == "2026-03-01")
        #expect(ReportFormatting.day(Date(timeIntervalSince1970: Self.march1UTC - 8 * 3600 - 1)) == "2026-02-28")
    }
}
