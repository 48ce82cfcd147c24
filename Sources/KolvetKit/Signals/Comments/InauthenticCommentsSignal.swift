/// `comments.inauthentic`: share of comments that are inauthentic because several factors agree.
///
/// A comment is inauthentic when its content is generic or duplicated AND its context is suspicious: a
/// throwaway author, a burst right after posting, or a repeat commenter (HypeAuditor's rule that one weak
/// factor must not condemn a real fan). value = inauthentic / comments analysed. Default: warn above 10 %, fail
/// above 25 % (kolvet). Details quote up to five flagged comments with their reasons.
package struct InauthenticCommentsSignal: Signal {
    package let id = "comments.inauthentic"
    package let category = SignalCategory.comments
    package let summary = "comments that are generic or repeated AND from a throwaway, a burst or a pod"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        if let unknown = context.unknownForThinComments() { return unknown }
        let comments = context.comments.comments
        let flagged = comments.filter(\.isInauthentic)
        return SignalMeasurement(
            value: Double(flagged.count) / Double(comments.count), unit: .share,
            evidence:
                "\(flagged.count) of \(comments.count) comments look bought: generic or repeated, and posted by a "
                + "throwaway account, in a burst or by a pod",
            details: flagged.prefix(5).map {
                "\"\($0.comment.text ?? "")\" by \($0.comment.nickname ?? $0.comment.userID ?? "?"): "
                    + $0.reasons.joined(separator: "; ")
            })
    }
}
