/// `content.undeclared_ads` (水下 risk): recent notes not declared sponsored that read like ads.
///
/// A note reads like an ad when its title, text or topics carry a sponsorship cue (合作, 赞助, 品牌方, 恰饭, 广告,
/// #ad, 优惠码 …: `content.sponsorship_cues`) or two different purchase calls (链接, 下单, 领券, 到手价 …:
/// `content.purchase_cues`); a no-ad marker (无广, 自费: `content.no_ad_markers`) cancels 广告 and the purchase calls.
/// value = such notes ÷ recent notes with text that are not declared sponsored (including notes whose export does
/// not say). A compliance risk — Xiaohongshu suppresses undeclared ads — never fraud: not decisive. Default: warn
/// above 20 %, fail above 40 % (kolvet prior; on real creators' notes see docs/calibration.md). Unknown with fewer
/// than `engagement.minimum_notes` such notes. Details: each marked note with its cues.
package struct UndeclaredAdsSignal: Signal {
    package let id = "content.undeclared_ads"
    package let category = SignalCategory.content
    package let summary = "recent notes not declared sponsored that read like ads (水下 risk)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let notes = context.engagement.notes.filter {
            $0.isSponsored != true && ($0.title != nil || $0.text != nil || !$0.tags.isEmpty)
        }
        let minimum = context.configuration.engagement.minimumNotes
        guard notes.count >= minimum else {
            return .unknown(
                .share,
                "\(ReportFormatting.counted(notes.count, "undeclared recent note")) with a title or text (\(minimum) needed)"
            )
        }
        let settings = context.configuration.content
        let marked = notes.compactMap { note -> String? in
            let cues = settings.sponsorshipCues(in: note)
            guard !cues.isEmpty else { return nil }
            let title = note.title.map { "\"\(String($0.prefix(30)))\"" } ?? (note.id ?? "a note")
            return "\(title): " + cues.map { "\"\($0)\"" }.joined(separator: ", ")
        }
        let unknownFlags = notes.filter { $0.isSponsored == nil }.count
        let declaration =
            unknownFlags == notes.count
            ? "; the export does not say which notes were declared" : ""
        return SignalMeasurement(
            value: Double(marked.count) / Double(notes.count), unit: .share,
            evidence:
                "\(marked.count) of \(ReportFormatting.counted(notes.count, "recent note")) not declared sponsored read "
                + "like ads\(declaration)",
            details: marked)
    }
}
