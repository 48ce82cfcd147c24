public import Foundation

/// One comment under one of the creator's notes.
public struct Comment: Sendable, Equatable, Codable {
    /// The comment's id.
    public var id: String?
    /// The note it was left on.
    public var noteID: String?
    /// What the comment says, stickers (`[笑哭R]`) included.
    public var text: String?
    /// When it was posted.
    public var createdAt: Date?
    /// Likes the comment received.
    public var likes: Count?
    /// The commenter's account id.
    public var userID: String?
    /// The commenter's nickname.
    public var nickname: String?
    /// The province or country shown as the commenter's IP location.
    public var ipLocation: String?
    /// The comment this one replies to, if it is a reply.
    public var parentID: String?
    /// What is known of the commenter's account.
    public var author: CommentAuthor?

    public init() {}
}

/// Profile numbers of a commenter's account.
public struct CommentAuthor: Sendable, Equatable, Codable {
    public var followers: Count?
    public var following: Count?
    public var notes: Count?
    public var hasAvatar: Bool?

    public init() {}
}
