/// A count from an export (likes, followers, reads), with whether the export only gave a lower bound.
///
/// Exports write counts as integers or as strings such as `"1,234"`, `"1.2万"` (12,000) or `"10万+"`; the last
/// is a lower bound (100,000 or more) and is kept with `isApproximate` set so that reports can say so.
public struct Count: Sendable, Equatable, Hashable, Comparable {
    /// The count, or its lower bound when `isApproximate`.
    public var value: Int
    /// Whether the export gave only a lower bound (a trailing `+`).
    public var isApproximate: Bool

    /// Makes a count.
    public init(_ value: Int, isApproximate: Bool = false) {
        self.value = value
        self.isApproximate = isApproximate
    }

    /// The count as a `Double`, for rates.
    public var doubleValue: Double { Double(value) }

    public static func < (lhs: Count, rhs: Count) -> Bool { lhs.value < rhs.value }
}

extension Count: Codable {
    /// A count is written as its number, or, when only a lower bound is known, as the string `"N+"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self.init(value)
            return
        }
        let text = try container.decode(String.self)
        guard text.hasSuffix("+"), let value = Int(text.dropLast()) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a count or \"N+\", got \"\(text)\"")
        }
        self.init(value, isApproximate: true)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if isApproximate { try container.encode("\(value)+") } else { try container.encode(value) }
    }
}
