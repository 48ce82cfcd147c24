import Foundation
import KolvetKit
import KolvetSimulation
import Testing

/// The behaviours the real-data calibration asked for, on hand-built cases.
@Suite("Calibrated behaviour")
struct CalibratedBehaviourTests {
    @Test("a jump 19× the normal daily gain warns although it is 3 % of the followers")
    func abnormalJump() throws {
        var dossier = try TestSupport.dossier("koc-home.json")
        let day0 = Date(timeIntervalSince1970: 1_700_000_000)
        // 300,000 followers gaining 500 a day for 29 days, and +10,500 on day 20 (500 normal + 10,000 bought).
        var followers = 300_000
        var history: [FollowerPoint] = [FollowerPoint(date: day0, followers: Count(followers))]
        for day in 1...29 {
            followers += day == 20 ? 10_500 : 500
            history.append(
                FollowerPoint(date: day0.addingTimeInterval(Double(day) * 86_400), followers: Count(followers)))
        }
        dossier.followerHistory = history
        dossier.creator.followers = Count(followers)  // 324,500
        let report = Scorer(configuration: Configuration()).vet(dossier, now: TestSupport.now)
        let spike = try #require(report.signals.first { $0.id == "followers.growth_spike" })
        // Excess 10,500 − 500 = 10,000 over 1 day: 10,000 / 324,500 = 3.08 % < 5 % → ok by share, but
        // 10,000 / (500 × 1) = 20 ≥ jump_factor 10 → at least warn.
        #expect(isClose(spike.value, 10_000.0 / 324_500, tolerance: 1e-9))
        #expect(spike.level == .warn)
        var lenient = Configuration()
        lenient.followers.jumpFactor = 21
        let relaxed = Scorer(configuration: lenient).vet(dossier, now: TestSupport.now)
        #expect(relaxed.signals.first { $0.id == "followers.growth_spike" }?.level == .ok)
    }

    @Test("the verdict says what it rests on: cleared, red flags, or not enough data")
    func verdictBasis() throws {
        let healthy = try TestSupport.report("healthy-mid-beauty.json")
        #expect(healthy.verdict == .pass && healthy.verdictBasis == .cleared)
        let bought = try TestSupport.report("bought-likes.json")
        #expect(bought.verdict == .reject && bought.verdictBasis == .redFlags)
        let koc = try TestSupport.report("koc-home.json")
        #expect(koc.verdict == .review && koc.verdictBasis == .insufficientData)
        #expect(koc.missingData.contains { $0.id == "followers.sample_fake_share" })
        // Notes only: 11 of 45 weight, 24.4 % coverage — below a --min-coverage of 0.5, above one of 0.2.
        #expect(PipelineGate(minimumCoverage: 0.5).status(of: koc) == .belowBar)
        #expect(PipelineGate(minimumCoverage: 0.2).status(of: koc) == .success)
    }

