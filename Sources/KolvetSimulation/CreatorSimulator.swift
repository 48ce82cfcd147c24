public import Foundation
public import KolvetKit

/// A simulated creator and what was planted in it.
public struct SimulatedCreator: Sendable {
    public var dossier: Dossier
    public var planted: PlantedFraud?
}

/// Writes realistic, seeded dossiers of clean creators, optionally with one planted fraud.
///
/// Clean creators vary the way real ones do: tiers from nano to top, engagement around the tier benchmark with
/// heavy note-to-note variance, occasional viral notes that legitimately bring followers a day or two later,
/// sponsored notes, irregular follower histories, organic comments (short praise included), lurker-heavy
/// follower samples with a few mass followers, partial audience portraits.
public struct CreatorSimulator: Sendable {
    /// The date the simulated exports are taken: 2026-11-27T00:00+08:00.
    public static let exportDate = Date(timeIntervalSince1970: 1_795_708_800)
    private var random: SeededGenerator
    /// A second stream for note content, MCNs and shared fans, so that turning content on leaves every other draw
    /// (and the figures measured before it) as it was.
    private var side: SeededGenerator
    /// Whether notes carry titles, text and topics, creators an MCN, and commenters come partly from fans the
    /// creators of a vertical share.
    public let writesContent: Bool
    private let benchmarks = Configuration().benchmarks
    private var counter = 0
    private var rings = 0

    /// `writesContent` adds note titles and topics of the creator's vertical (a fifth of them on no category),
    /// declared sponsored notes naming a brand, an MCN (one of ten), and commenters of whom a quarter come from a
    /// pool of 400 fans per vertical with skewed popularity (the most active fan writes about one comment in seven
    /// of the pool's), so that independent creators of one vertical share loyal fans as real ones do.
    public init(seed: UInt64, writesContent: Bool = false) {
        random = SeededGenerator(seed: seed)
        side = SeededGenerator(seed: seed ^ 0xC0FF_EE00_D15E_A5E5)
        self.writesContent = writesContent
    }

    /// One creator, with `planted` fraud if given.
    public mutating func make(planting planted: PlantedFraud? = nil) -> SimulatedCreator {
        counter += 1
        var plan = makePlan()
        if planted == .inflatedFollowers {
            plan.realFollowers = plan.followers
            plan.followers = Int(Double(plan.followers) * (4 + random.unit() * 6))
        }
        var dossier = Dossier(creator: makeCreator(plan))
        dossier.notes = makeNotes(plan)
        dossier.followerHistory = makeHistory(plan, notes: dossier.notes, planted: planted)
        dossier.creator.followers = dossier.followerHistory.last?.followers ?? Count(plan.followers)
        dossier.comments = makeComments(notes: dossier.notes)
        if writesContent {
            if planted == .offCategory { dossier.creator.vertical = "food" }
            dossier.creator.mcn = "MCN-\(side.integer(1...10))"
            writeContent(&dossier, undeclared: planted == .undeclaredAds)
            shareFans(&dossier)
        }
        dossier.followerSample = makeSample(emptyShare: planted == .emptySample ? 0.5 + random.unit() * 0.3 : 0)
        dossier.audience = makeAudience()
        switch planted {
        case .boughtLikes: plantBoughtLikes(&dossier)
        case .botComments: plantBotComments(&dossier)
        default: break
        }
        return SimulatedCreator(dossier: dossier, planted: planted)
    }

    // MARK: - The plan

    struct Plan {
        var id: String
        var tier: Tier
        var followers: Int
        /// Followers the engagement comes from (differs when followers are inflated).
        var realFollowers: Int
        var rate: Double
        var dailyGrowth: Double
        var hasReads: Bool
    }

    private mutating func makePlan() -> Plan {
        let roll = random.unit()
        let (tier, low, high): (Tier, Double, Double) =
            roll < 0.3
            ? (.nano, 1_000, 10_000)
            : roll < 0.6
                ? (.micro, 10_000, 50_000)
                : roll < 0.8
                    ? (.mid, 50_000, 200_000)
                    : roll < 0.95 ? (.macro, 200_000, 1_000_000) : (.top, 1_000_000, 5_000_000)
        let followers = Int(exp(log(low) + random.unit() * (log(high) - log(low))))
        let rate = (benchmarks.engagementRate[tier.rawValue] ?? 0.03) * random.logNormal(0.3)
        return Plan(
            id: "sim\(counter)", tier: tier, followers: followers, realFollowers: followers, rate: rate,
            dailyGrowth: 0.0003 + random.unit() * 0.0027, hasReads: random.chance(0.4))
    }

