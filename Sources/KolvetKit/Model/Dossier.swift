/// Everything known about one creator: format `kolvet.dossier/1` (see `docs/dossier-format.md`).
public struct Dossier: Sendable, Equatable, Codable {
    /// The format identifier this version reads and writes.
    public static let formatIdentifier = "kolvet.dossier/1"

    /// The profile.
    public var creator: Creator
    /// Published notes, in the order the file lists them.
    public var notes: [Note]
    /// Comments under the notes.
    public var comments: [Comment]
    /// Follower counts over time.
    public var followerHistory: [FollowerPoint]
    /// The audience portrait.
    public var audience: Audience?
    /// A sample of follower accounts.
    public var followerSample: [SampledFollower]
    /// Average counts of recent notes, as MCN shortlists report them, for when per-note data is missing.
    public var recentAverages: NoteAverages?
    /// The platform's own summary figures (Pugongying), shown beside kolvet's recomputation.
    public var platform: PlatformFigures?
    /// What the MCN's deck claimed, when a shortlist row was joined to export or platform data.
    public var deck: DeckFigures?

    public init(
        creator: Creator,
        notes: [Note] = [],
        comments: [Comment] = [],
        followerHistory: [FollowerPoint] = [],
        audience: Audience? = nil,
        followerSample: [SampledFollower] = []
    ) {
        self.creator = creator
        self.notes = notes
        self.comments = comments
        self.followerHistory = followerHistory
        self.audience = audience
        self.followerSample = followerSample
    }
}
