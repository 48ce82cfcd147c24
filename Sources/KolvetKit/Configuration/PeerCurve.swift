import Foundation

/// What peers of the same size get: median interactions per note as a power of the follower count, fitted on
/// real Xiaohongshu creators (`scripts/calibrate.py`, docs/calibration.md).
///
/// expected(F) = e^intercept × F^slope for 0 < F < `followers_below`; above that the tier benchmarks (priors)
/// apply. `residual_deviation` is the standard deviation of ln(actual / expected) among the real creators: the
/// thresholds of `engagement.rate` and `followers.engagement_mismatch` are set from it.
public struct PeerCurve: Codable, Equatable, Sendable {
    public var intercept: Double
    public var slope: Double
    public var residualDeviation: Double
    /// The curve applies below this many followers (the real data covers the nano tier only).
    public var followersBelow: Int

    public init(intercept: Double, slope: Double, residualDeviation: Double, followersBelow: Int) {
        self.intercept = intercept
        self.slope = slope
        self.residualDeviation = residualDeviation
        self.followersBelow = followersBelow
    }

    enum CodingKeys: String, CodingKey {
        case intercept, slope
        case residualDeviation = "residual_deviation"
        case followersBelow = "followers_below"
    }

    /// The expected median interactions per note at `followers`, or nil outside the curve's range.
    public func expectedInteractions(followers: Double) -> Double? {
        guard followers > 0, followers < Double(followersBelow) else { return nil }
        return exp(intercept) * pow(followers, slope)
    }
}
