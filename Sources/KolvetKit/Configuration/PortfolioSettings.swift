/// The budget pyramid the seed article recommends, which `kolvet batch` checks a shortlist against.
public struct PortfolioSettings: Codable, Equatable, Sendable {
    /// Share of the budget on KOC seeding (seed: 60–70 %).
    public var kocBudgetShare: [Double] = [0.6, 0.7]
    /// Share of the budget on mid-tier KOLs — micro and mid tiers (seed: 30–40 %).
    public var midTierKOLBudgetShare: [Double] = [0.3, 0.4]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case kocBudgetShare = "koc_budget_share"
        case midTierKOLBudgetShare = "mid_tier_kol_budget_share"
    }
}
