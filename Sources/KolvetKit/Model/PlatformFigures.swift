/// The platform's own summary of a creator (Pugongying's data overview and fans summary), kept as the platform
/// computed it so that a report can show it beside kolvet's recomputation from the notes (docs/pugongying.md).
public struct PlatformFigures: Sendable, Equatable, Codable {
    /// One figure the platform states, its dossier key and how it is read.
    public enum Figure: String, CaseIterable, Sendable, Codable {
        /// 阅读中位数 `readMedian`: the median reads per note over the window.
        case readMedian = "read_median"
        /// 互动中位数 `interactionMedian` = likeMedian + collectMedian + commentMedian: a sum of medians, not the
        /// median of per-note sums.
        case interactionMedian = "interaction_median"
        /// `mEngagementNum`: the median of per-note interactions (the base of 预估CPE).
        case engagementMedian = "engagement_median"
        /// 曝光中位数 `impMedian`.
        case impressionMedian = "impression_median"
        /// 互动率 = Σ interactions ÷ Σ reads over the window, a share.
        case interactionRate = "interaction_rate"
        /// `hundredLikePercent`: share of notes with ≥ 100 likes (a 爆文率).
        case hundredLikeShare = "hundred_like_share"
        /// `thousandLikePercent`: share of notes with ≥ 1,000 likes.
        case thousandLikeShare = "thousand_like_share"
        /// 预估CPE `estimatePictureEngageCost`: image-note price ÷ mEngagementNum, in CNY.
        case estimatedCPE = "estimated_cpe"
        /// 预估CPM `estimatePictureCpm`: price ÷ (median impressions ÷ 1,000), in CNY.
        case estimatedCPM = "estimated_cpm"
        /// 活跃粉丝率 `activeFansL28 ÷ fansNum`, a share.
        case activeFansShare = "active_fans_share"
        /// `readMedianBeyondRate`: the read median beats this share of peers.
        case readMedianBeatsPeers = "read_median_beats_peers"
        /// `interactionBeyondRate`: the interaction median beats this share of peers.
        case interactionBeatsPeers = "interaction_beats_peers"

        /// Whether the figure is a share (0–1) rather than an amount.
        public var isShare: Bool {
            switch self {
            case .interactionRate, .hundredLikeShare, .thousandLikeShare, .activeFansShare, .readMedianBeatsPeers,
                .interactionBeatsPeers:
                return true
            default: return false
            }
        }

        /// The platform's name for it, as a user would look it up.
        public var platformName: String {
            switch self {
            case .readMedian: return "阅读中位数 readMedian"
            case .interactionMedian: return "互动中位数 interactionMedian"
            case .engagementMedian: return "mEngagementNum"
            case .impressionMedian: return "曝光中位数 impMedian"
            case .interactionRate: return "互动率 interactionRate"
            case .hundredLikeShare: return "百赞率 hundredLikePercent"
            case .thousandLikeShare: return "千赞率 thousandLikePercent"
            case .estimatedCPE: return "预估CPE estimatePictureEngageCost"
            case .estimatedCPM: return "预估CPM estimatePictureCpm"
            case .activeFansShare: return "粉丝活跃度 activeFansL28 ÷ fansNum"
            case .readMedianBeatsPeers: return "阅读超越同行 readMedianBeyondRate"
            case .interactionBeatsPeers: return "互动超越同行 interactionBeyondRate"
            }
        }
    }

    /// Where the figures come from (`"pugongying"`).
    public var source: String
    /// The figures the platform gave; absent ones are unknown.
    public var values: [Figure: Double]

    public init(source: String, values: [Figure: Double] = [:]) {
        self.source = source
        self.values = values
    }
}

/// What the MCN's deck (shortlist row) claimed about a creator, kept beside the export's or platform's data when
/// the two are joined, so that `data.deck_mismatch` can compare them.
public struct DeckFigures: Sendable, Equatable, Codable {
    /// Where the claim was read (`shortlist.csv:12`).
    public var source: String?
    /// 粉丝数 on the deck.
    public var followers: Count?
    /// 平均点赞 on the deck.
    public var averageLikes: Double?
    /// 图文报价 and 视频报价 on the deck.
    public var imageQuote: Double?
    public var videoQuote: Double?

    public init(source: String? = nil) {
        self.source = source
    }

    /// Whether the deck states nothing comparable.
    public var isEmpty: Bool { followers == nil && averageLikes == nil && imageQuote == nil && videoQuote == nil }
}
