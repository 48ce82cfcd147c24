public import Foundation

/// Reads timestamps as exports write them.
///
/// Accepted: ISO 8601 date-times with an offset (`2026-03-01T20:15:00+08:00`, `…Z`), without one
/// (`2026-03-01T20:15:00`, `2026-03-01 20:15`: read as China Standard Time, UTC+8), dates alone
/// (`2026-03-01`: midnight UTC+8), and epoch numbers or digit strings: below 10¹¹ seconds, from 10¹¹ on
/// milliseconds (10¹¹ s is the year 5138, 10¹¹ ms is 1973).
public enum TimestampParser {
    /// China Standard Time, applied to times written without an offset.
    public static let chinaOffsetSeconds = 8 * 3600

    /// Parses a timestamp.
    public static func parse(_ value: JSONValue) throws(FieldError) -> Date {
        switch value {
        case .number(let text):
            guard let number = Double(text), number.isFinite else {
                throw FieldError("expected a timestamp, got \(text)")
            }
            return try epoch(number, original: text)
        case .string(let raw):
            let text = raw.trimmingWhitespace()
            if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Double(text) {
                return try epoch(number, original: value.quoted)
            }
            guard let date = iso8601(text) else {
                if let year = Int(text.prefix(4)), year >= 3000, text.utf8.count >= 10 {
                    throw FieldError("timestamp \(value.quoted) is beyond the year 3000")
                }
                throw FieldError("expected a timestamp (ISO 8601 or epoch), got \(value.quoted)")
            }
            return date
        default:
            throw FieldError("expected a timestamp, got \(value.kindDescription)")
        }
    }

    private static func epoch(_ number: Double, original: String) throws(FieldError) -> Date {
        guard number >= 0 else { throw FieldError("a timestamp cannot be negative, got \(original)") }
        let seconds = number >= 1e11 ? number / 1000 : number
        guard seconds < 32_503_680_000 else { throw FieldError("timestamp \(original) is beyond the year 3000") }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Parses `YYYY-MM-DD[(T| )hh:mm[:ss[.fff]]][Z|±hh[:]mm]`.
    static func iso8601(_ text: String) -> Date? {
        Array(text.utf8).withUnsafeBufferPointer { iso8601($0) }
    }

    /// Parses `YYYY-MM-DD[(T| )hh:mm[:ss[.fff]]][Z|±hh[:]mm]` from UTF-8 bytes.
    static func iso8601(_ chars: UnsafeBufferPointer<UInt8>) -> Date? {
        var cursor = DigitCursor(bytes: chars)
        guard let year = cursor.digits(4), cursor.expect(45), let month = cursor.digits(2), cursor.expect(45),
            let day = cursor.digits(2)
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0.0
        var offset = chinaOffsetSeconds
        if !cursor.isAtEnd {
            guard cursor.expect(84) || cursor.expect(116) || cursor.expect(32) else { return nil }
            guard let parsedHour = cursor.digits(2), cursor.expect(58), let parsedMinute = cursor.digits(2) else {
                return nil
            }
            hour = parsedHour
            minute = parsedMinute
            if cursor.expect(58) {
                guard let whole = cursor.digits(2) else { return nil }
                second = Double(whole)
                if cursor.expect(46) {
                    var scale = 0.1
                    var any = false
                    while let digit = cursor.digit() {
                        second += Double(digit) * scale
                        scale /= 10
                        any = true
                    }
                    guard any else { return nil }
                }
            }
            if cursor.expect(90) || cursor.expect(122) {
                offset = 0
            } else if let sign = cursor.sign() {
                guard let offsetHours = cursor.digits(2) else { return nil }
                _ = cursor.expect(58)
                guard let offsetMinutes = cursor.digits(2), offsetHours < 24, offsetMinutes < 60 else { return nil }
                offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
            }
            guard cursor.isAtEnd else { return nil }
        }
        // The same bound as epoch numbers: nothing real is dated after the year 3000 (docs/limits.md).
        guard year < 3000, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24,
            minute < 60,
            second < 61
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 - offset) + second
        return Date(timeIntervalSince1970: seconds)
    }

    /// Reads digits and separators off a timestamp's bytes.
    private struct DigitCursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var isAtEnd: Bool { index >= bytes.count }

        /// One digit's value (consumed), or nil.
        mutating func digit() -> Int? {
            guard index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 else { return nil }
            index += 1
            return Int(bytes[index - 1] - 48)
        }

        /// Exactly `count` digits as a number, or nil (then the cursor may have moved).
        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for _ in 0..<count {
                guard let digit = digit() else { return nil }
                value = value * 10 + digit
            }
            return value
        }

        /// Whether the next byte is `byte` (consumed).
        mutating func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// +1 or -1 for a `+` or `-` (consumed), or nil.
        mutating func sign() -> Int? {
            if expect(43) { return 1 }
            if expect(45) { return -1 }
            return nil
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
