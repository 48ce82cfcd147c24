/// `content.commercial_share` (商业笔记占比): declared sponsored notes ÷ recent notes whose sponsored flag is known.
///
/// A feed of ads loses the audience's trust (the seed: "trust is the currency"). Default: warn above 40 %, fail
/// above 60 % (kolvet prior: no published band; most of the feed being ads). Unknown when fewer than
/// `engagement.minimum_notes` recent notes say whether they are sponsored (MediaCrawler exports never do;
/// Pugongying's `isAdvertise` does).
package struct CommercialShareSignal: Signal {
    package let id = "content.commercial_share"
    package let category = SignalCategory.content
    package let summary = "declared sponsored notes among recent notes (商业笔记占比)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let flagged = context.engagement.notes.compactMap(\.isSponsored)
        let minimum = context.configuration.engagement.minimumNotes
        guard flagged.count >= minimum else {
            return .unknown(
                .share,
                "\(ReportFormatting.counted(flagged.count, "recent note")) say whether they are sponsored "
                    + "(\(minimum) needed; Pugongying's note list does)")
        }
        let sponsored = flagged.filter { $0 }.count
        return SignalMeasurement(
            value: Double(sponsored) / Double(flagged.count), unit: .share,
            evidence: "\(sponsored) of \(ReportFormatting.counted(flagged.count, "recent note")) are declared sponsored"
        )
    }
}
