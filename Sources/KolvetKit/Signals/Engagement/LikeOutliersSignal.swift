/// `engagement.like_outliers`: notes whose likes are far above their own collects and comments, compared with
/// the creator's other notes — the pattern of likes bought for showcase notes.
///
/// For each recent note with collects and comments, r = likes / max(1, collects + comments). A note is an
/// outlier when it has at least `like_outlier_minimum_likes` likes and r ≥ `like_outlier_factor` (default 4) ×
/// the median r of the recent notes. value = outliers / notes examined. Default: any outlier warns, more than
/// 10 % of the notes fails, and the fail is decisive. Unknown below `minimum_notes` examinable notes.
package struct LikeOutliersSignal: Signal {
    package let id = "engagement.like_outliers"
    package let category = SignalCategory.engagement
    package let summary = "notes with likes far above their collects and comments (bought likes on showcase notes)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let settings = context.configuration.engagement
        let examined = context.engagement.notes.compactMap { note -> (note: Note, ratio: Double)? in
            guard let likes = note.likes, let collects = note.collects, let comments = note.comments else { return nil }
            return (note, likes.doubleValue / max(1, collects.doubleValue + comments.doubleValue))
        }
        guard examined.count >= settings.minimumNotes, let median = Statistics.median(examined.map(\.ratio)) else {
            return .unknown(
                .share,
                "\(examined.count) recent notes with likes, collects and comments (\(settings.minimumNotes) needed)")
        }
        let outliers = examined.filter { entry in
            (entry.note.likes?.value ?? 0) >= settings.likeOutlierMinimumLikes
                && entry.ratio >= settings.likeOutlierFactor * median
        }
        let share = Double(outliers.count) / Double(examined.count)
        let details = outliers.map { entry in
            let name = entry.note.id.map { "note \($0)" } ?? "a note"
            let title = entry.note.title.map { " (\($0))" } ?? ""
            return "\(name)\(title): \(ReportFormatting.grouped(entry.note.likes?.value ?? 0)) likes, "
                + "\(ReportFormatting.fixed(entry.ratio, 1)) likes per collect+comment vs "
                + "\(ReportFormatting.fixed(median, 1)) usual"
        }
        let evidence =
            outliers.isEmpty
            ? "no note has likes out of line with its collects and comments (\(examined.count) notes examined)"
            : "\(outliers.count) of \(examined.count) notes have ≥ \(ReportFormatting.fixed(settings.likeOutlierFactor, 1))× "
                + "the creator's usual likes per collect+comment (\(ReportFormatting.fixed(median, 1))): bought likes?"
        let flagged = outliers.compactMap(\.note.id)
        return SignalMeasurement(
            value: share, unit: .share, evidence: evidence, details: details,
            flaggedNotes: flagged.isEmpty ? nil : flagged)
    }
}