    private mutating func makeCreator(_ plan: Plan) -> Creator {
        var creator = Creator(id: plan.id, followers: Count(plan.followers))
        creator.nickname = "模拟博主\(counter)"
        creator.vertical = random.pick(["beauty", "fashion", "food", "home", "travel", "parenting"])
        creator.likesAndCollects = Count(Int(Double(plan.realFollowers) * (1.5 + random.unit() * 3.5)))
        creator.following = Count(random.integer(50...900))
        let base = Double(plan.realFollowers) * 0.12 * random.logNormal(0.3)
        creator.quote = Quote(imageNote: max(200, base.rounded()), videoNote: max(300, (base * 1.4).rounded()))
        return creator
    }

    private mutating func makeNotes(_ plan: Plan) -> [Note] {
        let count = random.integer(20...28)
        var notes: [Note] = []
        var daysAgo = 1.0 + random.unit() * 2
        let likeShare = 0.55 + random.unit() * 0.2
        let collectRate = 0.2 + random.unit() * 0.4
        let commentRate = 0.02 + random.unit() * 0.05
        let shareRate = 0.01 + random.unit() * 0.04
        for index in 0..<count {
            var note = Note()
            note.id = "\(plan.id)-n\(index + 1)"
            note.kind = random.chance(0.7) ? .image : .video
            note.publishedAt = Self.exportDate.addingTimeInterval((-daysAgo * 86_400 + random.unit() * 3_600).rounded())
            note.isSponsored = random.chance(0.15)
            var interactions = Double(plan.realFollowers) * plan.rate * random.logNormal(0.7)
            if note.isSponsored == true { interactions *= 0.8 * random.logNormal(0.2) }
            if random.chance(0.06) { interactions *= 4 + random.unit() * 11 }
            let likes = interactions * likeShare
            note.likes = Count(Int(likes))
            note.comments = Count(Int(likes * commentRate * random.logNormal(0.3)))
            note.shares = Count(Int(likes * shareRate * random.logNormal(0.3)))
            // Collects per like vary by note (a tutorial is saved more than a selfie), σ 0.35 in log terms.
            note.collects = Count(Int(likes * collectRate * random.logNormal(0.35)))
            if plan.hasReads { note.reads = Count(Int(interactions / (0.06 * random.logNormal(0.3)))) }
            notes.append(note)
            daysAgo += 2 + random.unit() * 3
        }
        return notes
    }

    /// 90 days of history, daily or every 1–7 days; organic growth with noise, legitimate bumps after viral
    /// notes, and the planted jump or purge.
    private mutating func makeHistory(_ plan: Plan, notes: [Note], planted: PlantedFraud?) -> [FollowerPoint] {
        let days = 90
        var gains = (0..<days).map { _ in Double(plan.followers) * plan.dailyGrowth * (0.7 + random.unit() * 0.6) }
        let interactions = notes.map { Double($0.likes?.value ?? 0) + Double($0.collects?.value ?? 0) }
        let median = Statistics.median(interactions) ?? 0
        for (note, total) in zip(notes, interactions) where total >= max(1_000, 3 * median) {
            guard let date = note.publishedAt else { continue }
            let day = days - Int((Self.exportDate.timeIntervalSince(date) / 86_400).rounded(.up))
            if day + 1 >= 0 && day + 1 < days { gains[day + 1] += total * (0.05 + random.unit() * 0.25) }
        }
        switch planted {
        case .followerSpike:
            let day = random.integer(15...80)
            var jump = Double(plan.followers) * (0.1 + random.unit() * 0.3)
            if random.chance(0.5) && jump >= 5_000 { jump = (jump / 5_000).rounded() * 5_000 }
            gains[day] += jump
        case .purge:
            gains[random.integer(15...80)] -= Double(plan.followers) * (0.03 + random.unit() * 0.12)
        default: break
        }
        var counts = [Double](repeating: 0, count: days + 1)
        counts[days] = Double(plan.followers)
        for day in stride(from: days - 1, through: 0, by: -1) { counts[day] = max(0, counts[day + 1] - gains[day]) }
        let irregular = random.chance(0.5)
        var points: [FollowerPoint] = []
        var day = 0
        while day <= days {
            points.append(
                FollowerPoint(
                    date: Self.exportDate.addingTimeInterval(Double(day - days) * 86_400),
                    followers: Count(Int(counts[day]))))
            day += irregular ? random.integer(1...7) : 1
        }
        if points.last?.date != Self.exportDate {
            points.append(FollowerPoint(date: Self.exportDate, followers: Count(Int(counts[days]))))
        }
        return points
    }

