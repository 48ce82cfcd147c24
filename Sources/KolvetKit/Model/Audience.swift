/// The audience portrait (粉丝画像) from Pugongying or a data vendor.
public struct Audience: Sendable, Equatable, Codable {
    /// Shares of `female` and `male`.
    public var gender: Distribution?
    /// Shares of the age bands `<18`, `18-24`, `25-34`, `35-44`, `>44`.
    public var age: Distribution?
    /// Shares of the city tiers `tier1`, `new_tier1`, `tier2`, `tier3`, `tier4_plus`.
    public var cityTier: Distribution?
    /// Shares of provinces or regions; often only the top five.
    public var regions: Distribution?
    /// Shares of interests; often only the top five.
    public var interests: Distribution?
    /// 活跃粉丝占比: share of followers active recently, 0–1.
    public var activeFansShare: Double?

    public init() {}
}

/// Shares of an audience across named groups, in the order the export gave them.
///
/// Shares are in 0–1. They may sum to less than 1 (a top-5 list: the rest of the mass is unknown), never
/// meaningfully more (the decoder warns above 1.02).
public struct Distribution: Sendable, Equatable, Codable {
    /// One group and its share.
    public struct Entry: Sendable, Equatable, Codable {
        public var name: String
        public var share: Double

        public init(name: String, share: Double) {
            self.name = name
            self.share = share
        }
    }

    /// The groups in export order.
    public var entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// The share of `name`, if listed.
    public subscript(name: String) -> Double? {
        entries.first { $0.name == name }?.share
    }

    /// Σ shares.
    public var total: Double { entries.reduce(0) { $0 + $1.share } }

    /// Two distributions are equal when they give the same groups the same shares, in any order.
    public static func == (lhs: Distribution, rhs: Distribution) -> Bool {
        lhs.entries.sorted { $0.name < $1.name } == rhs.entries.sorted { $0.name < $1.name }
    }
}
