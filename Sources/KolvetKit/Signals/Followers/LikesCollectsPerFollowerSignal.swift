/// `followers.likes_collects_per_follower`: lifetime likes and collects per follower (赞藏比).
///
/// value = likes_and_collects / followers. A real audience leaves at least one like or save per follower over
/// a creator's life; practitioners expect ≥ 1, often 3–5 (trade press prior). Default: warn below 1, fail below
/// 0.5. Unknown without `likes_and_collects` or with 0 followers.
package struct LikesCollectsPerFollowerSignal: Signal {
    package let id = "followers.likes_collects_per_follower"
    package let category = SignalCategory.followers
    package let summary = "lifetime likes and collects per follower (赞藏比)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let ratio = context.engagement.likesAndCollectsPerFollower,
            let lifetime = context.dossier.creator.likesAndCollects
        else {
            return .unknown(.ratio, "needs creator.likes_and_collects (获赞与收藏) and a follower count above 0")
        }
        let approximate = lifetime.isApproximate ? " (a lower bound)" : ""
        return SignalMeasurement(
            value: ratio, unit: .ratio,
            evidence:
                "\(ReportFormatting.grouped(lifetime.value)) lifetime likes and collects\(approximate) for "
                + "\(ReportFormatting.grouped(context.dossier.creator.followers?.value ?? 0)) followers: "
                + "\(ReportFormatting.fixed(ratio, 2)) per follower")
    }
}
