/// `comments.generic`: share of comments that are template praise or purchase intent, stickers or emoji only,
/// or too short to say anything.
///
/// value = generic comments / comments analysed. Default: warn above 60 %, fail above 80 % (kolvet, from the
/// labelled set in docs/comments.md: organic sections run 20–50 % generic). Unknown below `minimum_comments`.
package struct GenericCommentsSignal: Signal {
    package let id = "comments.generic"
    package let category = SignalCategory.comments
    package let summary = "share of template, sticker-only or too-short comments"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        if let unknown = context.unknownForThinComments() { return unknown }
        let comments = context.comments.comments
        let generic = comments.filter(\.isGeneric)
        let share = Double(generic.count) / Double(comments.count)
        var reasons: [String: Int] = [:]
        for comment in generic {
            let reason = comment.genericReason ?? ""
            reasons[
                reason.hasPrefix("template")
                    ? "template phrases" : reason.hasPrefix("too short") ? "too short" : reason, default: 0] += 1
        }
        let breakdown = reasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key): \($0.value)" }
        return SignalMeasurement(
            value: share, unit: .share,
            evidence:
                "\(generic.count) of \(comments.count) comments are generic"
                + (breakdown.isEmpty ? "" : " (\(breakdown.joined(separator: ", ")))"),
            details: generic.prefix(5).map { "\"\($0.comment.text ?? "")\": \($0.genericReason ?? "")" })
    }
}
