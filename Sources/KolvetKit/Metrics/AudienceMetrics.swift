/// The audience against the brief, and how many followers the brand really reaches.
public struct AudienceMetrics: Sendable, Equatable, Codable {
    /// The fit to the brief's targets; nil without a brief, targets or a portrait.
    public var fit: AudienceFit?
    /// 活跃粉丝占比 from the portrait.
    public var activeFansShare: Double?
    /// Effective reach = followers × active-fan share × fit, as a range over the fit's range; followers ×
    /// active-fan share without a brief; nil without an active-fan share.
    public var effectiveReach: ClosedRange<Double>?

    public init(dossier: Dossier, brief: Brief?) {
        let audience = dossier.audience
        activeFansShare = audience?.activeFansShare
        if let audience, let targets = brief?.targets, !targets.isEmpty {
            fit = AudienceFitCalculator.fit(audience, to: targets)
        }
        if let active = activeFansShare, let followers = dossier.creator.followers?.doubleValue {
            let reach = followers * active
            if let fit {
                effectiveReach = (reach * fit.worst)...(reach * fit.best)
            } else if brief?.targets.isEmpty ?? true {
                effectiveReach = reach...reach
            }
        }
    }
}
