/// The vetting of one creator: score, verdict, signals, metrics and the warnings about its data.
public struct VettingReport: Sendable, Equatable, Codable {
    /// The creator's profile as given.
    public var creator: Creator
    /// Tier by followers; nil when the follower count is unknown.
    public var tier: Tier?
    /// KOL or KOC; nil when the follower count is unknown.
    public var kind: CreatorKind?
    /// 0–100, or nil when no signal could be measured.
    public var score: Double?
    /// Share of the total weight of enabled signals that rests on present data, 0–1.
    public var coverage: Double
    /// The verdict.
    public var verdict: Verdict
    /// Why the verdict is what it is, as data (`ReportLanguage.reason(_:of:)` words it).
    public var reasons: [VerdictReason]
    /// Why the verdict is what it is, one English line each (JSON's `verdict_reasons`).
    public var verdictReasons: [String] { reasons.map { ReportLanguage.en.reason($0, of: self) } }
    /// What the verdict rests on: cleared, red flags, or not enough data (`VerdictBasis`).
    public var verdictBasis: VerdictBasis
    /// For each signal with weight that could not be measured: its id and what would settle it.
    public var missingData: [(id: String, ask: String)] {
        signals.filter { $0.level == .unknown && $0.weight > 0 }.map { ($0.id, $0.evidence) }
    }
    /// Every signal, in catalog order.
    public var signals: [SignalResult]
    /// Engagement metrics over the recent notes.
    public var engagement: EngagementMetrics
    /// The audience portrait as given.
    public var portrait: Audience?
    /// The brief the creator was vetted against, if any.
    public var brief: Brief?
    /// The audience against the brief, and the effective reach.
    public var audience: AudienceMetrics
    /// What an interaction costs.
    public var cost: CostMetrics
    /// Spikes and drops in the follower history, when it was long enough.
    public var growth: GrowthAnalysis?
    /// Warnings about the input data.
    public var warnings: [Diagnostic]
    /// The platform's own figures beside kolvet's recomputation; nil without platform data.
    public var platform: PlatformComparison? = nil
    /// What produced the report; set by the command that ran it.
    public var provenance: Provenance? = nil

    /// The signal with the worst level (ties: a decisive one, then the heavier, then catalog order), if any is
    /// warn or fail.
    public var worstSignal: SignalResult? {
        let flagged = signals.filter { $0.level == .warn || $0.level == .fail }
        return flagged.enumerated().max { lhs, rhs in
            if lhs.element.level != rhs.element.level { return lhs.element.level < rhs.element.level }
            if lhs.element.isDecisive != rhs.element.isDecisive { return !lhs.element.isDecisive }
            if lhs.element.weight != rhs.element.weight { return lhs.element.weight < rhs.element.weight }
            return lhs.offset > rhs.offset
        }?.element
    }

    /// The creator's size for a heading: "nano-tier KOC · 3,200 followers" (with `separator` between the parts,
    /// "+" after a lower bound), or "follower count unknown".
    public func sizeDescription(separator: String) -> String { sizeDescription(separator: separator, in: .en) }

    /// The size in `language`: "素人 KOC · 粉丝 3,200".
    public func sizeDescription(separator: String, in language: ReportLanguage) -> String {
        guard let followers = creator.followers, let tier, let kind else {
            return language == .zh ? "粉丝数未知" : "follower count unknown"
        }
        let approximate = followers.isApproximate ? "+" : ""
        let count = ReportFormatting.grouped(followers.value) + approximate
        guard language == .en else { return "\(language.text(tier.rawValue)) \(kind.rawValue)\(separator)粉丝 \(count)" }
        return "\(tier.rawValue)-tier \(kind.rawValue)\(separator)\(count) followers"
    }

    /// Followers in a ranking's cell: "3.2K", or "?" when unknown.
    public var compactFollowers: String { creator.followers.map { ReportFormatting.compact($0.doubleValue) } ?? "?" }

}
