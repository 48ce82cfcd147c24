/// The audit of a sample of the creator's followers.
public struct FollowerSampleAudit: Sendable, Equatable {
    /// Followers with notes, followers and following: the ones the model can score.
    public var scored: Int
    /// Sampled followers in all.
    public var sampled: Int
    /// Share of scored followers counted fake at the strict and the lenient cutoff.
    public var strictFakeShare: Double
    public var lenientFakeShare: Double
    /// Followers the model would call fake but the lurker guard keeps (following below the guard).
    public var guardedLurkers: Int
    /// Share of sampled followers (with a following count) following more than `mass_following`.
    public var massFollowerShare: Double?
    /// Followers with a following count.
    public var withFollowing: Int

    /// Audits a sample with the given settings.
    public init(_ sample: [SampledFollower], settings: FollowerSettings) {
        sampled = sample.count
        var strict = 0
        var lenient = 0
        var guarded = 0
        var scored = 0
        for follower in sample {
            guard let notes = follower.notes?.value, let followers = follower.followers?.value,
                let following = follower.following?.value
            else { continue }
            scored += 1
            let probability = settings.model.probability(notes: notes, followers: followers, following: following)
            guard probability >= settings.lenientCutoff else { continue }
            if following < settings.minimumFollowingForFake {
                guarded += 1
                continue
            }
            lenient += 1
            if probability >= settings.strictCutoff { strict += 1 }
        }
        self.scored = scored
        self.guardedLurkers = guarded
        strictFakeShare = scored > 0 ? Double(strict) / Double(scored) : 0
        lenientFakeShare = scored > 0 ? Double(lenient) / Double(scored) : 0
        let following = sample.compactMap { $0.following?.value }
        withFollowing = following.count
        massFollowerShare =
            following.isEmpty
            ? nil : Double(following.filter { $0 > settings.massFollowing }.count) / Double(following.count)
    }
}
