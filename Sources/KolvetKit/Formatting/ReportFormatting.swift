package import Foundation

/// Locale-independent number and date formatting shared by the report formats.
package enum ReportFormatting {
    /// `value` rounded to `decimals` places, printed with a `.` and no exponent, trailing zeros kept
    /// (`fixed(0.123456, 4)` = `"0.1235"`). NaN and infinities print as `"nan"`/`"inf"` and never reach reports.
    package static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : "inf" }
        let scale = pow(10.0, Double(decimals))
        var scaled = (value * scale).rounded()
        if scaled == 0 { scaled = 0 }  // no "-0"
        let negative = scaled < 0
        // Integers below 2^53 are written digit by digit into the string; larger ones go through Foundation.
        if scaled.magnitude < 9_007_199_254_740_992 {
            return fixedDigits(UInt64(scaled.magnitude), decimals: decimals, negative: negative)
        }
        let digits = String(format: "%.0f", scaled.magnitude)
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

    /// `scaled` (the value × 10^decimals, rounded) written with `decimals` places: at least one digit before
    /// the point, zeros padded after it.
    private static func fixedDigits(_ scaled: UInt64, decimals: Int, negative: Bool) -> String {
        var digitCount = 1
        var rest = scaled / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let shown = max(digitCount, decimals + 1)
        let length = shown + (decimals > 0 ? 1 : 0) + (negative ? 1 : 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var position = length - 1
            var remaining = scaled
            for place in 0..<shown {
                if decimals > 0 && place == decimals {
                    buffer[position] = UInt8(ascii: ".")
                    position -= 1
                }
                buffer[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
                position -= 1
            }
            if negative { buffer[0] = UInt8(ascii: "-") }
            return length
        }
    }

    /// A share as a percentage with `decimals` places: `percent(0.0352)` = `"3.52%"`.
    package static func percent(_ share: Double, _ decimals: Int = 2) -> String {
        fixed(share * 100, decimals) + "%"
    }

    /// A count with its noun, singular for 1: `counted(1, "comment")` = `"1 comment"`, `counted(3, "comment")` =
    /// `"3 comments"`.
    package static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// An integer with thousands separators: `grouped(120000)` = `"120,000"`.
    package static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// A number rounded to a whole one, with thousands separators: `grouped(1234.6)` = `"1,235"`. Beyond ±2⁶²
    /// it is clamped and NaN is 0, so that no value, however it was made, can stop a report.
    package static func grouped(_ value: Double) -> String {
        grouped(whole(value))
    }

    /// `value` rounded to an `Int`, clamped to ±2⁶², NaN as 0.
    package static func whole(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        let limit = 4_611_686_018_427_387_904.0
        return Int(min(limit, max(-limit, value.rounded())))
    }

    /// A count for people: `compact(12_345)` = `"12.3K"`, `compact(1_200_000)` = `"1.2M"`.
    package static func compact(_ value: Double) -> String {
        let magnitude = value.magnitude
        if magnitude >= 1e6 { return fixed(value / 1e6, 1) + "M" }
        if magnitude >= 1e4 { return fixed(value / 1e3, 1) + "K" }
        return grouped(value)
    }

    /// A date as `YYYY-MM-DD` in China Standard Time (UTC+8), the platform's own calendar.
    package static func day(_ date: Date) -> String {
        let seconds = whole(date.timeIntervalSince1970.rounded(.down)) + TimestampParser.chinaOffsetSeconds
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
