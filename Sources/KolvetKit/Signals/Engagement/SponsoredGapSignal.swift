/// `engagement.sponsored_gap`: how sponsored notes engage compared with organic ones.
///
/// value = median ER of sponsored notes / median ER of organic notes, over the recent notes. An audience that
/// ignores the creator's ads is worth less to an advertiser; ads that engage far more than the organic notes
/// suggest engagement bought for the showcase. Default: warn below 0.5 or above 3, fail below 0.25 (kolvet).
/// Unknown with fewer than `minimum_notes_per_group` notes in either group. Below the warning line the evidence
/// reads "the audience ignores the ads", as the vendors put it.
package struct SponsoredGapSignal: Signal {
    package let id = "engagement.sponsored_gap"
    package let category = SignalCategory.engagement
    package let summary = "sponsored notes' median ER against organic notes'"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let metrics = context.engagement
        guard let sponsored = metrics.sponsoredMedianRate, let organic = metrics.organicMedianRate, organic > 0
        else {
            let minimum = context.configuration.engagement.minimumNotesPerGroup
            return .unknown(
                .ratio,
                "\(metrics.sponsoredNotes) sponsored and \(metrics.notes.count - metrics.sponsoredNotes) organic "
                    + "recent notes (\(minimum) of each needed, marked with \"sponsored\")")
        }
        let ratio = sponsored / organic
        // The reading the vendors give, at the configured lines.
        let settings = context.configuration.settings(for: id)
        let reading =
            ratio < (settings.warnBelow ?? 0)
            ? ": the audience ignores the ads"
            : ratio > (settings.warnAbove ?? .infinity)
                ? ": the ads engage far more than the organic notes, as engagement bought for a showcase would" : ""
        return SignalMeasurement(
            value: ratio, unit: .ratio,
            evidence:
                "sponsored notes engage \(ReportFormatting.percent(sponsored)) of followers, organic "
                + "\(ReportFormatting.percent(organic)): \(ReportFormatting.fixed(ratio, 2))× "
                + "(\(metrics.sponsoredNotes) sponsored notes)\(reading)")
    }
}
