/// A shortlist seen as a whole: its tier mix and budget against the pyramid, per-MCN counts, and what the
/// passing creators deliver.
public struct Portfolio: Sendable, Equatable {
    /// Creators and budget of one tier or kind.
    public struct Slice: Sendable, Equatable {
        public var creators = 0
        /// Σ image quotes (the video quote for creators with no image quote).
        public var budget = 0.0
    }

    /// One MCN's proposals.
    public struct Agency: Sendable, Equatable {
        public var name: String
        public var proposed: Int
        /// Reviewed or rejected.
        public var flagged: Int
        public var errors: Int
    }

    /// Per tier, in tier order.
    public var tiers: [Tier: Slice] = [:]
    public var total = Slice()
    /// Budget on KOCs, and on micro- and mid-tier KOLs.
    public var kocBudget = 0.0
    public var midTierKOLBudget = 0.0
    /// The pyramid's ranges, from the configuration.
    public var kocTarget: ClosedRange<Double>
    public var midTierKOLTarget: ClosedRange<Double>
    /// Per MCN, by name ("(none)" for creators without one).
    public var agencies: [Agency] = []
    /// Creators that pass, Σ of their expected interactions per note and Σ of their prices (with fee).
    public var passing = 0
    public var passingInteractions = 0.0
    public var passingPrice = 0.0

    /// The passing creators' combined CPE: Σ price / Σ expected interactions.
    public var passingCPE: Double? { passingInteractions > 0 ? passingPrice / passingInteractions : nil }

    init(entries: [BatchEntry], settings: PortfolioSettings) {
        func range(_ bounds: [Double]) -> ClosedRange<Double> {
            let low = bounds.first ?? 0
            return low...max(low, bounds.last ?? low)
        }
        kocTarget = range(settings.kocBudgetShare)
        midTierKOLTarget = range(settings.midTierKOLBudgetShare)
        var agencies: [String: Agency] = [:]
        var counted: Set<String> = []
        for entry in entries {
            // A creator given twice (the UTF-8 and the GB18030 copy of one sheet) is one creator of the budget.
            if let id = entry.creatorID {
                guard counted.insert(id).inserted else { continue }
            }
            let mcn = entry.report?.creator.mcn ?? entry.record.dossier?.creator.mcn ?? entry.record.mcn ?? "(none)"
            var agency = agencies[mcn] ?? Agency(name: mcn, proposed: 0, flagged: 0, errors: 0)
            agency.proposed += 1
            guard let report = entry.report, report.score != nil else {
                agency.errors += 1
                agencies[mcn] = agency
                continue
            }
            if report.verdict != .pass { agency.flagged += 1 }
            agencies[mcn] = agency
            let quote = report.creator.quote
            let price = quote?.imageNote ?? quote?.videoNote ?? 0
            if let tier = report.tier {
                tiers[tier, default: Slice()].creators += 1
                tiers[tier, default: Slice()].budget += price
            }
            total.creators += 1
            total.budget += price
            if report.kind == .koc {
                kocBudget += price
            } else if report.tier == .micro || report.tier == .mid {
                midTierKOLBudget += price
            }
            if report.verdict == .pass {
                passing += 1
                let pricing = report.cost.image ?? report.cost.video
                if let pricing, let interactions = pricing.expectedInteractions {
                    passingInteractions += interactions
                    passingPrice += pricing.totalPrice
                }
            }
        }
        self.agencies = agencies.values.sorted {
            $0.proposed != $1.proposed ? $0.proposed > $1.proposed : $0.name < $1.name
        }
    }

    /// The budget's share on KOCs and mid-tier KOLs, when there is a budget.
    public var kocShare: Double? { total.budget > 0 ? kocBudget / total.budget : nil }
    public var midTierKOLShare: Double? { total.budget > 0 ? midTierKOLBudget / total.budget : nil }

    /// One line per finding against the pyramid, for reports.
    public var pyramidNotes: [String] { pyramidNotes(in: .en) }

    /// The findings against the pyramid in `language`.
    public func pyramidNotes(in language: ReportLanguage) -> [String] {
        let zh = language == .zh
        guard let koc = kocShare, let mid = midTierKOLShare else {
            return [zh ? "无报价：预算结构未知" : "no quotes: the budget mix is unknown"]
        }
        var notes: [String] = []
        func check(_ name: String, _ share: Double, _ target: ClosedRange<Double>) {
            let position = target.contains(share) ? 0 : share < target.lowerBound ? -1 : 1
            let range =
                "\(ReportFormatting.percent(target.lowerBound, 0))–\(ReportFormatting.percent(target.upperBound, 0))"
            if zh {
                let word = position == 0 ? "之内" : position < 0 ? "之下" : "之上"
                notes.append("\(name)：占预算 \(ReportFormatting.percent(share, 0))，在金字塔建议的 \(range) \(word)")
            } else {
                let word = position == 0 ? "within" : position < 0 ? "below" : "above"
                notes.append(
                    "\(name): \(ReportFormatting.percent(share, 0)) of the budget, \(word) the pyramid's \(range)")
            }
        }
        check(zh ? "KOC 铺量" : "KOC seeding", koc, kocTarget)
        check(zh ? "腰部 KOL（初级、腰部）" : "mid-tier KOLs (micro, mid)", mid, midTierKOLTarget)
        return notes
    }
}
