/// `engagement.read_rate`: median interactions per read (互动率) over the recent notes that have reads.
///
/// value = median over notes with reads > 0 of (interactions / reads). Default: warn below 3 %, fail below
/// 1.5 %. Unknown when fewer than `minimum_notes` notes carry reads (only Pugongying data has them).
package struct ReadRateSignal: Signal {
    package let id = "engagement.read_rate"
    package let category = SignalCategory.engagement
    package let summary = "median interactions per read (互动率), when reads are known"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let metrics = context.engagement
        let minimum = context.configuration.engagement.minimumNotes
        guard metrics.notesWithReads >= minimum, let rate = metrics.medianRatePerRead else {
            return .unknown(
                .share,
                "\(metrics.notesWithReads) notes with reads (\(minimum) needed): ask for Pugongying read counts")
        }
        return SignalMeasurement(
            value: rate, unit: .share,
            evidence:
                "median \(ReportFormatting.percent(rate)) of readers interact, over \(metrics.notesWithReads) notes "
                + "with reads")
    }
}
