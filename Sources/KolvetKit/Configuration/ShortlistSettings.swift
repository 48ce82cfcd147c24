/// How shortlist spreadsheet columns are recognised (docs/shortlist-format.md).
public struct ShortlistSettings: Codable, Equatable, Sendable {
    /// More header names per field, added to the built-in aliases: `{"followers": ["粉丝总数"]}`.
    public var extraAliases: [String: [String]] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case extraAliases = "extra_aliases"
    }
}

/// A column of an MCN shortlist and the header names it goes by.
public enum ShortlistField: String, Sendable, CaseIterable {
    case id
    case profileURL = "profile_url"
    case nickname
    case followers
    case following
    case likesAndCollects = "likes_and_collects"
    case notesCount = "notes_count"
    case averageLikes = "avg_likes"
    case averageCollects = "avg_collects"
    case averageComments = "avg_comments"
    case averageShares = "avg_shares"
    case imageQuote = "image_quote"
    case videoQuote = "video_quote"
    case femaleShare = "female_share"
    case ageUnder18 = "age_lt18"
    case age18To24 = "age_18_24"
    case age25To34 = "age_25_34"
    case age35To44 = "age_35_44"
    case ageOver44 = "age_gt44"
    case activeFansShare = "active_fans_share"
    case mcn
    case vertical
    case location

    /// The built-in header names (compared after trimming, lower-casing, and removing spaces and `(%)`).
    public var aliases: [String] {
        switch self {
        case .id: return ["id", "user_id", "小红书号", "小红书id", "红书号", "账号id", "达人id"]
        case .nickname: return ["nickname", "name", "昵称", "达人昵称", "博主", "博主昵称", "达人"]
        case .profileURL: return ["profile_url", "url", "profile", "主页链接", "主页", "主页地址", "链接", "达人主页", "小红书主页"]
        case .followers: return ["followers", "fans", "粉丝数", "粉丝", "粉丝量"]
        case .following: return ["following", "follows", "关注", "关注数", "关注数量"]
        case .likesAndCollects: return ["likes_and_collects", "获赞与收藏", "获赞和收藏", "赞藏", "赞藏总数", "获赞收藏"]
        case .notesCount: return ["notes", "notes_count", "笔记数", "笔记数量"]
        case .averageLikes: return ["avg_likes", "average_likes", "平均点赞", "平均点赞数", "篇均点赞"]
        case .averageCollects: return ["avg_collects", "average_collects", "平均收藏", "平均收藏数", "篇均收藏"]
        case .averageComments: return ["avg_comments", "average_comments", "平均评论", "平均评论数", "篇均评论"]
        case .averageShares: return ["avg_shares", "average_shares", "平均分享", "平均分享数", "篇均分享"]
        case .imageQuote: return ["image_quote", "image_price", "图文报价", "图文价格"]
        case .videoQuote: return ["video_quote", "video_price", "视频报价", "视频价格"]
        case .femaleShare: return ["female_share", "female", "女粉占比", "女性粉丝占比", "女粉比例"]
        case .ageUnder18: return ["age_lt18", "<18", "18岁以下", "年龄<18"]
        case .age18To24: return ["age_18_24", "18-24", "18-24岁"]
        case .age25To34: return ["age_25_34", "25-34", "25-34岁"]
        case .age35To44: return ["age_35_44", "35-44", "35-44岁"]
        case .ageOver44: return ["age_gt44", ">44", "44岁以上", "45岁以上"]
        case .activeFansShare: return ["active_fans_share", "active_fans", "活跃粉丝占比", "活跃粉丝"]
        case .mcn: return ["mcn", "机构", "所属机构", "mcn机构"]
        case .vertical: return ["vertical", "category", "领域", "类目", "垂类"]
        case .location: return ["location", "地区", "所在地", "ip属地"]
        }
    }

    /// A header as it is compared: trimmed, lower case, without spaces and a trailing `(%)` or `（%）`.
    static func normalize(_ header: String) -> String {
        var text = CommentText.fold(header).filter { !$0.isWhitespace }
        for suffix in ["(%)", "%"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
