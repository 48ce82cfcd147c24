/// What kolvet recommends doing with a creator.
public enum Verdict: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// The numbers add up: go ahead.
    case pass
    /// Something is doubtful or unknown: a person should look before paying.
    case review
    /// The numbers do not add up: do not pay this creator.
    case reject
}
