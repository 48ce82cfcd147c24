/// `audience.comment_geography`: do the comments come from where the audience lives?
///
/// outside = share of comments (with an IP location) from regions the portrait does not list; expected =
/// the portrait's unlisted mass 1 − Σ listed region shares. value = max(0, outside − expected): how many more
/// comments (in points of share) come from elsewhere than the portrait explains; 0 when fewer do. Bought engagement is often farmed far from the real
/// audience. Default: warn above 0.25, fail above 0.45 (kolvet). Unknown with fewer than
/// `minimum_located_comments` (10) located comments or without `audience.regions`.
package struct CommentGeographySignal: Signal {
    package let id = "audience.comment_geography"
    package let category = SignalCategory.audience
    package let summary = "comments' IP locations against the audience's regions"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let regions = context.dossier.audience?.regions, !regions.entries.isEmpty else {
            return .unknown(.share, "no audience.regions in the portrait to compare comment locations with")
        }
        let located = context.comments.comments.compactMap { $0.comment.ipLocation.map(RegionName.normalize) }
        let minimum = context.configuration.audience.minimumLocatedComments
        guard located.count >= minimum else {
            return .unknown(
                .share, "\(ReportFormatting.counted(located.count, "comment")) with an IP location (\(minimum) needed)")
        }
        let listed = Set(regions.entries.map { RegionName.normalize($0.name) })
        let outside = located.filter { !listed.contains($0) }
        let outsideShare = Double(outside.count) / Double(located.count)
        let expected = max(0, 1 - regions.total)
        var counts: [String: Int] = [:]
        for region in outside { counts[region, default: 0] += 1 }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
        return SignalMeasurement(
            value: max(0, outsideShare - expected), unit: .share,
            evidence:
                "\(ReportFormatting.percent(outsideShare, 0)) of \(located.count) located comments come from regions "
                + "outside the portrait, which leaves \(ReportFormatting.percent(expected, 0)) of the audience elsewhere",
            details: top.map { "\($0.key): \(ReportFormatting.counted($0.value, "comment"))" })
    }
}
