/// Lexicons and parameters of the comment-quality signals (docs/comments.md).
///
/// The lexicons are data: extend them with the `extra_…` lists rather than replacing the defaults.
public struct CommentSettings: Codable, Equatable, Sendable {
    /// Fewest comments (after the creator's own replies are set aside) for the comment signals to be known.
    public var minimumComments = 10
    /// Below this many meaningful units a comment is too short to say anything (a Han character is 1 unit,
    /// a Latin word 2).
    public var minimumMeaningfulLength = 4
    /// From this many units on, a comment that is not a template counts as substantive.
    public var substantiveLength = 10
    /// Template praise and purchase intent (好棒, 求链接 …; nice, love it …). A comment made only of these
    /// phrases, the fillers and trailing particles is generic.
    public var templatePhrases: [String] = CommentLexicon.templatePhrases
    /// Words that pad a template without adding meaning (太, 超, 真的 …).
    public var templateFillers: [String] = CommentLexicon.templateFillers
    /// Your own additions to `template_phrases`.
    public var extraTemplatePhrases: [String] = []
    /// Bigram Jaccard similarity at or above which two texts are near-duplicates.
    public var nearDuplicateSimilarity = 0.8
    /// Comments within this many minutes of their note's publication are early.
    public var burstMinutes = 10.0
    /// Fewest timed comments on a note to judge it for a burst.
    public var burstMinimumComments = 5
    /// A note bursts when at least this share of its comments is early …
    public var burstShare = 0.5
    /// … and that share exceeds the median early share of the creator's other notes by at least this much.
    public var burstExcess = 0.3
    /// The creator's other notes' median early share counts as at most this much: organic notes rarely get a
    /// fifth of their comments in the first minutes, so a creator who buys a burst on every note cannot hide it
    /// behind their own baseline.
    public var burstBaselineCap = 0.2
    /// The same text (key of at least `coordinated_minimum_length` units) from at least this many accounts is
    /// coordinated: real fans do not write the same sentence by chance.
    public var coordinatedMinimumAccounts = 3
    public var coordinatedMinimumLength = 6
    /// An account that comments on at least this share of the notes with comments is a repeat commenter.
    public var repeatNoteShare = 0.5
    /// … and on at least this many notes.
    public var repeatMinimumNotes = 3
    /// Fewest notes with comments for the repeat-commenter signal to be known.
    public var repeatMinimumNotesWithComments = 4
    /// This many accounts commenting in the same order …
    public var rotationLength = 3
    /// … on at least this many notes is a bot rotation.
    public var rotationMinimumNotes = 2
    /// Lead-generation and diversion cues that count wherever they occur (加微信, 看主页, wxid_ …), matched in the
    /// normalised text.
    public var leadGenPhrases: [String] = CommentLexicon.leadGenPhrases
    /// Words that are a cue only beside a contact action or a number (qq, vx, 兼职 …): alone they are ordinary
    /// speech or part of another word (QQ糖, 我做过兼职).
    public var contextualLeadGenPhrases: [String] = CommentLexicon.contextualLeadGenPhrases
    /// What makes a contextual word a cue: one of these in the same comment, or a run of 5 or more digits.
    public var contactActions: [String] = CommentLexicon.contactActions
    /// Your own additions to `lead_gen_phrases`.
    public var extraLeadGenPhrases: [String] = []
    /// A comment with at least this many `#` hashtags is spam.
    public var hashtagRun = 3
    /// A commenter is a throwaway account when at least this many cues hold (of 5: default nickname, no
    /// avatar, no notes, few followers, mass following). All 5 by default: real Xiaohongshu lurkers often show
    /// four of them (DOMAIN.md: "require that agreement").
    public var suspiciousMinimumCues = 5
    /// "Few followers": at most this many.
    public var suspiciousMaximumFollowers = 5
    /// "Mass following": at least this many accounts followed.
    public var suspiciousMinimumFollowing = 1_000

    public init() {}