    private mutating func makeComments(notes: [Note]) -> [KolvetKit.Comment] {
        var pool = SimulatedText.organic.shuffled(using: &random)
        var comments: [KolvetKit.Comment] = []
        for note in notes.prefix(8) {
            guard let published = note.publishedAt else { continue }
            for _ in 0..<random.integer(2...9) {
                var comment = KolvetKit.Comment()
                comment.id = "\(note.id ?? "n")-c\(comments.count)"
                comment.noteID = note.id
                comment.text =
                    random.chance(0.3) || pool.isEmpty ? random.pick(SimulatedText.shortPraise) : pool.removeLast()
                let minutes = random.chance(0.1) ? random.unit() * 60 : 60 + random.unit() * 6_000
                comment.createdAt = min(Self.exportDate, published.addingTimeInterval((minutes * 60).rounded()))
                comment.userID = "u\(random.next() % 1_000_000_000)"
                let isLurker = random.chance(0.3)
                comment.nickname =
                    isLurker ? SimulatedText.defaultNickname(&random) : random.pick(SimulatedText.nicknames)
                var author = CommentAuthor()
                author.followers = Count(isLurker ? random.integer(0...5) : random.integer(5...900))
                author.following = Count(random.integer(20...700))
                author.notes = Count(isLurker ? 0 : random.integer(1...120))
                author.hasAvatar = !isLurker || random.chance(0.5)
                comment.author = author
                comment.ipLocation = random.pick(SimulatedText.regions)
                comments.append(comment)
            }
        }
        return comments
    }

    private mutating func makeSample(emptyShare: Double) -> [SampledFollower] {
        (0..<60).map { _ in
            var follower = SampledFollower()
            let roll = random.unit()
            if roll < emptyShare || (roll > 0.97) {
                // Empty or mass-following account (real audiences have a few).
                follower.notes = Count(0)
                follower.followers = Count(random.integer(0...3))
                follower.following = Count(random.integer(1_500...6_000))
                follower.hasAvatar = random.chance(0.2)
            } else if random.chance(0.6) {
                follower.notes = Count(0)
                follower.followers = Count(random.integer(0...10))
                follower.following = Count(random.integer(10...450))
                follower.hasAvatar = random.chance(0.5)
            } else {
                follower.notes = Count(random.integer(1...150))
                follower.followers = Count(random.integer(10...3_000))
                follower.following = Count(random.integer(50...1_200))
                follower.hasAvatar = true
            }
            return follower
        }
    }

    private mutating func makeAudience() -> Audience {
        var audience = Audience()
        let female = 0.55 + random.unit() * 0.4
        audience.gender = Distribution([.init(name: "female", share: female), .init(name: "male", share: 1 - female)])
        let regions = Array(SimulatedText.regions.shuffled(using: &random).prefix(5))
        let total = 0.45 + random.unit() * 0.25
        audience.regions = Distribution(
            regions.enumerated().map { .init(name: $1, share: total * [0.3, 0.25, 0.18, 0.15, 0.12][$0]) })
        audience.activeFansShare = 0.72 + random.unit() * 0.2
        return audience
    }

    // MARK: - Content, MCNs and shared fans

