/// `audience.fit`: how well the creator's audience matches the brief's target, as a range.
///
/// Per dimension, histogram intersection Σ min(a_g, t_g) for a target distribution, or the audience share
/// inside the target groups for a target list; combined as Σ wᵈ fitᵈ / Σ wᵈ. Where the portrait lists only some
/// groups (top-5 regions or interests), the unlisted mass is unknown and the fit is the range [worst, best]
/// (docs/metrics.md). Default: warn below 0.6, fail below 0.4 (kolvet); a range straddling a line warns.
/// Unknown without a brief with targets or without the matching portrait dimensions.
package struct AudienceFitSignal: Signal {
    package let id = "audience.fit"
    package let category = SignalCategory.audience
    package let summary = "overlap of the audience with the brief's target (a range where the portrait is partial)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let brief = context.brief, !brief.targets.isEmpty else {
            return .unknown(.share, "no brief with a target audience (--brief)")
        }
        guard let fit = context.audienceMetrics.fit else {
            let wanted = brief.targets.map(\.dimension.rawValue).joined(separator: ", ")
            return .unknown(.share, "the dossier has no audience portrait for \(wanted): ask for the 粉丝画像")
        }
        let rangeText =
            fit.worst == fit.best
            ? ReportFormatting.percent(fit.worst, 0)
            : "\(ReportFormatting.percent(fit.worst, 0))–\(ReportFormatting.percent(fit.best, 0))"
        var evidence = "audience matches the brief's target \(rangeText)"
        if let weakest = fit.weakestDimension, weakest.best < 1 {
            evidence += "; weakest: \(weakest.dimension.rawValue) at \(ReportFormatting.percent(weakest.best, 0))"
            if let group = weakest.weakestGroup {
                evidence += " (\(group) short by \(ReportFormatting.percent(weakest.shortfall, 0)))"
            }
        }
        let details = fit.dimensions.map { dimension in
            let range =
                dimension.worst == dimension.best
                ? ReportFormatting.percent(dimension.worst, 0)
                : "\(ReportFormatting.percent(dimension.worst, 0))–\(ReportFormatting.percent(dimension.best, 0))"
            let unknown =
                dimension.unknownMass > 0.005
                ? ", \(ReportFormatting.percent(dimension.unknownMass, 0)) of the audience unlisted" : ""
            return
                "\(dimension.dimension.rawValue): \(range) (weight \(ReportFormatting.fixed(dimension.weight, 1))\(unknown))"
        }
        return SignalMeasurement(
            value: fit.worst, unit: .share, evidence: evidence, details: details, range: fit.worst...fit.best)
    }
}
