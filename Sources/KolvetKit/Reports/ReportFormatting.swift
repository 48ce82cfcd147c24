public import Foundation

/// Locale-independent number and date formatting shared by the report formats.
public enum ReportFormatting {
    /// `value` rounded to `decimals` places, printed with a `.` and no exponent, trailing zeros kept
    /// (`fixed(0.123456, 4)` = `"0.1235"`). NaN and infinities print as `"nan"`/`"inf"` and never reach reports.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : "inf" }
        let scale = pow(10.0, Double(decimals))
        var scaled = (value * scale).rounded()
        if scaled == 0 { scaled = 0 }  // no "-0"
        let negative = scaled < 0
        // Integers below 2^53 print exactly without Foundation's formatter.
        let digits =
            scaled.magnitude < 9_007_199_254_740_992
            ? String(UInt64(scaled.magnitude)) : String(format: "%.0f", scaled.magnitude)
        var text: String
        if decimals == 0 {
            text = digits
        } else {
            let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
            let split = padded.index(padded.endIndex, offsetBy: -decimals)
            text = padded[..<split] + "." + padded[split...]
        }
        return negative ? "-" + text : text
    }

    /// A share as a percentage with `decimals` places: `percent(0.0352)` = `"3.52%"`.
    public static func percent(_ share: Double, _ decimals: Int = 2) -> String {
        fixed(share * 100, decimals) + "%"
    }

    /// An integer with thousands separators: `grouped(120000)` = `"120,000"`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// A count for people: `compact(12_345)` = `"12.3K"`, `compact(1_200_000)` = `"1.2M"`.
    public static func compact(_ value: Double) -> String {
        let magnitude = value.magnitude
        if magnitude >= 1e6 { return fixed(value / 1e6, 1) + "M" }
        if magnitude >= 1e4 { return fixed(value / 1e3, 1) + "K" }
        return grouped(Int(value.rounded()))
    }

    /// A date as `YYYY-MM-DD` in China Standard Time (UTC+8), the platform's own calendar.
    public static func day(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + TimestampParser.chinaOffsetSeconds
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let (year, month, day) = civil(fromDays: days)
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(monthText)-\(dayText)"
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