    /// 600 comments as fans write them on 40 notes: varied sentences sharing ordinary openings, full-width
    /// punctuation, emoji and stickers, QQ糖 and 兼职 in ordinary talk, spread over days after posting.
    static func fanDossier() throws -> Dossier {
        var random = SeededGenerator(seed: 2026)
        let openings = ["救命", "我真的", "说实话", "蹲一个", "姐妹们", "请问", "哈哈哈", "刚看到", "天哪", "终于", ""]
        let subjects = [
            "这个配色", "上次买的那款", "视频里的背景音乐", "你家猫咪", "这个做法", "包装", "这家店的QQ糖", "这个收纳盒",
            "油皮的我", "早八人", "我室友", "我们宿舍", "大学做兼职的时候", "我妈", "周末", "今年的新款", "博主的手",
            "这个教程", "第一张图", "最后那个镜头",
        ]
        let predicates = [
            "也太适合秋天了", "用完了想换这个试试", "好像哪里都买不到", "比我想象中简单多了", "看起来特别有食欲",
            "让我想起了小时候", "真的会闷痘吗", "能驾驭这个颜色吗", "比去年好看太多", "价格有点小贵但是值得",
            "拍得好有氛围感", "一直在循环播放", "我也跟着做了一次", "在超市找了半天没找到", "有没有平价替代",
            "到底在哪里买的呀", "已经推荐给闺蜜了", "看完马上下单了同款的配件", "我家附近好像也有", "太治愈了吧",
        ]
        let afterthoughts = [
            "", "不过我更喜欢原味", "下次出个合集吧", "求一个详细步骤", "坐标上海", "去年冬天也买过", "蹲后续",
            "我先收藏了", "希望别涨价", "评论区有人试过吗", "已经是第二次看了", "明天就去",
        ]
        let endings = ["！", "？", "～", "。", "😭", "[笑哭R]", "[赞R]", "🥹🥹", "！！", "…", "", "哈哈"]
        var dossier = try TestSupport.dossier("koc-home.json")
        let day0 = Date(timeIntervalSince1970: 1_700_000_000)
        dossier.notes = (0..<40).map { index in
            var note = Note()
            note.id = "n\(index)"
            note.title = "第\(index)篇笔记"
            note.publishedAt = day0.addingTimeInterval(Double(index) * 3 * 86_400)
            note.likes = Count(400 + index * 7)
            note.collects = Count(120 + index)
            note.comments = Count(15)
            note.shares = Count(10)
            return note
        }
        dossier.comments = (0..<600).map { index in
            var comment = KolvetKit.Comment()
            let note = index % 40
            comment.id = "c\(index)"
            comment.noteID = "n\(note)"
            comment.userID = "fan\(index)"
            comment.nickname = "粉丝\(index)"
            let detail = random.pick([
                "", "用了\(index % 9 + 2)周了，", "第\(index % 5 + 1)次回购，", "", "在\(index % 7 + 1)号线上看的，",
            ])
            comment.text =
                random.pick(openings) + detail + random.pick(subjects) + random.pick(predicates) + "，"
                + random.pick(afterthoughts) + random.pick(endings)
            // Hours to days after posting.
            let delay = Double(1 + Int(random.next() % 200)) * 1_800
            comment.createdAt = day0.addingTimeInterval(Double(note) * 3 * 86_400 + delay)
            return comment
        }
        return dossier
    }

    @Test("600 fan comments: no comment signal fails and lead generation stays under 2 %")
    func fansAtScale() throws {
        let dossier = try Self.fanDossier()
        let report = Scorer(configuration: Configuration()).vet(dossier, now: TestSupport.now)
        let comments = report.signals.filter { $0.category == .comments }
        #expect(comments.count == 8)
        for signal in comments {
            #expect(signal.level != .fail, "\(signal.id): \(signal.evidence)")
        }
        let leadGen = try #require(report.signals.first { $0.id == "comments.lead_gen" })
        #expect((leadGen.value ?? 1) < 0.02)
    }
}

@Suite("Verdict basis in batch formats")
struct VerdictBasisFormatTests {
    @Test("CSV carries the basis beside the verdict; the table says why a clean creator is not cleared")
    func formats() throws {
        let csv = try KolvetBinary.run(["batch", "fixtures/dossiers/koc-home.json", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first?.contains(",verdict,verdict_basis,coverage,") == true)
        #expect(lines.dropFirst().first?.contains(",review,insufficient_data,0.2391,") == true)
        // Each signal's value beside its level: engagement.rate's value is the report's median rate per follower.
        let header = lines.first.map { $0.split(separator: ",", omittingEmptySubsequences: false) } ?? []
        let row = lines.dropFirst().first.map { $0.split(separator: ",", omittingEmptySubsequences: false) } ?? []
        let column = try #require(header.firstIndex(of: "engagement.rate.value"))
        #expect(header[column - 1] == "engagement.rate")
        let rate = try #require(header.firstIndex(of: "median_rate_per_follower"))
        #expect(row[column] == row[rate])
        let table = try KolvetBinary.run(["batch", "fixtures/dossiers/koc-home.json", "--format", "table"])
        #expect(table.stdout.contains("(not enough data)"))
    }
}
