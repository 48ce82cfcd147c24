/// Expected engagement: what peers of the same size get. Below `peer_curve.followers_below` the curve fitted on
/// real creators; above it the typical median interactions per follower of the tier, optionally per vertical.
public struct Benchmarks: Codable, Equatable, Sendable {
    /// Median interactions of real Xiaohongshu creators as a function of their followers (docs/calibration.md).
    public var peerCurve = Calibration.peerCurve
    /// Typical median ER per follower by tier, used where the peer curve does not reach (prior; see
    /// docs/metrics.md). The nano figure applies only when `peer_curve.followers_below` is lowered.
    public var engagementRate: [String: Double] = [
        "nano": 0.06, "micro": 0.04, "mid": 0.03, "macro": 0.02, "top": 0.015,
    ]
    /// Per-vertical overrides: vertical → tier → rate; they take precedence over the curve. Empty by default: no
    /// public per-vertical XHS figures exist that kolvet could cite; add your own from campaign history.
    public var verticalEngagementRate: [String: [String: Double]] = [:]
    /// Thresholds where the expectation is a prior rate (tiers above the peer curve, or a vertical's rate): no real
    /// spread is known there, so the priors stand — `engagement.rate` warns below 0.5 × and fails below 0.25 × the
    /// rate, `followers.engagement_mismatch` warns above 2 and fails above 4 (kolvet priors).
    public var priorRateThresholds = Thresholds(warnBelow: 0.5, failBelow: 0.25)
    public var priorMismatchThresholds = Thresholds(warnAbove: 2, failAbove: 4)

    public init() {}

    enum CodingKeys: String, CodingKey {
        case peerCurve = "peer_curve"
        case priorRateThresholds = "prior_rate_thresholds"
        case priorMismatchThresholds = "prior_mismatch_thresholds"
        case engagementRate = "engagement_rate"
        case verticalEngagementRate = "vertical_engagement_rate"
    }

    /// The benchmark for a tier and vertical: the vertical's own figure when configured, else the tier's.
    public func engagementRate(for tier: Tier, vertical: String?) -> Double? {
        if let vertical, let rate = verticalEngagementRate[vertical]?[tier.rawValue] { return rate }
        return engagementRate[tier.rawValue]
    }

    /// The median interactions per note expected of a creator with `followers` in `tier`: the vertical's rate ×
    /// followers when configured, else the peer curve where it applies, else the tier's rate × followers.
    public func expectedInteractions(followers: Int, tier: Tier, vertical: String?) -> Expectation? {
        let count = Double(followers)
        guard count > 0 else { return nil }
        if let vertical, let rate = verticalEngagementRate[vertical]?[tier.rawValue] {
            return Expectation(interactions: rate * count, source: .vertical(vertical))
        }
        if let expected = peerCurve.expectedInteractions(followers: count) {
            return Expectation(interactions: expected, source: .peerCurve)
        }
        guard let rate = engagementRate(for: tier, vertical: nil) else { return nil }
        return Expectation(interactions: rate * count, source: .tier(tier))
    }

    /// Expected median interactions and where the figure comes from.
    public struct Expectation: Sendable, Equatable {
        public var interactions: Double
        public var source: Source

        /// Where an expectation comes from.
        public enum Source: Sendable, Equatable {
            /// The curve fitted on real creators.
            case peerCurve
            /// The tier's prior rate.
            case tier(Tier)
            /// A configured per-vertical rate.
            case vertical(String)
        }

        /// Whether the figure rests on real data (the peer curve) rather than a prior.
        public var isFromRealData: Bool { source == .peerCurve }

        /// How the report names the source.
        public var description: String {
            switch source {
            case .peerCurve: return "real Xiaohongshu creators of this size"
            case .tier(let tier): return "the \(tier.rawValue)-tier benchmark (prior)"
            case .vertical(let vertical): return "the configured \(vertical) benchmark"
            }
        }
    }
}