    private mutating func writeContent(_ dossier: inout Dossier, undeclared: Bool) {
        let vertical = dossier.creator.vertical ?? "food"
        let titles = SimulatedContent.titles[vertical] ?? SimulatedContent.everyday
        let topics = SimulatedContent.topics[vertical] ?? []
        let onCategory = 0.55 + side.unit() * 0.4
        for index in dossier.notes.indices {
            let brand = side.pick(SimulatedContent.brands)
            if dossier.notes[index].isSponsored == true {
                dossier.notes[index].title = side.pick(titles)
                dossier.notes[index].text = side.pick(SimulatedContent.sponsoredText).replacingOccurrences(
                    of: "%@", with: brand)
                dossier.notes[index].tags = [side.pick(topics.isEmpty ? ["分享"] : topics)]
            } else if side.chance(onCategory) {
                dossier.notes[index].title = side.pick(titles)
                dossier.notes[index].tags = side.chance(0.6) ? [side.pick(topics.isEmpty ? ["分享"] : topics)] : []
                if side.chance(0.08) { dossier.notes[index].text = side.pick(SimulatedContent.ordinaryBuying) }
            } else {
                dossier.notes[index].title = side.pick(SimulatedContent.everyday)
                dossier.notes[index].tags = side.chance(0.3) ? ["日常"] : []
            }
        }
        guard undeclared else { return }
        let organic = dossier.notes.indices.prefix(20).filter { dossier.notes[$0].isSponsored != true }
        for index in organic.shuffled(using: &side).prefix(side.integer(4...8)) {
            dossier.notes[index].text = side.pick(SimulatedContent.undeclaredText).replacingOccurrences(
                of: "%@", with: side.pick(SimulatedContent.brands))
        }
    }

    /// A quarter of the comments come from the vertical's pool of 400 fans; fan k is drawn as ⌊400 u³⌋, so a few
    /// fans write much of the pool's share across the vertical's creators.
    private mutating func shareFans(_ dossier: inout Dossier) {
        let vertical = dossier.creator.vertical ?? "none"
        for index in dossier.comments.indices where side.chance(0.25) {
            let fan = Int(400 * pow(side.unit(), 3))
            dossier.comments[index].userID = "fan-\(vertical)-\(fan)"
        }
    }

    /// Three clean creators of one new MCN, and 4–10 ring accounts that each write 1–3 short comments on each of
    /// them, on their eight latest notes, within a day of posting.
    public mutating func makeRing(size: Int = 3) -> [SimulatedCreator] {
        rings += 1
        var members = (0..<size).map { _ in make() }
        let accounts = (0..<side.integer(4...10)).map { "ring\(rings)-\($0)" }
        for member in members.indices {
            members[member].planted = .commenterRing
            members[member].dossier.creator.mcn = "MCN-ring-\(rings)"
            let notes = Array(members[member].dossier.notes.prefix(8))
            guard !notes.isEmpty else { continue }
            for account in accounts {
                for _ in 0..<side.integer(1...3) {
                    let note = side.pick(notes)
                    var comment = KolvetKit.Comment()
                    comment.id = "\(note.id ?? "n")-ring\(members[member].dossier.comments.count)"
                    comment.noteID = note.id
                    comment.text = side.pick(SimulatedText.shortPraise + SimulatedText.botTemplates)
                    comment.createdAt = note.publishedAt.map {
                        min(Self.exportDate, $0.addingTimeInterval((side.unit() * 86_400).rounded()))
                    }
                    comment.userID = account
                    comment.nickname = side.pick(SimulatedText.nicknames)
                    members[member].dossier.comments.append(comment)
                }
            }
        }
        return members
    }

    // MARK: - Planted engagement fraud

    private mutating func plantBoughtLikes(_ dossier: inout Dossier) {
        let chosen = Array(dossier.notes.indices.prefix(20)).shuffled(using: &random).prefix(random.integer(2...4))
        for index in chosen {
            let likes = dossier.notes[index].likes?.value ?? 0
            dossier.notes[index].likes = Count(likes + Int(Double(max(likes, 150)) * (4 + random.unit() * 8)))
        }
    }

    private mutating func plantBotComments(_ dossier: inout Dossier) {
        for note in dossier.notes.prefix(random.integer(3...5)) {
            guard let published = note.publishedAt else { continue }
            for _ in 0..<random.integer(8...14) {
                var comment = KolvetKit.Comment()
                comment.id = "\(note.id ?? "n")-bot\(dossier.comments.count)"
                comment.noteID = note.id
                comment.text = random.pick(SimulatedText.botTemplates)
                comment.createdAt = published.addingTimeInterval(((0.5 + random.unit() * 7.5) * 60).rounded())
                comment.userID = "b\(random.next() % 1_000_000_000)"
                comment.nickname = SimulatedText.defaultNickname(&random)
                var author = CommentAuthor()
                author.followers = Count(random.integer(0...3))
                author.following = Count(random.chance(0.7) ? random.integer(1_500...4_000) : random.integer(50...600))
                author.notes = Count(0)
                author.hasAvatar = random.chance(0.2)
                comment.author = author
                comment.ipLocation = random.pick(SimulatedText.regions)
                dossier.comments.append(comment)
            }
        }
    }
}
