import KolvetKit
import Testing

/// Fits worked out by hand from the formulas in docs/metrics.md.
@Suite("Audience fit")
struct AudienceFitTests {
    static func distribution(_ pairs: [(String, Double)]) -> Distribution {
        Distribution(pairs.map { Distribution.Entry(name: $0.0, share: $0.1) })
    }

    static func audience(gender: Distribution? = nil, regions: Distribution? = nil) -> Audience {
        var audience = Audience()
        audience.gender = gender
        audience.regions = regions
        return audience
    }

    @Test("identical distributions fit 1, disjoint ones 0")
    func extremes() throws {
        let shares = Self.distribution([("female", 0.7), ("male", 0.3)])
        let same = try #require(
            AudienceFitCalculator.fit(
                Self.audience(gender: shares), to: [AudienceTarget(dimension: .gender, shape: .distribution(shares))]))
        #expect(isClose(same.worst, 1))
        #expect(isClose(same.best, 1))
        let disjoint = try #require(
            AudienceFitCalculator.fit(
                Self.audience(gender: Self.distribution([("female", 1)])),
                to: [AudienceTarget(dimension: .gender, shape: .distribution(Self.distribution([("male", 1)])))]))
        #expect(disjoint.worst == 0)
        #expect(disjoint.best == 0)
    }

    @Test("a top-5 region list gives a range, not a guess")
    func topFiveRange() throws {
        // Listed 广东 .16 上海 .12 浙江 .10 江苏 .09 北京 .08 = .55, so .45 is unlisted.
        let regions = Self.distribution([("广东", 0.16), ("上海", 0.12), ("浙江", 0.10), ("江苏", 0.09), ("北京", 0.08)])
        // Target groups 上海, 浙江, 四川: listed inside .12 + .10 = .22; 四川 is unlisted, so up to .45 more → .67.
        let groups = try #require(
            AudienceFitCalculator.fit(
                Self.audience(regions: regions),
                to: [AudienceTarget(dimension: .regions, shape: .groups(["上海市", "浙江省", "四川"]))]))
        #expect(isClose(groups.worst, 0.22))
        #expect(isClose(groups.best, 0.67))
        // Target distribution 广东 .5, 四川 .3, 云南 .2: min(.16, .5) = .16 listed; unlisted target .5, unknown .45
        // → best .16 + min(.45, .5) = .61.
        let shares = try #require(
            AudienceFitCalculator.fit(
                Self.audience(regions: regions),
                to: [
                    AudienceTarget(
                        dimension: .regions,
                        shape: .distribution(Self.distribution([("广东", 0.5), ("四川", 0.3), ("云南", 0.2)])))
                ]))
        #expect(isClose(shares.worst, 0.16))
        #expect(isClose(shares.best, 0.61))
    }

    @Test("dimensions combine by weight; a dimension the portrait lacks is left out")
    func weights() throws {
        let audience = Self.audience(gender: Self.distribution([("female", 0.8), ("male", 0.2)]))
        let fit = try #require(
            AudienceFitCalculator.fit(
                audience,
                to: [
                    AudienceTarget(dimension: .gender, shape: .groups(["female"]), weight: 3),
                    AudienceTarget(dimension: .age, shape: .groups(["18-24"]), weight: 5),
                ]))
        #expect(fit.dimensions.map(\.dimension) == [.gender])
        #expect(isClose(fit.worst, 0.8))
    }

    @Test("the skincare brief against the healthy beauty creator")
    func skincareBrief() throws {
        let decoding = BriefDecoder().decode(
            try TestSupport.fixtureBytes("briefs/skincare-launch.json"), file: "b.json")
        let brief = try #require(decoding.brief, "\(decoding.diagnostics)")
        #expect(brief.platformFeeRate == 0.1)
        #expect(brief.minimumScore == 70)
        let report = Scorer(configuration: Configuration())
            .vet(try TestSupport.dossier("healthy-mid-beauty.json"), brief: brief, now: TestSupport.now)
        // gender min(.86,.9) + min(.14,.1) = .96; age .3 + .44 + .11 = .85; city tiers .31 + .29 + .20 = .80;
        // regions .12 + .10 + .09 + .08 = .39, up to .39 + .45 = .84 (四川 unlisted); interests 护肤 .41.
        // Weights 2, 2, 1, 1, 1: worst (1.92 + 1.70 + .80 + .39 + .41) / 7 = 5.22 / 7, best 5.67 / 7 = .81.
        let fit = try #require(report.signals.first { $0.id == "audience.fit" })
        #expect(isClose(fit.value, 5.22 / 7))
        #expect(isClose(fit.range?.upperBound, 0.81))
        #expect(fit.level == .ok)
        // Effective reach: 100,000 × .82 × [5.22/7, .81].
        #expect(isClose(report.audience.effectiveReach?.lowerBound, 82_000 * 5.22 / 7, tolerance: 1e-6))
        #expect(isClose(report.audience.effectiveReach?.upperBound, 82_000 * 0.81, tolerance: 1e-6))
        #expect(report.signals.first { $0.id == "audience.requirements" }?.level == .ok)
        // Comments from 14 located: 四川 once is outside the five listed regions → 1/14 − .45 < 0: clamped to 0
        // (fewer comments from elsewhere than the portrait explains is no excess).
        let geography = try #require(report.signals.first { $0.id == "audience.comment_geography" })
        #expect(1.0 / 14 - 0.45 < 0)
        #expect(geography.value == 0)
        #expect(report.verdict == .pass)
    }

    @Test("a brief with a hard requirement rejects a creator who misses it")
    func hardRequirement() throws {
        let brief = try #require(
            BriefDecoder().decode(try TestSupport.fixtureBytes("briefs/female-only-strict.json"), file: "b.json").brief)
        let report = Scorer(configuration: Configuration())
            .vet(try TestSupport.dossier("healthy-mid-beauty.json"), brief: brief, now: TestSupport.now)
        let requirements = try #require(report.signals.first { $0.id == "audience.requirements" })
        // female .86 < .90: missed; 四川 unlisted, so 0–45 %: unsettled → range 1...2.
        #expect(requirements.value == 1)
        #expect(requirements.range == 1...2)
        #expect(requirements.level == .fail)
        #expect(report.verdict == .reject)
    }

    @Test("an unsettled requirement alone warns")
    func unsettledRequirement() throws {
        var brief = Brief()
        brief.requirements = [AudienceRequirement(dimension: .regions, group: "四川", minimum: 0.05)]
        let report = Scorer(configuration: Configuration())
            .vet(try TestSupport.dossier("healthy-mid-beauty.json"), brief: brief, now: TestSupport.now)
        #expect(report.signals.first { $0.id == "audience.requirements" }?.level == .warn)
    }

    @Test("brief errors name their JSON path")
    func briefErrors() {
        let json = #"{"target": {"gender": {"female": 1.4}}, "requirements": [{"dimension": "height", "group": "x"}]}"#
        let decoding = BriefDecoder().decode(Array(json.utf8), file: "b.json")
        #expect(decoding.brief == nil)
        #expect(
            decoding.diagnostics.map(\.placedMessage) == [
                "at target.gender.female: a share must be between 0 and 1, got 1.4 (write \"86%\" for a percentage)",
                "at requirements[0].dimension: expected one of gender, age, city_tier, regions, interests, got \"height\"",
                "at requirements[0]: a requirement needs min or max",
            ])
    }

    @Test("region names fold their suffixes")
    func regionNames() {
        #expect(RegionName.normalize("广东省") == "广东")
        #expect(RegionName.normalize("上海市") == "上海")
        #expect(RegionName.normalize("广西壮族自治区") == "广西")
        #expect(RegionName.normalize("香港特别行政区") == "香港")
        #expect(RegionName.normalize(" Guangdong ") == "guangdong")
    }
}

