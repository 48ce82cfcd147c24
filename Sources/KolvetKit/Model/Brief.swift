/// What a brand wants to reach: format `kolvet.brief/1` (docs/brief-format.md).
public struct Brief: Sendable, Equatable, Codable {
    public static let formatIdentifier = "kolvet.brief/1"

    /// The brand's name.
    public var brand: String?
    /// The campaign the creators are vetted for (shown in a batch report's title).
    public var campaign: String?
    /// The campaign's vertical (beauty, parenting …): prices the quote when the creator states none.
    public var vertical: String?
    /// The audience the brand wants, per dimension.
    public var targets: [AudienceTarget]
    /// Conditions a creator's audience must meet, or be rejected.
    public var requirements: [AudienceRequirement]
    /// The platform fee on top of the quote (Pugongying: 10 %).
    public var platformFeeRate: Double?
    /// The lowest acceptable score; the CLI uses it when `--fail-under` is not given.
    public var minimumScore: Double?
    /// Words that mark a note as on the campaign's category, besides the vertical's lexicon (product names …).
    public var keywords: [String] = []
    /// Competing brands: a note naming one is on the category too (`content.category_fit`).
    public var competitors: [String] = []

    public init(
        brand: String? = nil,
        vertical: String? = nil,
        targets: [AudienceTarget] = [],
        requirements: [AudienceRequirement] = [],
        platformFeeRate: Double? = nil,
        minimumScore: Double? = nil
    ) {
        self.brand = brand
        self.vertical = vertical
        self.targets = targets
        self.requirements = requirements
        self.platformFeeRate = platformFeeRate
        self.minimumScore = minimumScore
    }
}

/// One dimension of the audience portrait.
public enum AudienceDimension: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    case gender
    case age
    case cityTier = "city_tier"
    case regions
    case interests

    /// The dimension's distribution in an audience.
    public func distribution(in audience: Audience) -> Distribution? {
        switch self {
        case .gender: return audience.gender
        case .age: return audience.age
        case .cityTier: return audience.cityTier
        case .regions: return audience.regions
        case .interests: return audience.interests
        }
    }
}

/// The target of one dimension: a distribution to match, or a set of groups the audience should be in.
public struct AudienceTarget: Sendable, Equatable, Codable {
    /// How the target is given.
    public enum Shape: Sendable, Equatable, Codable {
        /// Shares per group, compared by histogram intersection.
        case distribution(Distribution)
        /// Groups the audience should belong to, compared by the share of the audience inside them.
        case groups([String])
    }

    public var dimension: AudienceDimension
    public var shape: Shape
    /// The dimension's weight in the combined fit (default 1).
    public var weight: Double

    public init(dimension: AudienceDimension, shape: Shape, weight: Double = 1) {
        self.dimension = dimension
        self.shape = shape
        self.weight = weight
    }
}

/// A hard condition on one group's share, such as female ≥ 0.7.
public struct AudienceRequirement: Sendable, Equatable, Codable {
    public var dimension: AudienceDimension
    public var group: String
    public var minimum: Double?
    public var maximum: Double?

    public init(dimension: AudienceDimension, group: String, minimum: Double? = nil, maximum: Double? = nil) {
        self.dimension = dimension
        self.group = group
        self.minimum = minimum
        self.maximum = maximum
    }

    /// `female ≥ 70%`, `male ≤ 20%`.
    public var description: String {
        var parts: [String] = []
        if let minimum { parts.append("\(group) ≥ \(ReportFormatting.percent(minimum, 0))") }
        if let maximum { parts.append("\(group) ≤ \(ReportFormatting.percent(maximum, 0))") }
        return "\(dimension.rawValue): " + parts.joined(separator: " and ")
    }
}
