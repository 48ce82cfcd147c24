import Foundation
import KolvetKit
import Testing

@Suite("Comment text, Xiaohongshu style")
struct CommentTextTests {
    @Test("stickers are emoji, not words")
    func stickers() {
        let text = CommentText("[笑哭R][赞R]")
        #expect(text.stickers == ["[笑哭r]", "[赞r]"])
        #expect(text.meaningfulLength == 0)
        #expect(text.isEmojiOnly)
        let mixed = CommentText("这个色号适合黄皮吗？[哭惹R]")
        #expect(mixed.stickers == ["[哭惹r]"])
        // 这 个 色 号 适 合 黄 皮 吗: 9 Han characters.
        #expect(mixed.meaningfulLength == 9)
        #expect(mixed.core == "这个色号适合黄皮吗")
        #expect(mixed.isQuestion)
    }

    @Test("emoji are counted and removed")
    func emoji() {
        let text = CommentText("👍👍❤️ 好看")
        #expect(text.emojiCount == 3)
        #expect(text.core == "好看")
        #expect(text.meaningfulLength == 2)
    }

    @Test("full-width forms and case fold; Latin words count two units, digit runs one")
    func folding() {
        let text = CommentText("ＬＯＶＥ　ｉｔ！ 第２支")
        #expect(text.normalized == "love it! 第2支")
        #expect(text.core == "love it 第 2 支")
        // love (2) + it (2) + 第 (1) + 2 (1) + 支 (1).
        #expect(text.meaningfulLength == 7)
    }

    @Test("keys drop punctuation and trailing particles, so repeats match")
    func keys() {
        #expect(CommentText("太好看了吧！！").key == CommentText("太好看了吧").key)
        #expect(CommentText("太好看了吧").key == "太好看")
        #expect(CommentText("哈哈哈哈哈").key == "")
        #expect(CommentText("好棒好棒！！！").key == "好棒好棒")
    }

    @Test("near-duplicates by bigram Jaccard")
    func similarity() {
        // 博主好用心已经收藏 vs 博主好用心已经收藏 (啦/了 are trailing particles): identical keys.
        #expect(CommentText("博主好用心，已经收藏啦").similarity(to: CommentText("博主好用心，已经收藏了")) == 1)
        // 这个颜色好显白 (bigrams 这个 个颜 颜色 色好 好显 显白) vs 这个颜色真显白 (这个 个颜 颜色 色真 真显 显白):
        // 4 shared of 8 → 0.5.
        #expect(CommentText("这个颜色好显白").similarity(to: CommentText("这个颜色真显白")) == 0.5)
    }

    @Test("default nicknames: 小红薯 + at least 6 hex digits")
    func defaultNicknames() {
        #expect(DefaultNickname.matches("小红薯5F3A2B1C"))
        #expect(DefaultNickname.matches("小红薯６３ａ１ｆ０"))  // full-width folds
        #expect(!DefaultNickname.matches("小红薯爱吃瓜"))
        #expect(!DefaultNickname.matches("小红薯12"))
    }
}

@Suite("Comment flags, one comment at a time")
struct CommentFlagTests {
    let analyzer = CommentAnalyzer(settings: CommentSettings())

    @Test(
        "generic: templates, stickers, too short",
        arguments: [
            ("好棒！", "template \"好棒\""),
            ("太好看了吧！！", "template \"好看\""),
            ("学习了学习了", "template \"学习了\""),
            ("[赞R][赞R][赞R]", "stickers or emoji only"),
            ("求链接", "template \"求链接\""),
            ("Love it!!", "template \"love it\""),
            ("哈哈哈哈", "laughter or particles only"),
            ("嗯嗯", "too short (2 of 4 units)"),
        ])
    func generic(_ text: String, _ reason: String) {
        #expect(analyzer.genericReason(CommentText(text)) == reason)
    }

    @Test(
        "specific comments are not generic",
        arguments: ["这个色号适合黄皮吗？", "用了两周闭口少了，但刚开始有点刺痛", "does this work for oily skin?", "第三支最显白"])
    func notGeneric(_ text: String) {
        #expect(analyzer.genericReason(CommentText(text)) == nil)
    }

