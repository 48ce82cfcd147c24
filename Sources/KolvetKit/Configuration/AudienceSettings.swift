/// Parameters of the audience signals.
public struct AudienceSettings: Codable, Equatable, Sendable {
    /// Fewest comments with an IP location to compare them with the portrait's regions.
    public var minimumLocatedComments = 10
    /// Weight of a dimension the brief gives no weight for.
    public var defaultDimensionWeight = 1.0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case minimumLocatedComments = "minimum_located_comments"
        case defaultDimensionWeight = "default_dimension_weight"
    }
}
