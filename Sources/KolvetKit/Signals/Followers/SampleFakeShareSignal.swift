/// `followers.sample_fake_share`: the estimated share of fake accounts in a sample of the creator's followers,
/// with an interval.
///
/// The sampled followers are scored by `FollowerCueRule`; q = flagged share. value = p̂ = (q − F) / (T − F)
/// clamped to 0…1, with T and F the rule's detection and false-alarm rates measured on three labelled sets
/// (adjusted classify-and-count, `FakeShareQuantifier`); range = the interval for sampling error and for T and F
/// varying between populations. On a platform the labelled sets do not come from (`followers.calibrated_platforms`,
/// Instagram by default: Xiaohongshu, Twitter …), the range also spans the strict reading (no notes, mass
/// following, and no avatar or a default name), so that a lurker-heavy genuine audience warns at most.
/// The level is judged on the range (both ends fail → fail). Default: warn above 25 % (Modash: credibility below
/// 75 % often means fraud), fail above 40 % (IG Audit: under 60 % real is fraud), decisive. Unknown below
/// `minimum_sample` (30) followers with notes, followers and following.
package struct SampleFakeShareSignal: Signal {
    package let id = "followers.sample_fake_share"
    package let category = SignalCategory.followers
    package let summary = "estimated fake share in a follower sample, with an interval"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let settings = context.configuration.followers
        guard let audit = context.sampleAudit, audit.scored >= settings.minimumSample else {
            let scored = context.sampleAudit?.scored ?? 0
            return .unknown(
                .share,
                "\(scored) sampled followers with notes, followers and following (\(settings.minimumSample) needed): "
                    + "export a follower sample")
        }
        let range = audit.range
        let detection = ReportFormatting.percent(settings.quantifier.detectionRate, 0)
        let falseAlarms = ReportFormatting.percent(settings.quantifier.falseAlarmRate, 0)
        var details: [String] = []
        details.append(
            "\(audit.flagged) of \(audit.scored) sampled followers show the fake-account cues (no avatar, or few "
                + "notes with many followings or few followers); corrected for the rule's measured detection "
                + "(\(detection)) and false alarms (\(falseAlarms))")
        if !audit.isCalibrated {
            let strict = ReportFormatting.percent(audit.strictShare, 0)
            let platform = context.dossier.creator.platform
            let name = platform.lowercased() == "xiaohongshu" ? "Xiaohongshu" : platform
            details.append(
                "\(name) has no labelled follower set: the range spans the strict reading (\(audit.strictlyFlagged) "
                    + "accounts with no notes, mass following and no avatar or a default name: \(strict)) and the "
                    + "cross-platform rule")
        }
        if audit.withoutAvatarFlag > 0 {
            details.append(
                "\(audit.withoutAvatarFlag) accounts have no avatar flag and count as having one: the estimate may be low"
            )
        }
        let estimate = ReportFormatting.percent(audit.estimate, 0)
        let low = ReportFormatting.percent(range.lowerBound, 0)
        let high = ReportFormatting.percent(range.upperBound, 0)
        return SignalMeasurement(
            value: audit.estimate, unit: .share,
            evidence: "about \(estimate) of \(audit.scored) sampled followers are fake (\(low)–\(high))",
            details: details,
            range: range)
    }
}
