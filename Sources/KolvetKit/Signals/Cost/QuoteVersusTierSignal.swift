/// `cost.quote_vs_tier`: the quote against the usual price band for the creator's followers and vertical.
///
/// value = image quote / the band's top (a video quote against the top × `video_price_factor` when there is no
/// image quote). Bands (prior, DOMAIN.md): 1K–10K ¥200–1K, 10K–100K ¥800–8K, 100K–1M ¥8K–50K, 1M+ ¥50K–500K per
/// image note; parenting × 1.35. The seed's anchor, beauty ≈ ¥15,000 at 100K followers, sits in its band (0.30
/// of the top). Default: warn above 1 (above the band), fail above 2 (kolvet). Unknown without a quote.
package struct QuoteVersusTierSignal: Signal {
    package let id = "cost.quote_vs_tier"
    package let category = SignalCategory.cost
    package let summary = "the quote against the price band of the creator's size and vertical"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let quote = context.dossier.creator.quote, quote.imageNote != nil || quote.videoNote != nil else {
            return .unknown(.ratio, "no quote (creator.quote.image_note or video_note)")
        }
        guard quote.currency.uppercased() == "CNY" else {
            return .unknown(.ratio, "the quote is in \(quote.currency); the price bands are in CNY")
        }
        let settings = context.configuration.cost
        let vertical = context.dossier.creator.vertical ?? context.brief?.vertical
        guard let followers = context.dossier.creator.followers?.value else {
            return .unknown(.ratio, VettingContext.noFollowerCount)
        }
        guard let band = settings.band(forFollowers: followers, vertical: vertical) else {
            return .unknown(.ratio, "no price band configured for \(ReportFormatting.grouped(followers)) followers")
        }
        let (price, top, name) =
            if let image = quote.imageNote {
                (image, band.high, "image note")
            } else {
                (quote.videoNote ?? 0, band.high * settings.videoPriceFactor, "video note")
            }
        let ratio = price / top
        let low = name == "image note" ? band.low : band.low * settings.videoPriceFactor
        return SignalMeasurement(
            value: ratio, unit: .ratio,
            evidence:
                "¥\(ReportFormatting.grouped(Int(price.rounded()))) per \(name) for "
                + "\(ReportFormatting.grouped(followers)) followers; usual band ¥\(ReportFormatting.grouped(Int(low.rounded())))"
                + "–\(ReportFormatting.grouped(Int(top.rounded())))\(vertical.map { " (\($0))" } ?? ""): "
                + "\(ReportFormatting.fixed(ratio, 2))× the band's top")
    }
}
