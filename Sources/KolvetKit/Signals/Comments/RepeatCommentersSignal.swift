/// `comments.repeat_commenters`: the same accounts commenting on most notes (pods, 互赞 circles), and accounts
/// commenting in the same order on several notes (bot rotation).
///
/// Repeat commenters: accounts (user_id, else nickname) on ≥ `repeat_note_share` (50 %) of the notes with
/// comments and ≥ `repeat_minimum_notes` (3). Rotations: `rotation_length` (3) accounts in the same order on ≥
/// `rotation_minimum_notes` (2) notes. value = comments by either / comments analysed. Default: warn above 20 %,
/// fail above 40 % (kolvet). Unknown below `minimum_comments` or with fewer than 4 notes with comments.
package struct RepeatCommentersSignal: Signal {
    package let id = "comments.repeat_commenters"
    package let category = SignalCategory.comments
    package let summary = "accounts commenting on most notes, or in the same order (pods, bot rotation)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        if let unknown = context.unknownForThinComments() { return unknown }
        let analysis = context.comments
        let minimum = context.configuration.comments.repeatMinimumNotesWithComments
        guard analysis.notesWithComments >= minimum else {
            return .unknown(.share, "comments on \(analysis.notesWithComments) notes (\(minimum) needed)")
        }
        let byRepeat = analysis.comments.filter(\.isByRepeatCommenter).count
        var details = analysis.repeatCommenters.prefix(5).map {
            "\($0.account) commented on \($0.notes) of \(analysis.notesWithComments) notes"
        }
        details += analysis.rotations.prefix(3).map {
            "\($0.accounts.joined(separator: " → ")) in this order on notes \($0.notes.joined(separator: ", "))"
        }
        return SignalMeasurement(
            value: Double(byRepeat) / Double(analysis.comments.count), unit: .share,
            evidence:
                "\(byRepeat) of \(analysis.comments.count) comments come from \(analysis.repeatCommenters.count) "
                + "accounts on most notes and \(analysis.rotations.count) rotations",
            details: details)
    }
}
