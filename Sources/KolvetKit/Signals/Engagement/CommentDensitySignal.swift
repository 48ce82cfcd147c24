/// `engagement.comment_density`: comments per 100 likes over the recent notes.
///
/// value = 100 × Σ comments / Σ likes. Too few comments for the likes suggests bought likes; far too many
/// suggests comment pods or giveaways. Default: warn below 0.5 or above 10, fail below 0.2 or above 25.
/// Unknown when a note lacks a comment count or the likes sum to 0.
package struct CommentDensitySignal: Signal {
    package let id = "engagement.comment_density"
    package let category = SignalCategory.engagement
    package let summary = "comments per 100 likes; too few suggests bought likes, too many pods"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let density = context.engagement.commentsPer100Likes else {
            return .unknown(.per100, "needs comment and like counts on every recent note")
        }
        return SignalMeasurement(
            value: density, unit: .per100,
            evidence:
                "\(ReportFormatting.fixed(density, 2)) comments per 100 likes over "
                + "\(context.engagement.notes.count) notes")
    }
}
