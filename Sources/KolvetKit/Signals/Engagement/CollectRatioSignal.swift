/// `engagement.collect_ratio`: collects (saves) per like over the recent notes.
///
/// value = Σ collects / Σ likes. Xiaohongshu readers save what they mean to act on; likes bought in bulk come
/// without saves. Default: warn below 0.10, fail below 0.04 (kolvet prior). Unknown when a note lacks collects or
/// the likes sum to 0.
package struct CollectRatioSignal: Signal {
    package let id = "engagement.collect_ratio"
    package let category = SignalCategory.engagement
    package let summary = "collects per like; bought likes come without saves"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let ratio = context.engagement.collectsPerLike else {
            return .unknown(.ratio, "needs collect and like counts on every recent note")
        }
        let basis =
            context.engagement.isFromAverages
            ? "in the MCN's stated averages"
            : "over \(ReportFormatting.counted(context.engagement.notes.count, "recent note"))"
        return SignalMeasurement(
            value: ratio, unit: .ratio, evidence: "\(ReportFormatting.fixed(ratio, 3)) collects per like \(basis)")
    }
}
