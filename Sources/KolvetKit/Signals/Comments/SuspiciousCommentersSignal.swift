/// `comments.suspicious_commenters`: share of comments written by throwaway-looking accounts.
///
/// An author is a throwaway when at least `suspicious_minimum_cues` (all 5 by default) of 5 cues hold: default
/// nickname (小红薯 + hex), no avatar, no notes, ≤ 5 followers, ≥ 1,000 following. Real Xiaohongshu lurkers
/// often show the first four, so fewer cues do not suffice by default (DOMAIN.md). value = comments by
/// throwaways / comments with author data. Default: warn above 10 %, fail above 25 % (kolvet). Unknown below
/// `minimum_comments` comments with an `author` object.
package struct SuspiciousCommentersSignal: Signal {
    package let id = "comments.suspicious_commenters"
    package let category = SignalCategory.comments
    package let summary = "share of comments by throwaway-looking accounts (needs author data)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let withData = context.comments.commentsWithAuthorData
        let minimum = context.configuration.comments.minimumComments
        guard withData.count >= minimum else {
            return .unknown(
                .share, "\(ReportFormatting.counted(withData.count, "comment")) with author data (\(minimum) needed)")
        }
        let suspicious = withData.filter { $0.isSuspiciousAuthor == true }
        return SignalMeasurement(
            value: Double(suspicious.count) / Double(withData.count), unit: .share,
            evidence: "\(suspicious.count) of \(withData.count) comments with author data come from throwaway accounts",
            details: suspicious.prefix(5).map {
                "\($0.comment.nickname ?? $0.comment.userID ?? "?"): \($0.suspiciousCues.joined(separator: ", "))"
            })
    }
}
