/// Note titles and topics of simulated creators, per vertical, and the wording of sponsored notes.
///
/// Titles are written the way Xiaohongshu notes are titled; some carry a category word of kolvet's lexicons, some
/// do not (a real feed names its category only now and then), so that `content.category_fit` is measured on text it
/// can miss.
enum SimulatedContent {
    static let titles: [String: [String]] = [
        "beauty": [
            "黄皮亲测｜这支口红太显白了", "早C晚A护肤心得分享", "油皮夏天的底妆思路", "平价面霜红黑榜", "敏感肌的修护精华清单",
            "通勤五分钟妆容", "防晒到底怎么选", "卸妆油真的会闷痘吗", "新手眼影盘怎么画", "换季烂脸自救日记",
        ],
        "fashion": [
            "小个子春季穿搭", "一周通勤ootd", "梨形身材显瘦裤子合集", "这件外套百搭到离谱", "160/50kg夏日搭配",
            "毕业季拍照怎么穿", "旧衣服新穿法", "周末约会look", "一衣多穿挑战", "衣柜断舍离",
        ],
        "food": [
            "周末探店｜这家火锅太好吃了", "十分钟快手早餐", "家常菜：番茄炒蛋的灵魂", "烘焙新手的第一个蛋糕",
            "咖啡店推荐｜安福路", "减脂期也能吃的零食", "一人食晚餐记录", "空气炸锅食谱合集", "街边小吃大赏", "妈妈的红烧肉",
        ],
        "home": [
            "出租屋改造前后对比", "小户型收纳思路", "全屋清洁一次搞定", "客厅软装分享", "装修避坑清单", "好物分享｜厨房篇",
            "卧室氛围感布置", "家电选购心得", "阳台改造小花园", "租房党的快乐",
        ],
        "travel": [
            "大理三天两晚攻略", "citywalk｜上海老洋房", "这家民宿可以住一辈子", "自驾川西的第五天", "周末短途出游去哪",
            "酒店测评｜亲子友好", "机票怎么买最便宜", "冷门景点合集", "一个人的旅行", "日本关西七日行程",
        ],
        "parenting": [
            "宝宝辅食第一周", "带娃出门必备清单", "孕期好物复盘", "亲子阅读怎么开始", "两岁宝宝的早教游戏", "宝妈的时间管理",
            "新生儿睡眠记录", "奶粉转奶经验", "孩子挑食怎么办", "周末亲子活动推荐",
        ],
    ]

    /// Topics per vertical, as `tag_list` carries them.
    static let topics: [String: [String]] = [
        "beauty": ["护肤", "美妆", "口红", "底妆"], "fashion": ["穿搭", "ootd", "显瘦穿搭"],
        "food": ["美食", "探店", "食谱"], "home": ["家居", "收纳", "装修"], "travel": ["旅行", "攻略", "citywalk"],
        "parenting": ["育儿", "宝宝", "母婴"],
    ]

    /// Notes every creator posts now and then, on no category.
    static let everyday = [
        "今日份碎碎念", "周末随手拍", "最近的生活记录", "2024年终总结", "这个月读的书", "下班后的一小时", "晒晒我家猫", "运动打卡第十天",
    ]

    /// Brands named in sponsored notes.
    static let brands = ["完美日记", "花西子", "珀莱雅", "自然堂", "百雀羚", "薇诺娜", "三顿半", "元气森林", "宜家", "小米"]

    /// What a declared sponsored note says besides its title.
    static let sponsoredText = ["感谢@%@ 的邀请，新品合作体验", "@%@ 合作｜真实体验分享", "本篇由@%@ 赞助，已报备"]

    /// What an undeclared ad says: a cooperation word, or two purchase calls.
    static let undeclaredText = [
        "感谢品牌方寄来的新品，真的很好用", "评论区领券，到手价只要89", "链接在主页，今天下单立减20", "姐妹们冲！优惠码XHS20",
        "这次和@%@ 合作的新色，超显白",
    ]

    /// What an ordinary note may say about buying: one purchase call, or a disclaimer.
    static let ordinaryBuying = ["自费购买，链接我放评论区了", "在超市买的，价格忘了", "之前的链接失效了", "无广，纯分享"]
}
