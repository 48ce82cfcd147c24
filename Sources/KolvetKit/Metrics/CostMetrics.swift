/// What a creator's engagement costs, per note type.
public struct CostMetrics: Sendable, Equatable, Codable {
    /// One note type's price and what it buys.
    public struct Pricing: Sendable, Equatable, Codable {
        /// The quote plus the platform fee: quote × (1 + fee rate).
        public var totalPrice: Double
        /// Median interactions of the recent notes of this type (all recent notes when fewer than
        /// `minimum_notes_per_type`).
        public var expectedInteractions: Double?
        /// Median reads of those notes, when they have reads.
        public var expectedReads: Double?
        /// Whether the notes of this type alone were used.
        public var isTypeSpecific: Bool

        /// CPE = total price / expected interactions.
        public var costPerEngagement: Double? {
            guard let expectedInteractions, expectedInteractions > 0 else { return nil }
            return totalPrice / expectedInteractions
        }

        /// The quote (before fee) that `marketCPE` implies for the expected interactions:
        /// market CPE × expected interactions ÷ (1 + fee rate).
        public func impliedQuote(marketCPE: Double, feeRate: Double) -> Double? {
            expectedInteractions.map { marketCPE * $0 / (1 + feeRate) }
        }

        /// How far the quote is above (+) or below (−) what the market CPE implies: CPE ÷ market CPE − 1.
        public func premium(marketCPE: Double) -> Double? {
            guard marketCPE > 0 else { return nil }
            return costPerEngagement.map { $0 / marketCPE - 1 }
        }

        /// CPV/CPR = total price / expected reads.
        public var costPerRead: Double? {
            guard let expectedReads, expectedReads > 0 else { return nil }
            return totalPrice / expectedReads
        }
    }

    /// The fee rate applied (brief, else configuration).
    public var feeRate: Double
    /// The quote's currency.
    public var currency: String?
    public var image: Pricing?
    public var video: Pricing?
    /// The market CPE the implied quotes use (`cost.market_cpe`, or the vertical's).
    public var marketCPE: Double = CostSettings().marketCPE

    public init(feeRate: Double, currency: String? = nil, image: Pricing? = nil, video: Pricing? = nil) {
        self.feeRate = feeRate
        self.currency = currency
        self.image = image
        self.video = video
    }
}

/// Computes `CostMetrics` from the quote and the engagement metrics' recent notes.
public struct CostCalculator: Sendable {
    public var settings: CostSettings

    public init(settings: CostSettings) {
        self.settings = settings
    }

    public func metrics(for dossier: Dossier, brief: Brief?, engagement: EngagementMetrics) -> CostMetrics {
        let feeRate = brief?.platformFeeRate ?? settings.platformFeeRate
        var metrics = CostMetrics(feeRate: feeRate, currency: dossier.creator.quote?.currency)
        metrics.marketCPE = settings.marketCPE(for: dossier.creator.vertical ?? brief?.vertical)
        guard let quote = dossier.creator.quote else { return metrics }
        if engagement.isFromAverages, let average = engagement.averageInteractions {
            func stated(_ price: Double?) -> CostMetrics.Pricing? {
                price.map {
                    CostMetrics.Pricing(
                        totalPrice: $0 * (1 + feeRate), expectedInteractions: average, expectedReads: nil,
                        isTypeSpecific: false)
                }
            }
            metrics.image = stated(quote.imageNote)
            metrics.video = stated(quote.videoNote)
            return metrics
        }
        let recent = Array(zip(engagement.notes, engagement.interactions))
        func pricing(_ price: Double?, _ kind: Note.Kind) -> CostMetrics.Pricing? {
            guard let price else { return nil }
            let ofKind = recent.filter { $0.0.kind == kind }
            let isTypeSpecific = ofKind.count >= settings.minimumNotesPerType
            let chosen = isTypeSpecific ? ofKind : recent
            let notes = chosen.map(\.0)
            let interactions = chosen.map(\.1)
            let reads = notes.compactMap { $0.reads?.doubleValue }
            return CostMetrics.Pricing(
                totalPrice: price * (1 + feeRate), expectedInteractions: Statistics.median(interactions),
                expectedReads: reads.count == notes.count ? Statistics.median(reads) : nil,
                isTypeSpecific: isTypeSpecific)
        }
        metrics.image = pricing(quote.imageNote, .image)
        metrics.video = pricing(quote.videoNote, .video)
        return metrics
    }
}
