/// `comments.duplicates`: share of comments whose text repeats, exactly or nearly, across the creator's notes.
///
/// Texts are compared by key (normalised, punctuation, stickers and trailing particles removed:
/// `太好看了吧！！` and `太好看了吧` match) and joined when their character-bigram Jaccard similarity reaches
/// `near_duplicate_similarity` (0.8). value = comments in groups of 2 or more / comments analysed. Default: warn
/// above 30 %, fail above 50 % (kolvet). Details: the most repeated texts and on how many notes they appear.
package struct DuplicateCommentsSignal: Signal {
    package let id = "comments.duplicates"
    package let category = SignalCategory.comments
    package let summary = "share of comments repeating the same or nearly the same text"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        if let unknown = context.unknownForThinComments() { return unknown }
        let comments = context.comments.comments
        let duplicates = comments.filter(\.isDuplicate).count
        let groups = context.comments.duplicateGroups
        return SignalMeasurement(
            value: Double(duplicates) / Double(comments.count), unit: .share,
            evidence:
                "\(duplicates) of \(comments.count) comments repeat a text used elsewhere (\(groups.count) texts)",
            details: groups.prefix(5).map { "\"\($0.text)\" ×\($0.count) on \($0.notes) notes" })
    }
}
