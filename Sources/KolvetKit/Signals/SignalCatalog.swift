/// The signals kolvet computes, in report order. Lookups, scoring, `--help` and docs all read this one list.
public enum SignalCatalog {
    /// Every signal.
    public static let all: [any Signal] = [
        EngagementRateSignal(),
        ReadRateSignal(),
        ConsistencySignal(),
        CommentDensitySignal(),
        CollectRatioSignal(),
        SponsoredGapSignal(),
        LikeOutliersSignal(),
        LikesCollectsPerFollowerSignal(),
        EngagementMismatchSignal(),
        GrowthSpikeSignal(),
        GrowthDropSignal(),
        SampleFakeShareSignal(),
        MassFollowersSignal(),
        InauthenticCommentsSignal(),
        GenericCommentsSignal(),
        DuplicateCommentsSignal(),
        CommentBurstSignal(),
        RepeatCommentersSignal(),
        LeadGenCommentsSignal(),
        SuspiciousCommentersSignal(),
        SubstantiveCommentsSignal(),
        AudienceFitSignal(),
        AudienceRequirementsSignal(),
        CommentGeographySignal(),
        ActiveFansSignal(),
        CostPerEngagementSignal(),
        QuoteVersusTierSignal(),
        DeckMismatchSignal(),
        CategoryFitSignal(),
        CommercialShareSignal(),
        UndeclaredAdsSignal(),
        CompetitorConflictSignal(),
    ]

    /// The signal with `id`, if any.
    public static func signal(withID id: String) -> (any Signal)? {
        all.first { $0.id == id }
    }
}
