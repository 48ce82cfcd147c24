/// `comments.lead_gen`: diversion and spam — 私信, 加微信, vx, 主页, links, phone numbers, prices in 〖 〗,
/// 满…享 promotions, runs of #hashtags, and a 3-character opening repeated across many accounts.
///
/// value = comments with any cue / comments analysed. Default: warn above 5 %, fail above 15 % (kolvet). The
/// cues are in `lead_gen_phrases` (extend with `extra_lead_gen_phrases`).
package struct LeadGenCommentsSignal: Signal {
    package let id = "comments.lead_gen"
    package let category = SignalCategory.comments
    package let summary = "diversion and spam comments (私信, 加微信, links, promotions)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        if let unknown = context.unknownForThinComments() { return unknown }
        let comments = context.comments.comments
        let spam = comments.filter(\.isLeadGen)
        return SignalMeasurement(
            value: Double(spam.count) / Double(comments.count), unit: .share,
            evidence: "\(spam.count) of \(comments.count) comments divert buyers or advertise",
            details: spam.prefix(5).map {
                "\"\($0.comment.text ?? "")\": \($0.leadGenCues.joined(separator: ", "))"
            })
    }
}
