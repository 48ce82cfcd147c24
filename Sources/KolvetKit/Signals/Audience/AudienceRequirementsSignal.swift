/// `audience.requirements`: the brief's hard requirements (e.g. female ≥ 70 %), each met or missed.
///
/// A group's share is exact when the portrait lists it, else somewhere in [0, unlisted mass]. A requirement is
/// missed when even the most favourable share misses it, unsettled when the range straddles it. value = missed
/// requirements, as the range [missed, missed + unsettled]. Default: fail above 0, decisive (the brand said
/// "must"); an unsettled requirement warns. Unknown without requirements or without the dimensions they name.
package struct AudienceRequirementsSignal: Signal {
    package let id = "audience.requirements"
    package let category = SignalCategory.audience
    package let summary = "the brief's hard requirements on the audience (e.g. female ≥ 70%)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let requirements = context.brief?.requirements, !requirements.isEmpty else {
            return .unknown(.count, "no hard requirements in the brief")
        }
        var missed: [String] = []
        var unsettled: [String] = []
        var met: [String] = []
        var unchecked: [String] = []
        for requirement in requirements {
            guard let audience = context.dossier.audience,
                let shares = requirement.dimension.distribution(in: audience)
            else {
                unchecked.append(requirement.description)
                continue
            }
            let group = RegionName.normalize(requirement.group)
            let listed = shares.entries.first { RegionName.normalize($0.name) == group }?.share
            let low = listed ?? 0
            let high = listed ?? max(0, 1 - shares.total)
            let shown =
                low == high
                ? ReportFormatting.percent(low, 0)
                : "\(ReportFormatting.percent(low, 0))–\(ReportFormatting.percent(high, 0))"
            let line = "\(requirement.description): audience \(shown)"
            let certainlyMissed =
                (requirement.minimum.map { high < $0 } ?? false) || (requirement.maximum.map { low > $0 } ?? false)
            let certainlyMet =
                (requirement.minimum.map { low >= $0 } ?? true) && (requirement.maximum.map { high <= $0 } ?? true)
            if certainlyMissed {
                missed.append(line)
            } else if certainlyMet {
                met.append(line)
            } else {
                unsettled.append(line)
            }
        }
        guard unchecked.count < requirements.count else {
            return .unknown(
                .count, "the portrait lacks what the requirements name: \(unchecked.joined(separator: "; "))")
        }
        let low = Double(missed.count)
        let high = Double(missed.count + unsettled.count)
        var evidence =
            missed.isEmpty
            ? "\(met.count) of \(requirements.count) requirements met"
            : "misses \(missed.count) of \(requirements.count) requirements: \(missed.joined(separator: "; "))"
        if !unsettled.isEmpty { evidence += "; unsettled: \(unsettled.joined(separator: "; "))" }
        if !unchecked.isEmpty { evidence += "; not in the portrait: \(unchecked.joined(separator: "; "))" }
        return SignalMeasurement(
            value: low, unit: .count, evidence: evidence, details: missed + unsettled + met, range: low...high)
    }
}
