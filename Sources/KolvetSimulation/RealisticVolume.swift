import Foundation
public import KolvetKit

/// Brings a simulated dossier to the volume and text of a real mid-tier creator's export, for benchmarks
/// (`kolvet-eval generate MB SEED realistic`): 40–55 notes, 400–600 comments, a 200-account follower sample, and
/// comments written the way Xiaohongshu fans write — ordinary openings (救命, 我真的, 说实话, 蹲一个), full-width
/// punctuation (！？～，。…), emoji (some of several scalars: 👍🏻, 👩‍👩‍👧), stickers ([赞R]), English words and
/// digits mixed in, near-copies of earlier comments and one-character repeats (哈哈哈哈) — with times carrying
/// fractional seconds (written with +08:00). Every note gets a title and a caption of several lines ending in
/// topic tags, as real notes have (the 8,178 notes of `../shared/data/xhs-real`: a median of 455 bytes and 4 line
/// breaks, 79 % with `#` tags; these captions: 457 bytes, 5 line breaks, 81 %), so its line breaks and the `&` of a shop's name reach the parser as escapes; and one
/// comment in fifty breaks a line or names a shop with `&` (a guess: the real set has no comments). A benchmark
/// on it measures the fast paths on the text they meet.
public struct RealisticVolume: Sendable {
    private var random: SeededGenerator

    public init(seed: UInt64) {
        random = SeededGenerator(seed: seed &+ 0x5EED)
    }

    static let openings = ["", "", "", "救命", "我真的", "说实话", "蹲一个", "姐妹们", "啊啊啊", "天呐", "刚好需要", "hhh"]
    static let phrases = [
        "好好看", "求链接", "这也太好吃了吧", "我真的会谢", "这个颜色显黑吗", "后续呢", "这个在哪买的", "学到了感谢分享",
        "这个价格可以冲", "上次试了确实不错", "笑死我了", "有没有平替推荐", "博主皮肤好好啊", "已三连期待下期",
        "第一次刷到关注了", "质地很清爽", "混油皮能用吗", "通勤八小时持妆吗", "学生党冲", "链接在哪里呀", "同款已下单",
        "敏感肌可以吗", "适合黄一白吗", "OOTD", "yyds", "iPhone16", "MAC", "这个色号叫什么",
    ]
    static let endings = ["", "", "！", "？", "～", "，", "。", "…", "!!", "😭", "✨", "👍🏻", "👩‍👩‍👧", "🇨🇳", "[赞R]", "[哭惹R]"]

    /// The dossier with notes, comments and follower sample brought to realistic volume.
    public mutating func expand(_ dossier: Dossier) -> Dossier {
        var dossier = dossier
        let notes = dossier.notes
        guard !notes.isEmpty else { return dossier }
        let target = random.integer(40...55)
        var extra: [Note] = []
        let oldest = notes.compactMap(\.publishedAt).min() ?? CreatorSimulator.exportDate
        for index in 0..<max(0, target - notes.count) {
            var note = notes[index % notes.count]
            note.id = "\(note.id ?? "n")-r\(index)"
            note.publishedAt = oldest.addingTimeInterval(-Double(index + 1) * 86_400 * (1 + random.unit() * 3))
            let factor = random.logNormal(0.5)
            note.likes = note.likes.map { Count(Int(Double($0.value) * factor)) }
            note.collects = note.collects.map { Count(Int(Double($0.value) * factor)) }
            note.comments = note.comments.map { Count(Int(Double($0.value) * factor)) }
            extra.append(note)
        }
        dossier.notes = (notes + extra).map { note in
            var note = note
            note.title = random.pick(Self.phrases) + random.pick(Self.endings)
            note.text = caption()
            return note
        }
        dossier.comments = comments(for: dossier.notes, count: random.integer(400...600))
        let sample = dossier.followerSample
        if !sample.isEmpty {
            dossier.followerSample = (0..<200).map { index in
                var follower = sample[index % sample.count]
                follower.id = "f\(index)-\(random.next() % 1_000_000)"
                return follower
            }
        }
        return dossier
    }

