/// `engagement.consistency`: the like spread, to catch likes topped up to a flat level.
///
/// value = σ / mean of likes over the recent notes (coefficient of variation, population σ). Organic likes vary
/// a lot from note to note; a spread below 40 % warns (trendHERO prior), below 20 % fails. Unknown below
/// `minimum_notes` notes. Evidence names identical like counts when several notes share one.
package struct ConsistencySignal: Signal {
    package let id = "engagement.consistency"
    package let category = SignalCategory.engagement
    package let summary = "like spread over recent notes; too flat suggests topped-up likes"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let metrics = context.engagement
        guard let spread = metrics.likeSpread else {
            return .unknown(
                .share,
                "only \(metrics.notes.count) notes with likes (\(context.configuration.engagement.minimumNotes) "
                    + "needed) or no likes at all")
        }
        var counts: [Int: Int] = [:]
        for note in metrics.notes { counts[note.likes?.value ?? 0, default: 0] += 1 }
        let repeated = counts.filter { $0.value >= 3 }.sorted { $0.key < $1.key }
        var details: [String] = []
        for (likes, times) in repeated {
            details.append("\(times) notes have exactly \(ReportFormatting.grouped(likes)) likes")
        }
        return SignalMeasurement(
            value: spread, unit: .share,
            evidence:
                "likes vary by \(ReportFormatting.percent(spread, 1)) (σ/mean) over \(metrics.notes.count) notes; "
                + "organic likes rarely vary less than 40%",
            details: details)
    }
}
