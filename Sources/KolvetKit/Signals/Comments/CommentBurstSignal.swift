/// `comments.burst`: notes whose comments arrived in a burst right after publication, beyond what the
/// creator's other notes show.
///
/// A note bursts when ≥ `burst_share` (50 %) of its ≥ `burst_minimum_comments` (5) timed comments came within
/// `burst_minutes` (10) of publication and that share exceeds the median of the creator's other notes by
/// `burst_excess` (0.3). value = bursting notes / notes judged. Default: any burst warns, more than 25 % of the
/// notes fails (kolvet; HypeAuditor and DOMAIN.md: "interactions arriving within minutes then stalling").
/// Unknown when no note has enough timed comments (needs `published_at` and `created_at`).
package struct CommentBurstSignal: Signal {
    package let id = "comments.burst"
    package let category = SignalCategory.comments
    package let summary = "notes whose comments arrived in a burst right after posting"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let analysis = context.comments
        let settings = context.configuration.comments
        guard analysis.burstNotesExamined > 0 else {
            return .unknown(
                .share,
                "no note has \(settings.burstMinimumComments) comments with created_at and a published_at to time them")
        }
        let share = Double(analysis.burstNotes.count) / Double(analysis.burstNotesExamined)
        let window = ReportFormatting.fixed(settings.burstMinutes, 0)
        return SignalMeasurement(
            value: share, unit: .share,
            evidence:
                "\(analysis.burstNotes.count) of \(analysis.burstNotesExamined) notes got most comments within "
                + "\(window) minutes of posting",
            details: analysis.burstNotes.map {
                "note \($0.noteID): \($0.early) of \($0.timed) comments in the first \(window) minutes "
                    + "(other notes: \(ReportFormatting.percent($0.baseline, 0)))"
            })
    }
}
