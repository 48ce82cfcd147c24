/// `comments.substance`: the positive signal — share of comments that say something specific.
///
/// A comment is substantive when it is not generic and has ≥ `substantive_length` (10) units, or ≥ 5 units and
/// either asks a question (? or 吗, 怎么, 适合 …) or shares a character bigram with its note's title. value =
/// substantive / comments analysed. Default: warn below 20 %, fail below 8 % (kolvet). Real fans ask
/// specific questions (这个色号适合黄皮吗); bought comments do not.
package struct SubstantiveCommentsSignal: Signal {
    package let id = "comments.substance"
    package let category = SignalCategory.comments
    package let summary = "share of specific comments: real questions, comments about the note"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        if let unknown = context.unknownForThinComments() { return unknown }
        let comments = context.comments.comments
        let substantive = comments.filter(\.isSubstantive)
        return SignalMeasurement(
            value: Double(substantive.count) / Double(comments.count), unit: .share,
            evidence: "\(substantive.count) of \(comments.count) comments are specific (questions, about the note)",
            details: substantive.prefix(3).map { "\"\($0.comment.text ?? "")\"" })
    }
}
