/// Prices and fees for the cost signals (docs/metrics.md, "Cost").
public struct CostSettings: Codable, Equatable, Sendable {
    /// The platform fee on top of a quote when the brief does not give one (Pugongying: 10 %).
    public var platformFeeRate = 0.1
    /// Price bands of an image note by followers (DOMAIN.md's price prior).
    public var priceBands: [PriceBand] = [
        PriceBand(fromFollowers: 0, low: 200, high: 1_000),
        PriceBand(fromFollowers: 10_000, low: 800, high: 8_000),
        PriceBand(fromFollowers: 100_000, low: 8_000, high: 50_000),
        PriceBand(fromFollowers: 1_000_000, low: 50_000, high: 500_000),
    ]
    /// A video note costs this multiple of an image note (prior: +30–50 %; the middle).
    public var videoPriceFactor = 1.4
    /// Verticals that price above the lifestyle baseline (prior: parenting 30–40 % above).
    public var verticalPriceFactor: [String: Double] = ["parenting": 1.35]
    /// Fewest recent notes of a type (image, video) to price that type on its own notes; below it, all recent
    /// notes are used.
    public var minimumNotesPerType = 3
    /// What an interaction costs on the market, fee included, in CNY: ¥0.85, the median CPE of the 36 real
    /// creators of `../shared/data/xhs-real` kept for tuning (their 新红 image quote × 1.1 ÷ their median
    /// interactions; the 20 held out: ¥0.71) — nano and micro food and lifestyle KOCs, March 2025
    /// (scripts/market_cpe.py). The implied quote is this × median interactions ÷ (1 + fee).
    public var marketCPE = 0.85
    /// The market CPE by vertical, where a brand knows better (none by default: the real data is one vertical).
    public var verticalMarketCPE: [String: Double] = [:]

    public init() {}

    /// The market CPE for a vertical.
    public func marketCPE(for vertical: String?) -> Double {
        vertical.flatMap { verticalMarketCPE[$0] } ?? marketCPE
    }

    enum CodingKeys: String, CodingKey {
        case platformFeeRate = "platform_fee_rate"
        case priceBands = "price_bands"
        case videoPriceFactor = "video_price_factor"
        case verticalPriceFactor = "vertical_price_factor"
        case minimumNotesPerType = "minimum_notes_per_type"
        case marketCPE = "market_cpe"
        case verticalMarketCPE = "vertical_market_cpe"
    }

    /// The band for a follower count, with the vertical's factor applied to both ends.
    public func band(forFollowers followers: Int, vertical: String?) -> PriceBand? {
        guard
            let band = priceBands.filter({ $0.fromFollowers <= followers }).max(by: {
                $0.fromFollowers < $1.fromFollowers
            })
        else { return nil }
        let factor = vertical.flatMap { verticalPriceFactor[$0] } ?? 1
        return PriceBand(fromFollowers: band.fromFollowers, low: band.low * factor, high: band.high * factor)
    }
}

/// The usual price range of an image note for creators from `fromFollowers` followers up to the next band.
public struct PriceBand: Codable, Equatable, Sendable {
    public var fromFollowers: Int
    public var low: Double
    public var high: Double

    public init(fromFollowers: Int, low: Double, high: Double) {
        self.fromFollowers = fromFollowers
        self.low = low
        self.high = high
    }

    enum CodingKeys: String, CodingKey {
        case fromFollowers = "from_followers"
        case low, high
    }
}
