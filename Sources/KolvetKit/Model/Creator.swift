/// The creator's profile: who they are and the numbers on their profile page.
public struct Creator: Sendable, Equatable, Codable {
    /// A stable identifier (小红书号, platform user id or MediaCrawler's `creator_hash`). Required.
    public var id: String
    /// The display name (昵称).
    public var nickname: String?
    /// The platform; `"xiaohongshu"` when the dossier does not say.
    public var platform: String
    /// 粉丝 followers; nil when the data does not say (a MediaCrawler export since 2026-07 saves no profile), and
    /// then every follower-based signal is unknown.
    public var followers: Count?
    /// 关注 accounts the creator follows.
    public var following: Count?
    /// 获赞与收藏: lifetime likes plus collects received.
    public var likesAndCollects: Count?
    /// 笔记数: notes published.
    public var notesCount: Count?
    /// Whether the platform verified the account.
    public var verified: Bool?
    /// The MCN that signed the creator, if any.
    public var mcn: String?
    /// The content vertical (beauty, parenting, food …), lower-cased.
    public var vertical: String?
    /// The creator's stated location.
    public var location: String?
    /// What the creator charges per sponsored note.
    public var quote: Quote?

    /// Makes a creator with its id and follower count (nil when unknown); the rest start empty.
    public init(id: String, followers: Count?) {
        self.id = id
        self.followers = followers
        self.platform = "xiaohongshu"
    }
}

/// What a creator charges per sponsored note, before the platform fee.
public struct Quote: Sendable, Equatable, Codable {
    /// Price of an image note (图文报价).
    public var imageNote: Double?
    /// Price of a video note (视频报价).
    public var videoNote: Double?
    /// ISO 4217 currency code; `"CNY"` when the dossier does not say.
    public var currency: String

    public init(imageNote: Double? = nil, videoNote: Double? = nil, currency: String = "CNY") {
        self.imageNote = imageNote
        self.videoNote = videoNote
        self.currency = currency
    }
}
