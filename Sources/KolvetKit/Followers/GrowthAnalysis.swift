public import Foundation

/// A sudden change in the follower curve between two history points.
public struct GrowthEvent: Sendable, Equatable, Codable {
    /// The history points the change lies between.
    public var start: Date
    public var end: Date
    /// Followers before and the change over the segment.
    public var followersBefore: Int
    public var change: Int
    /// The change beyond the creator's normal: change − median daily gain × days.
    public var excess: Double
    /// Robust standard deviations the excess is from normal: excess / (σ × √days).
    public var deviations: Double
    /// The viral note published shortly before or during the spike that explains it, if any.
    public var explainedBy: String?
    /// The round number the change is close to (1K, 5K, 10K …), if any.
    public var roundSize: Int?

    /// Days the segment spans (at least 1).
    public var days: Double { max(1, end.timeIntervalSince(start) / 86_400) }
}

/// Spikes, drops and seesaws in a follower history, against the creator's own normal growth.
///
/// Points are sorted by date (the last of a day kept). Each segment between consecutive points spreads its
/// change evenly over its days; the baseline is the median m and MAD of those daily gains, with
/// σ = max(1.4826 × MAD, `minimum_daily_deviation`, `minimum_daily_deviation_share` × followers). A segment of d
/// days is a **spike** when its excess Δ − m·d exceeds `spike_deviations` × σ × √d and `spike_minimum_share` of
/// the followers before it; a **drop** likewise below. A spike is **explained** by a note published within
/// `explain_window_days` before it (or during it) whose interactions reach `viral_factor` × the creator's median
/// note and `viral_interactions`. A drop within `seesaw_days` after a spike that takes back `seesaw_share` of it
/// is a **seesaw**.
public struct GrowthAnalysis: Sendable, Equatable, Codable {
    public var points: Int
    public var spanDays: Double
    /// Median daily gain and robust σ.
    public var baseline: Double
    public var deviation: Double
    public var spikes: [GrowthEvent]
    public var drops: [GrowthEvent]
    /// A spike and the drop that takes it back.
    public struct Seesaw: Sendable, Equatable, Codable {
        public var spike: GrowthEvent
        public var drop: GrowthEvent
    }

    /// Spike–drop pairs.
    public var seesaws: [Seesaw]
    /// The highest follower count in the history.
    public var peak: Int
    /// The creator's follower count, or the history's latest point when the profile gives none.
    public var currentFollowers: Int

    /// Analyses a history; nil when it is shorter than `minimum_history_days` or has fewer than
    /// `minimum_history_points` points.
    public init?(_ dossier: Dossier, settings: FollowerSettings, viralInteractions: Int, counts: [InteractionKind]) {
        var byDay: [String: FollowerPoint] = [:]
        for point in dossier.followerHistory { byDay[ReportFormatting.day(point.date)] = point }
        let history = byDay.values.sorted { $0.date < $1.date }
        guard history.count >= settings.minimumHistoryPoints, let first = history.first, let last = history.last,
            last.date.timeIntervalSince(first.date) / 86_400 >= Double(settings.minimumHistoryDays)
        else { return nil }
        points = history.count
        spanDays = last.date.timeIntervalSince(first.date) / 86_400
        peak = history.map(\.followers.value).max() ?? 0
        currentFollowers = dossier.creator.followers?.value ?? last.followers.value

        var daily: [Double] = []
        for (before, after) in zip(history, history.dropFirst()) {
            let days = max(1, (after.date.timeIntervalSince(before.date) / 86_400).rounded())
            let perDay = Double(after.followers.value - before.followers.value) / days
            daily.append(contentsOf: repeatElement(perDay, count: Int(min(days, 3_650))))
        }
        let median = Statistics.median(daily) ?? 0
        let mad = Statistics.medianAbsoluteDeviation(daily) ?? 0
        let sigma = max(
            1.4826 * mad, settings.minimumDailyDeviation,
            settings.minimumDailyDeviationShare * Double(currentFollowers))
        baseline = median
        deviation = sigma

        let viralNotes = Self.viralNotes(
            dossier, settings: settings, viralInteractions: viralInteractions, counts: counts)
        var spikes: [GrowthEvent] = []
        var drops: [GrowthEvent] = []
        for (before, after) in zip(history, history.dropFirst()) {
            let change = after.followers.value - before.followers.value
            var event = GrowthEvent(
                start: before.date, end: after.date, followersBefore: before.followers.value, change: change,
                excess: 0, deviations: 0)
            event.excess = Double(change) - median * event.days
            event.deviations = event.excess / (sigma * event.days.squareRoot())
            let isLarge = event.excess.magnitude >= settings.spikeMinimumShare * Double(max(1, before.followers.value))
            guard event.deviations.magnitude >= settings.spikeDeviations, isLarge else { continue }
            event.roundSize = Self.roundSize(of: change, tolerance: settings.roundTolerance)
            if event.excess > 0 {
                let window = settings.explainWindowDays * 86_400
                event.explainedBy =
                    viralNotes.first { note in
                        note.date >= before.date.addingTimeInterval(-window) && note.date <= after.date
                    }?.name
                spikes.append(event)
            } else {
                drops.append(event)
            }
        }
        self.spikes = spikes
        self.drops = drops
        seesaws = spikes.compactMap { spike in
            drops.first { drop in
                drop.start >= spike.start && drop.start.timeIntervalSince(spike.end) <= settings.seesawDays * 86_400
                    && -drop.excess >= settings.seesawShare * spike.excess
            }.map { Seesaw(spike: spike, drop: $0) }
        }
    }

    /// Spikes no viral note explains.
    public var unexplainedSpikes: [GrowthEvent] { spikes.filter { $0.explainedBy == nil } }

    static func viralNotes(
        _ dossier: Dossier, settings: FollowerSettings, viralInteractions: Int, counts: [InteractionKind]
    ) -> [(name: String, date: Date)] {
        let scored = dossier.notes.compactMap { note -> (note: Note, interactions: Double)? in
            guard note.likes != nil else { return nil }
            return (note, counts.reduce(0.0) { $0 + (note.count(of: $1)?.doubleValue ?? 0) })
        }
        let median = Statistics.median(scored.map(\.interactions)) ?? 0
        let bar = max(Double(viralInteractions), settings.viralFactor * median)
        return scored.compactMap { entry in
            guard entry.interactions >= bar, let date = entry.note.publishedAt else { return nil }
            let name = entry.note.id.map { "note \($0)" } ?? "a note"
            return ("\(name) (\(ReportFormatting.grouped(Int(entry.interactions))) interactions)", date)
        }
    }

    static func roundSize(of change: Int, tolerance: Double) -> Int? {
        [1_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000].first { size in
            (Double(change.magnitude) - Double(size)).magnitude <= tolerance * Double(size)
        }
    }
}