    enum CodingKeys: String, CodingKey {
        case minimumComments = "minimum_comments"
        case minimumMeaningfulLength = "minimum_meaningful_length"
        case substantiveLength = "substantive_length"
        case templatePhrases = "template_phrases"
        case templateFillers = "template_fillers"
        case extraTemplatePhrases = "extra_template_phrases"
        case nearDuplicateSimilarity = "near_duplicate_similarity"
        case burstMinutes = "burst_minutes"
        case burstMinimumComments = "burst_minimum_comments"
        case burstShare = "burst_share"
        case burstExcess = "burst_excess"
        case burstBaselineCap = "burst_baseline_cap"
        case coordinatedMinimumAccounts = "coordinated_minimum_accounts"
        case coordinatedMinimumLength = "coordinated_minimum_length"
        case repeatNoteShare = "repeat_note_share"
        case repeatMinimumNotes = "repeat_minimum_notes"
        case repeatMinimumNotesWithComments = "repeat_minimum_notes_with_comments"
        case rotationLength = "rotation_length"
        case rotationMinimumNotes = "rotation_minimum_notes"
        case leadGenPhrases = "lead_gen_phrases"
        case contextualLeadGenPhrases = "contextual_lead_gen_phrases"
        case contactActions = "contact_actions"
        case extraLeadGenPhrases = "extra_lead_gen_phrases"
        case hashtagRun = "hashtag_run"
        case suspiciousMinimumCues = "suspicious_minimum_cues"
        case suspiciousMaximumFollowers = "suspicious_maximum_followers"
        case suspiciousMinimumFollowing = "suspicious_minimum_following"
    }
}

/// The default lexicons, from DOMAIN.md's catalogue of Xiaohongshu comment patterns.
public enum CommentLexicon {
    /// Template praise (好棒, 学习了 …), template purchase intent (求链接, 同款 …) and their English kin.
    public static let templatePhrases = [
        "好棒", "棒", "学习了", "学到了", "支持", "已收藏", "收藏了", "收藏", "绝了", "买它", "太适合我了", "好好看",
        "好看", "好美", "美", "爱了", "爱", "冲", "冲冲冲", "种草了", "已种草", "种草", "码住", "马住", "马克", "赞",
        "点赞", "真不错", "不错", "厉害", "美哭", "喜欢", "好喜欢", "可爱", "好可爱", "绝绝子", "yyds", "牛", "牛哇",
        "好用", "好有用", "有用", "实用", "干货", "优秀", "哇塞", "漂亮", "好漂亮", "羡慕", "好羡慕", "求链接", "链接",
        "蹲链接", "蹲", "蹲一个", "已下单", "下单了", "同款", "求同款", "求色号", "色号", "求", "想要", "要", "dd",
        "滴滴", "来了", "打卡", "沙发", "前排", "顶", "nice", "love it", "love this", "love", "so cute", "cute",
        "great", "amazing", "beautiful", "wow", "cool", "so pretty", "pretty", "great post", "nice post", "awesome",
        "perfect", "omg", "so good", "good", "yes", "me too", "same", "wanna", "want", "link", "link please",
    ]
    /// Words that pad a template (太好看 = 太 + 好看).
    public static let templateFillers = [
        "太", "超", "超级", "真", "真的", "很", "巨", "也", "我", "都", "就", "是", "姐妹", "姐妹们", "宝", "宝子",
        "宝子们", "博主", "啊", "呀", "了", "吧", "哦", "的", "一下", "一个", "这个", "so", "very", "really", "i",
        "it", "this", "please", "pls",
    ]
    /// Diversion and spam cues that count wherever they occur.
    public static let leadGenPhrases = [
        "私我", "加微信", "加我微信", "加v", "加vx", "加wx", "加q", "微信号", "主页有", "看主页", "主页看", "主页链接",
        "主页领", "进群", "加群", "免费领", "http", "www.", ".com", "xhslink", "wxid_",
    ]
    /// Cues only beside a contact action or a number: ordinary words otherwise (QQ糖, 我做过兼职, 粉丝福利).
    public static let contextualLeadGenPhrases = [
        "私信", "私聊", "vx", "v信", "薇信", "威信", "wx", "扣扣", "qq", "福利", "兼职", "日结", "代购", "低价", "返现",
    ]
    /// Contact actions that make a contextual word a cue.
    public static let contactActions = [
        "加我", "私我", "找我", "联系我", "滴我", "戳我", "dd我", "主页", "扫码", "号码", "私信我", "加v", "加q", "加wx",
    ]
}