    @Test(
        "lead generation cues",
        arguments: [
            ("姐妹想要同款可以私信我", ["\"私信\""]),
            ("加微信 vx：meimei2026", ["\"加微信\"", "\"vx\""]),
            ("主页有链接，〖¥39〗包邮", ["\"主页有\"", "price in 〖 〗"]),
            ("满99享5折", ["满…享/减 promotion"]),
            ("代购正品 13912345678", ["\"代购\"", "phone number"]),
            ("#美妆 #护肤 #好物分享", ["3 hashtags"]),
            ("这个色号适合黄皮吗", []),
            ("订单号 139123456789", []),  // 12 digits: not a phone number
            // Contextual words alone are ordinary speech or inside another word …
            ("QQ糖真的好好吃！我也要去买", []),
            ("我大学的时候做过兼职，好累😭", []),
            ("粉丝福利是什么呀？", []),
            // … and a cue beside a contact action or a number.
            ("兼职日结，有意加我", ["\"兼职\"", "\"日结\""]),
            ("qq 123456789 私聊", ["\"私聊\"", "\"qq\""]),
        ])
    func leadGen(_ text: String, _ cues: [String]) {
        #expect(analyzer.leadGenCues(CommentText(text)) == cues)
    }

    @Test("a throwaway needs all five cues by default; a lurker with four is not one")
    func throwaways() {
        var comment = KolvetKit.Comment()
        comment.nickname = "小红薯5F3A2B1C"
        var author = CommentAuthor()
        author.followers = Count(0)
        author.following = Count(2300)
        author.notes = Count(0)
        author.hasAvatar = false
        comment.author = author
        let (isBot, cues) = analyzer.suspicion(of: comment)
        #expect(isBot == true)
        #expect(cues == ["default nickname", "no avatar", "no notes", "0 followers", "follows 2300"])
        comment.author?.following = Count(180)  // a consumer following a few hundred accounts
        #expect(analyzer.suspicion(of: comment).0 == false)
        comment.author = nil
        #expect(analyzer.suspicion(of: comment).0 == nil)
    }
}

@Suite("Folding fast path")
struct FoldingTests {
    /// Every scalar the fast path handles itself, one at a time, folds exactly as Foundation's NFKC + lower case.
    @Test("the fast path agrees with Foundation's NFKC on every scalar it handles")
    func fastPathMatchesFoundation() {
        let ranges: [ClosedRange<UInt32>] = [
            0x09...0x0D, 0x20...0x7E, 0x3000...0x3003, 0x3008...0x3011, 0x3041...0x3096, 0x30A1...0x30FA,
            0x30FC...0x30FC,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2A6DF, 0x200D...0x200D, 0xFE0F...0xFE0F, 0x2600...0x27BF,
            0x1F300...0x1FAFF, 0xFF01...0xFF5E,
        ]
        var mismatches: [String] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "a" + String(Character(scalar)) + "B"
                let expected = text.precomposedStringWithCompatibilityMapping.lowercased()
                if CommentText.fold(text) != expected { mismatches.append(String(value, radix: 16)) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test("mixed text takes the slow path and still folds")
    func slowPath() {
        #expect(CommentText.fold("Ｃａｆé…ＡＢ") == "café...ab")
        #expect(CommentText.fold("ÀÉ") == "àé")
    }
}

@Suite("White space in folded text")
struct WhitespaceTests {
    @Test("the byte-level removal equals Character.isWhitespace on folded text")
    func sameAsCharacters() {
        var samples = [
            "加 微 信", "a\tb\nc\r\nd", "主页\u{2028}有", "x\u{0085}y", "\u{1680}z", "全角　空格", "\u{00A0}nbsp",
            "\u{2003}em\u{205F}", "#美妆 #护肤", "line\u{2029}break", "\u{000B}\u{000C}vt",
        ]
        // Every BMP white-space character, alone between letters.
        for value in UInt32(0)...0xFFFF {
            if let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace {
                samples.append("a\(Character(scalar))b")
            }
        }
        for sample in samples {
            let folded = CommentText.fold(sample)
            let bytes = CommentAnalyzer.withoutWhitespace(folded)
            #expect(
                String(decoding: bytes, as: UTF8.self) == folded.filter { !$0.isWhitespace },
                "\(sample.unicodeScalars.map(\.value))")
        }
    }
}
