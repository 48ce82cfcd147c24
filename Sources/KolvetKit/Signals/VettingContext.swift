package import Foundation

/// Everything a signal may look at, computed once per creator.
package struct VettingContext: Sendable {
    /// The creator's data.
    package var dossier: Dossier
    /// The configuration in force.
    package var configuration: Configuration
    /// Engagement metrics over the recent notes.
    package var engagement: EngagementMetrics
    /// The brand's brief, if one was given.
    package var brief: Brief?
    /// The audience against the brief, and the effective reach.
    package var audienceMetrics: AudienceMetrics
    /// What an interaction costs.
    package var cost: CostMetrics
    /// Spikes and drops in the follower history; nil when the history is too short.
    package var growth: GrowthAnalysis?
    /// The audit of the follower sample; nil without one.
    package var sampleAudit: FollowerSampleAudit?
    /// What was found in the comments.
    package var comments: CommentAnalysis
    /// The creator's tier by followers; nil when the follower count is unknown.
    package var tier: Tier?
    /// KOL or KOC; nil when the follower count is unknown.
    package var kind: CreatorKind?
    /// The moment of the run, passed in so that reports are reproducible.
    package var now: Date

    /// Builds the context: tier, kind and engagement metrics from the dossier and configuration.
    package init(
        dossier: Dossier, configuration: Configuration, brief: Brief? = nil, now: Date,
        commentAnalyzer: CommentAnalyzer? = nil
    ) {
        self.dossier = dossier
        self.configuration = configuration
        self.brief = brief
        self.now = now
        let followers = dossier.creator.followers?.value
        self.tier = followers.map { configuration.tiers.tier(forFollowers: $0) }
        self.kind = followers.map { configuration.tiers.kind(forFollowers: $0) }
        self.engagement = EngagementCalculator(configuration: configuration).metrics(for: dossier)
        let analyzer = commentAnalyzer ?? CommentAnalyzer(settings: configuration.comments)
        self.comments = analyzer.analyze(dossier)
        self.audienceMetrics = AudienceMetrics(dossier: dossier, brief: brief)
        self.growth = GrowthAnalysis(
            dossier, settings: configuration.followers, viralInteractions: configuration.engagement.viralInteractions,
            counts: configuration.interactionCounts)
        self.sampleAudit =
            dossier.followerSample.isEmpty
            ? nil
            : FollowerSampleAudit(
                dossier.followerSample, settings: configuration.followers, platform: dossier.creator.platform)
        self.cost = CostCalculator(settings: configuration.cost)
            .metrics(for: dossier, brief: brief, engagement: engagement)
    }

    /// Whether there are too few comments for the comment signals, and the measurement to return then.
    func unknownForThinComments(_ unit: ValueUnit = .share) -> SignalMeasurement? {
        let minimum = configuration.comments.minimumComments
        guard comments.comments.count < minimum else { return nil }
        let own = comments.ownReplies > 0 ? " besides the creator's own \(comments.ownReplies) replies" : ""
        return .unknown(
            unit,
            "\(ReportFormatting.counted(comments.comments.count, "comment"))\(own) (\(minimum) needed): export the notes' comments"
        )
    }

    /// What a follower-based signal says when the data has no follower count.
    package static let noFollowerCount =
        "no follower count: join the MCN's shortlist (kolvet import mediacrawler --shortlist) or add "
        + "creator.followers from the profile page or Pugongying"

    /// The configured thresholds of a signal.
    package func thresholds(for id: String) -> Thresholds { configuration.settings(for: id).thresholds }
}
