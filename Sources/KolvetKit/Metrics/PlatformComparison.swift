/// The platform's own figures (Pugongying) beside kolvet's recomputation of each from the recent notes, so that a
/// reader sees both and where they differ (docs/pugongying.md, "The platform's figures in the report").
///
/// kolvet's side, over the recent notes (`recent_notes`, 20; the platform's window is 30 or 90 days, so the two
/// need not agree): read median = median reads; interaction median = median likes + median collects + median
/// comments (the platform's own definition, a sum of medians); engagement median = median of per-note
/// interactions (the configured counts); impression median = median impressions; interaction rate = Σ
/// interactions ÷ Σ reads over notes with reads; 百赞率 / 千赞率 = share of notes with ≥ 100 / ≥ 1,000 likes;
/// 预估CPE = kolvet's image-note CPE (`cost.cpe`). The others (active-fan share, peer percentiles, CPM) have no
/// recomputation from notes.
public struct PlatformComparison: Sendable, Equatable, Codable {
    /// One figure: what the platform says and what kolvet computes, with what kolvet's figure rests on.
    public struct Row: Sendable, Equatable, Codable {
        public var figure: PlatformFigures.Figure
        public var platform: Double
        public var kolvet: Double?
        /// What kolvet's figure rests on, or why there is none.
        public var basis: String

        /// Whether kolvet has a way to recompute the figure from notes (it may still lack the data).
        public var hasRecomputation: Bool { kolvet != nil || basis != PlatformComparison.platformOnly }

        /// The name a user can look up: `metrics.platform.read_median`.
        public var id: String { "metrics.platform." + figure.rawValue }
    }

    public var source: String
    public var rows: [Row]

    /// The basis of a figure kolvet does not recompute.
    public static let platformOnly = "no recomputation from notes"

    public init(_ figures: PlatformFigures, engagement: EngagementMetrics, cost: CostMetrics) {
        source = figures.source
        let notes = engagement.notes
        let count = ReportFormatting.counted(notes.count, "recent note")
        func median(_ values: [Double?]) -> Double? {
            values.allSatisfy { $0 != nil } ? Statistics.median(values.compactMap { $0 }) : nil
        }
        rows = PlatformFigures.Figure.allCases.compactMap { figure in
            guard let platform = figures.values[figure] else { return nil }
            var kolvet: Double?
            var basis = Self.platformOnly
            switch figure {
            case .readMedian:
                let reads = notes.compactMap { $0.reads?.doubleValue }
                kolvet = Statistics.median(reads)
                basis = "median reads of \(ReportFormatting.counted(reads.count, "recent note"))"
            case .interactionMedian:
                if let likes = median(notes.map { $0.likes?.doubleValue }),
                    let collects = median(notes.map { $0.collects?.doubleValue }),
                    let comments = median(notes.map { $0.comments?.doubleValue })
                {
                    kolvet = likes + collects + comments
                    basis = "median likes + collects + comments of \(count)"
                } else {
                    basis = "needs likes, collects and comments on every recent note"
                }
            case .engagementMedian:
                kolvet = engagement.medianInteractions
                basis =
                    "median interactions (\(engagement.includedCounts.map(\.rawValue).joined(separator: "+"))) of \(count)"
            case .impressionMedian:
                let impressions = notes.compactMap { $0.impressions?.doubleValue }
                kolvet = Statistics.median(impressions)
                basis = "median impressions of \(ReportFormatting.counted(impressions.count, "recent note"))"
            case .interactionRate:
                let pairs = zip(notes, engagement.interactions).compactMap { note, total in
                    note.reads.map { (total, $0.doubleValue) }
                }
                let reads = pairs.reduce(0) { $0 + $1.1 }
                if reads > 0 { kolvet = pairs.reduce(0) { $0 + $1.0 } / reads }
                basis = "Σ interactions ÷ Σ reads of \(ReportFormatting.counted(pairs.count, "recent note"))"
            case .hundredLikeShare, .thousandLikeShare:
                let likes = notes.compactMap { $0.likes?.doubleValue }
                let bar = figure == .hundredLikeShare ? 100.0 : 1_000
                if !likes.isEmpty { kolvet = Double(likes.filter { $0 >= bar }.count) / Double(likes.count) }
                basis = "share of \(ReportFormatting.counted(likes.count, "recent note")) with ≥ \(Int(bar)) likes"
            case .estimatedCPE:
                kolvet = cost.image?.costPerEngagement
                basis = "kolvet's image-note CPE (cost.cpe)"
            default:
                break
            }
            return Row(figure: figure, platform: platform, kolvet: kolvet, basis: basis)
        }
    }

    /// A figure as a report shows it: shares as percentages, prices in yuan with cents, counts grouped.
    public static func format(_ value: Double, _ figure: PlatformFigures.Figure) -> String {
        if figure.isShare { return ReportFormatting.percent(value, 1) }
        if figure == .estimatedCPE || figure == .estimatedCPM { return "¥" + ReportFormatting.fixed(value, 2) }
        return value == value.rounded() ? ReportFormatting.grouped(Int(value)) : ReportFormatting.fixed(value, 1)
    }
}