    private mutating func comments(for notes: [Note], count: Int) -> [KolvetKit.Comment] {
        let accounts = (0..<(count * 2 / 3)).map { _ in "u\(random.next() % 10_000_000_000)" }
        var written: [String] = []
        var comments: [KolvetKit.Comment] = []
        for index in 0..<count {
            let note = notes[min(notes.count - 1, Int(Double(notes.count) * pow(random.unit(), 2)))]
            var comment = KolvetKit.Comment()
            comment.id = "\(note.id ?? "n")-c\(index)"
            comment.noteID = note.id
            var text = self.text(after: written)
            if random.chance(0.02) {
                text += random.chance(0.5) ? "\n" + self.text(after: written) : " " + random.pick(Self.shops)
            }
            written.append(text)
            comment.text = text
            if let published = note.publishedAt {
                let minutes = random.chance(0.1) ? random.unit() * 60 : 60 + random.unit() * 6_000
                let milliseconds = Double(random.integer(1...999)) / 1_000
                comment.createdAt = min(
                    CreatorSimulator.exportDate, published.addingTimeInterval((minutes * 60).rounded() + milliseconds))
            }
            comment.userID = random.pick(accounts)
            comment.nickname =
                random.chance(0.3) ? SimulatedText.defaultNickname(&random) : random.pick(SimulatedText.nicknames)
            comment.ipLocation = random.pick(SimulatedText.regions)
            comment.likes = Count(random.chance(0.8) ? random.integer(0...3) : random.integer(4...300))
            var author = CommentAuthor()
            author.followers = Count(random.integer(0...900))
            author.following = Count(random.integer(20...700))
            author.notes = Count(random.integer(0...120))
            author.hasAvatar = random.chance(0.85)
            comment.author = author
            comments.append(comment)
        }
        return comments.sorted { ($0.createdAt ?? .distantPast) < ($1.createdAt ?? .distantPast) }
    }

    static let captionPhrases = [
        "今天来分享一下最近的爱用好物", "真的是回购了好几次", "姐妹们冲就完事了", "质地轻薄不油腻", "上脸一点都不闷",
        "通勤妆五分钟搞定", "价格也很友好", "包装颜值超高", "适合学生党", "敏感肌亲测不踩雷", "记得点赞收藏呀",
        "有问题评论区问我", "周末去探店了", "环境很出片", "排队半小时也值得", "人均一百左右",
    ]
    static let shops = ["Nick & Sam's", "Yama & Sushi", "M&M's", "H&M", "Q&A"]
    static let topics = ["#护肤[话题]#", "#好物分享[话题]#", "#OOTD[话题]#", "#探店[话题]#", "#学生党[话题]#", "#日常妆容[话题]#"]

    /// A note's caption: two to eight lines of two to four phrases, now and then a shop's name with `&`, and
    /// (four times in five) a last line of topic tags.
    private mutating func caption() -> String {
        var lines = (0..<random.integer(2...8)).map { _ in
            (0..<random.integer(2...4)).map { _ in random.pick(Self.captionPhrases) + random.pick(Self.endings) }
                .joined()
        }
        if random.chance(0.1) { lines[0] = random.pick(Self.shops) + "｜" + lines[0] }
        if random.chance(0.8) {
            lines.append((0..<random.integer(2...5)).map { _ in random.pick(Self.topics) }.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    private mutating func text(after written: [String]) -> String {
        let roll = random.integer(0...19)
        if roll < 2, !written.isEmpty {
            // A near-copy of an earlier comment: one character changed or added.
            var copy = Array(random.pick(written))
            let position = random.integer(0...max(0, copy.count - 1))
            if copy.isEmpty || random.chance(0.5) {
                copy.insert(Character(random.pick(["了", "呀", "！", "好", "～"])), at: min(position, copy.count))
            } else {
                copy[position] = Character(random.pick(["了", "呀", "!", "好", "😭"]))
            }
            return String(copy)
        }
        if roll == 2 { return String(repeating: random.pick(["哈", "啊", "😭"]), count: random.integer(3...12)) }
        if roll == 3 { return random.pick(SimulatedText.shortPraise) }
        if roll == 4 { return random.pick(SimulatedText.organic) }
        let parts = (0..<random.integer(1...4)).map { _ in random.pick(Self.phrases) + random.pick(Self.endings) }
        var text = random.pick(Self.openings) + parts.joined()
        if random.chance(0.15) { text += "第\(random.integer(1...9))张" }
        if random.chance(0.1) { text += "\(random.integer(9...399))块" }
        return text
    }
}
