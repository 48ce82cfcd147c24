/// `deck.mismatch`: where the MCN's deck (its shortlist row) and the data describe the same creator differently.
///
/// For each figure both give, d = deck ÷ data − 1: followers (the deck's 粉丝数 against the export's or the
/// platform's profile), average likes (the deck's 平均点赞 against the mean likes of the recent notes, at least
/// `minimum_notes` of them) and quotes (the deck's 图文/视频报价 against the platform's). value = the largest |d|.
/// Default: warn above 0.15, fail above 0.35 (kolvet prior: a profile moves a few percent between a deck and an
/// export, and average likes over different windows differ by more; there are no real decks to calibrate on).
/// Unknown without a joined deck, or when nothing on it has an independent counterpart.
package struct DeckMismatchSignal: Signal {
    package let id = "deck.mismatch"
    package let category = SignalCategory.deck
    package let summary = "the largest difference between the MCN's deck and the export or platform data"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let deck = context.dossier.deck else {
            return .unknown(.share, "no deck to compare: join the MCN's shortlist (import … --shortlist)")
        }
        var differences: [(name: String, deck: String, data: String, difference: Double)] = []
        func compare(_ name: String, _ claimed: Double?, _ actual: Double?, _ text: (Double) -> String, _ note: String)
        {
            guard let claimed, let actual, actual > 0 else { return }
            differences.append((name, text(claimed), text(actual) + note, claimed / actual - 1))
        }
        let grouped = { (value: Double) in ReportFormatting.grouped(Int(value.rounded())) }
        let price = { (value: Double) in "¥" + ReportFormatting.grouped(Int(value.rounded())) }
        compare("followers", deck.followers?.doubleValue, context.dossier.creator.followers?.doubleValue, grouped, "")
        let likes = context.engagement.notes.compactMap { $0.likes?.doubleValue }
        if likes.count >= context.configuration.engagement.minimumNotes {
            compare(
                "average likes", deck.averageLikes, likes.reduce(0, +) / Double(likes.count), grouped,
                " over \(ReportFormatting.counted(likes.count, "note"))")
        }
        compare("image quote", deck.imageQuote, context.dossier.creator.quote?.imageNote, price, "")
        compare("video quote", deck.videoQuote, context.dossier.creator.quote?.videoNote, price, "")
        guard let largest = differences.max(by: { abs($0.difference) < abs($1.difference) }) else {
            return .unknown(
                .share, "nothing on the deck has a counterpart in the data (followers, notes' likes, quotes)")
        }
        let lines = differences.map { entry in
            let sign = entry.difference >= 0 ? "+" : "−"
            return "\(entry.name): deck \(entry.deck), data \(entry.data) (\(sign)"
                + "\(ReportFormatting.percent(abs(entry.difference), 1)))"
        }
        let source = deck.source.map { " (\($0))" } ?? ""
        return SignalMeasurement(
            value: abs(largest.difference), unit: .share,
            evidence: "the deck\(source) and the data differ most on \(largest.name)", details: lines)
    }
}
