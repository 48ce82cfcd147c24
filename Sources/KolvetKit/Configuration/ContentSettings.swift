/// What the content signals look for (docs/metrics.md, "Content").
public struct ContentSettings: Codable, Equatable, Sendable {
    /// Words that put a note on a vertical's category, by vertical (lower case; matched in the title, text and
    /// topics of a note, case-insensitively). A kolvet lexicon: the categories' everyday Xiaohongshu words.
    /// A brief's own `keywords` and `competitors` are added to its vertical's list.
    public var categoryKeywords: [String: [String]] = [
        "beauty": [
            "护肤", "美妆", "化妆", "彩妆", "口红", "唇釉", "粉底", "面霜", "精华", "防晒", "面膜", "眼影", "腮红", "卸妆",
            "洁面", "水乳", "美白", "祛痘", "痘痘", "毛孔", "底妆", "妆容", "香水", "护发", "美甲", "skincare", "makeup",
        ],
        "food": [
            "美食", "探店", "好吃", "餐厅", "食谱", "做饭", "烘焙", "甜品", "火锅", "咖啡", "奶茶", "早餐", "午餐", "晚餐",
            "菜谱", "零食", "下饭", "面包", "蛋糕", "小吃", "家常菜", "recipe", "brunch", "dinner", "lunch", "breakfast",
        ],
        "fashion": ["穿搭", "时尚", "衣服", "外套", "裙", "裤", "鞋", "包包", "ootd", "搭配", "服装", "配饰", "显瘦"],
        "parenting": ["育儿", "宝宝", "母婴", "孕期", "辅食", "带娃", "亲子", "奶粉", "早教", "宝妈", "孩子"],
        "home": ["家居", "装修", "收纳", "家具", "租房", "改造", "软装", "家电", "清洁", "好物"],
        "travel": ["旅行", "旅游", "攻略", "酒店", "景点", "出游", "自驾", "民宿", "机票", "citywalk"],
        "fitness": ["健身", "减脂", "瑜伽", "跑步", "增肌", "运动", "减肥", "普拉提", "训练"],
        "tech": ["数码", "手机", "电脑", "测评", "耳机", "相机", "iphone", "平板", "科技"],
        "pets": ["宠物", "猫咪", "狗狗", "铲屎", "猫粮", "狗粮", "萌宠"],
    ]

    /// Words that mark a note as sponsored by themselves: cooperation and sponsorship wording, ad disclosure,
    /// discount codes (kolvet lexicon; HypeAuditor's "likely sponsored" looks for disclosure words the same way).
    public var sponsorshipCues = [
        "合作", "赞助", "品牌方", "恰饭", "广告", "#ad", "sponsored", "优惠码", "折扣码", "专属优惠", "专属折扣",
    ]
    /// Purchase calls; two different ones in a note mark it as sponsored.
    public var purchaseCues = ["链接", "下单", "拍下", "领券", "立减", "限时", "优惠", "折扣", "券后", "到手价", "购买"]
    /// What creators write to say a note is not an ad (无广, 自费): with one of these, purchase calls and the word
    /// 广告 no longer count (a creator sharing a link to what they bought), cooperation wording still does.
    public var noAdMarkers = ["无广", "非广", "不是广告", "没有广告", "自费", "自用", "not sponsored", "no ad"]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case categoryKeywords = "category_keywords"
        case sponsorshipCues = "sponsorship_cues"
        case purchaseCues = "purchase_cues"
        case noAdMarkers = "no_ad_markers"
    }

    /// The sponsorship cues in a note's title, text and topics (lower-cased), or none: every sponsorship cue
    /// found, and the purchase cues when there are two or more; with a no-ad marker, 广告 and purchase cues drop.
    public func sponsorshipCues(in note: Note) -> [String] {
        let text = ([note.title ?? "", note.text ?? ""] + note.tags).joined(separator: " ").lowercased()
        let disclaimed = noAdMarkers.contains { ByteSearch.contains(text, $0.lowercased()) }
        var cues = sponsorshipCues.map { $0.lowercased() }.filter { ByteSearch.contains(text, $0) }
        if disclaimed { cues.removeAll { $0 == "广告" } }
        let purchases = purchaseCues.map { $0.lowercased() }.filter { ByteSearch.contains(text, $0) }
        if purchases.count >= 2 && !disclaimed { cues += purchases }
        return cues
    }

    /// The words of a brief's category: its vertical's lexicon, its keywords and its competitors, lower-cased.
    public func words(for brief: Brief) -> [String] {
        let lexicon = brief.vertical.flatMap { categoryKeywords[$0] } ?? []
        return (lexicon + brief.keywords + brief.competitors).map { $0.lowercased() }.filter { !$0.isEmpty }
    }
}
