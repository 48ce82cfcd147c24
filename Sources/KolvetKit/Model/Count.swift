/// A count from an export (likes, followers, reads), with whether the export only gave a lower bound.
///
/// Exports write counts as integers or as strings such as `"1,234"`, `"1.2万"` (12,000) or `"10万+"`; the last
/// is a lower bound (100,000 or more) and is kept with `isApproximate` set so that reports can say so.
public struct Count: Sendable, Equatable, Hashable, Comparable, Codable {
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
