public import Foundation

/// One published note (笔记) and its counts.
public struct Note: Sendable, Equatable, Codable {
    /// Whether a note is an image note (图文) or a video.
    public enum Kind: String, Sendable, Equatable, Codable {
        case image
        case video
    }

    /// The note's id, if the export has one.
    public var id: String?
    /// Image or video.
    public var kind: Kind?
    /// When the note was published.
    public var publishedAt: Date?
    /// The note's title.
    public var title: String?
    /// The note's text (MediaCrawler's `desc`).
    public var text: String?
    /// Its topics (话题: MediaCrawler's `tag_list`, or `#…[话题]#` in the text), without the `#` marks.
    public var tags: [String] = []
    /// 点赞 likes.
    public var likes: Count?
    /// 收藏 collects (saves).
    public var collects: Count?
    /// 评论 comments.
    public var comments: Count?
    /// 分享 shares.
    public var shares: Count?
    /// 阅读 reads (Pugongying data only).
    public var reads: Count?
    /// 曝光 impressions (Pugongying data only).
    public var impressions: Count?
    /// Whether the note is a declared sponsored (报备) note.
    public var isSponsored: Bool?

    public init() {}

    /// The count of one kind of interaction on this note.
    public func count(of kind: InteractionKind) -> Count? {
        switch kind {
        case .likes: return likes
        case .collects: return collects
        case .comments: return comments
        case .shares: return shares
        }
    }
}

/// A kind of interaction counted into 互动量 (interactions).
public enum InteractionKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case likes
    case collects
    case comments
    case shares
}

/// Average counts per recent note, as an MCN shortlist states them (平均点赞, 平均收藏, 平均评论).
public struct NoteAverages: Sendable, Equatable, Codable {
    public var likes: Double?
    public var collects: Double?
    public var comments: Double?
    public var shares: Double?
    /// How many notes the averages cover, if stated.
    public var notes: Int?

    public init(likes: Double? = nil, collects: Double? = nil, comments: Double? = nil, shares: Double? = nil) {
        self.likes = likes
        self.collects = collects
        self.comments = comments
        self.shares = shares
    }

    /// The average of one kind of interaction.
    public func average(of kind: InteractionKind) -> Double? {
        switch kind {
        case .likes: return likes
        case .collects: return collects
        case .comments: return comments
        case .shares: return shares
        }
    }
}