@Suite("Cost")
struct CostTests {
    @Test("CPE and CPV of the healthy creator, by note type")
    func healthyCost() throws {
        let report = try TestSupport.report("healthy-mid-beauty.json")
        // Image notes n1 3500, n2 2200, n4 2700, n6 2800, n7 3800 → median 2800; ¥15,000 × 1.1 = 16,500.
        let image = try #require(report.cost.image)
        #expect(isClose(image.totalPrice, 16_500, tolerance: 1e-9))
        #expect(isClose(image.costPerEngagement, 16_500.0 / 2_800))
        #expect(image.isTypeSpecific)
        // Reads of those notes 52,000 40,000 45,000 50,000 62,000 → median 50,000.
        #expect(isClose(image.costPerRead, 16_500.0 / 50_000))
        // Only two video notes (< 3): all seven notes, median 3500; ¥22,000 × 1.1 = 24,200.
        let video = try #require(report.cost.video)
        #expect(!video.isTypeSpecific)
        #expect(isClose(video.costPerEngagement, 24_200.0 / 3_500))
        #expect(isClose(report.signals.first { $0.id == "cost.cpe" }?.value, 16_500.0 / 2_800))
        // Band for 100K followers: ¥8,000–50,000 → 15,000 / 50,000.
        #expect(isClose(report.signals.first { $0.id == "cost.quote_vs_tier" }?.value, 0.3))
    }

    @Test("an overpriced creator: ¥40,000 at 480K followers for ~900 interactions")
    func inflatedCost() throws {
        let report = try TestSupport.report("inflated-followers.json")
        // Notes have no type: all six, median 920; ¥40,000 × 1.1 = 44,000 → ¥47.83 > ¥30 → fail.
        let cpe = try #require(report.signals.first { $0.id == "cost.cpe" })
        #expect(isClose(cpe.value, 44_000.0 / 920))
        #expect(cpe.level == .fail)
        // 40,000 / 50,000 = 0.8: inside the band.
        #expect(report.signals.first { $0.id == "cost.quote_vs_tier" }?.level == .ok)
    }

    @Test("parenting prices 1.35× the baseline band")
    func verticalBand() {
        let band = CostSettings().band(forFollowers: 150_000, vertical: "parenting")
        #expect(band == PriceBand(fromFollowers: 100_000, low: 10_800, high: 67_500))
    }
}
