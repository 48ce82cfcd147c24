/// One account from a sample of the creator's followers, with its profile numbers.
public struct SampledFollower: Sendable, Equatable, Codable {
    public var id: String?
    public var nickname: String?
    public var followers: Count?
    public var following: Count?
    public var notes: Count?
    public var likesAndCollects: Count?
    public var hasAvatar: Bool?
    public var bioLength: Int?
    public var isPrivate: Bool?

    public init() {}
}
