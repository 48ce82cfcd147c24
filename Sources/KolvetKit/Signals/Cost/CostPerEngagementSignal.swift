/// `cost.cpe`: what one interaction costs.
///
/// CPE = quote × (1 + platform fee) / median interactions of the recent notes of that type (all recent notes
/// when fewer than `minimum_notes_per_type` of the type). value = the image note's CPE, else the video note's;
/// both, and CPV (per read) when reads exist, in the details. Default: warn above ¥15, fail above ¥30 (prior:
/// CPE < ¥10 is good, < ¥5 excellent; kolvet sets the lines at 1.5× and 3× "good"). Unknown without a quote, in
/// a currency other than CNY, or without interactions.
package struct CostPerEngagementSignal: Signal {
    package let id = "cost.cpe"
    package let category = SignalCategory.cost
    package let summary = "(quote + platform fee) per expected interaction"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let cost = context.cost
        guard cost.image != nil || cost.video != nil else {
            return .unknown(.currency, "no quote (creator.quote.image_note or video_note)")
        }
        guard (cost.currency ?? "CNY").uppercased() == "CNY" else {
            return .unknown(.currency, "the quote is in \(cost.currency ?? "?"); the thresholds are in CNY")
        }
        let fee = ReportFormatting.percent(cost.feeRate, 0)
        var details: [String] = []
        for (name, pricing) in [("image note", cost.image), ("video note", cost.video)] {
            guard let pricing else { continue }
            let interactions = pricing.expectedInteractions.map { ReportFormatting.grouped(Int($0.rounded())) } ?? "?"
            var line =
                "\(name): ¥\(ReportFormatting.grouped(Int(pricing.totalPrice.rounded()))) with \(fee) fee / "
                + "\(interactions) interactions"
                + (pricing.isTypeSpecific ? "" : " (all recent notes)")
            if let cpe = pricing.costPerEngagement { line += " = ¥\(ReportFormatting.fixed(cpe, 2)) per interaction" }
            if let cpv = pricing.costPerRead { line += ", ¥\(ReportFormatting.fixed(cpv, 3)) per read" }
            details.append(line)
            if let implied = pricing.impliedQuote(marketCPE: cost.marketCPE, feeRate: cost.feeRate),
                let premium = pricing.premium(marketCPE: cost.marketCPE)
            {
                let sign = premium >= 0 ? "+" : "−"
                details.append(
                    "\(name): the market CPE ¥\(ReportFormatting.fixed(cost.marketCPE, 2)) implies a quote of "
                        + "¥\(ReportFormatting.grouped(Int(implied.rounded()))): this one is \(sign)"
                        + "\(ReportFormatting.percent(abs(premium), 0)) \(premium >= 0 ? "above" : "below") it")
            }
        }
        guard let primary = cost.image?.costPerEngagement ?? cost.video?.costPerEngagement else {
            return SignalMeasurement(
                value: nil, unit: .currency, evidence: "no recent notes with interactions to price", details: details)
        }
        let which = cost.image?.costPerEngagement != nil ? "an image note" : "a video note"
        return SignalMeasurement(
            value: primary, unit: .currency,
            evidence: "each interaction on \(which) costs ¥\(ReportFormatting.fixed(primary, 2)) (fee \(fee) included)",
            details: details)
    }
}
