import Foundation

/// Computes `EngagementMetrics` from a dossier.
package struct EngagementCalculator: Sendable {
    package var configuration: Configuration

    package init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// The most recent notes that have a likes count, newest first: notes with `published_at` sorted newest
    /// first (ties keep file order), then undated notes in file order; at most `recent_notes` of them.
    package func recentNotes(of dossier: Dossier) -> [Note] {
        let usable = dossier.notes.enumerated().filter { $0.element.likes != nil }
        let sorted = usable.sorted { lhs, rhs in
            switch (lhs.element.publishedAt, rhs.element.publishedAt) {
            case (let left?, let right?): return left != right ? left > right : lhs.offset < rhs.offset
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return lhs.offset < rhs.offset
            }
        }
        return sorted.prefix(max(0, configuration.recentNotes)).map(\.element)
    }

    /// Metrics from stated averages: interactions = Σ configured averages present; mean rate = that /
    /// followers; comments per 100 likes and collects per like as ratios of the averages (equal to the ratios of
    /// sums over the same notes). Medians and spreads stay unknown.
    private func averagedMetrics(_ averages: NoteAverages, followers: Double, dossier: Dossier) -> EngagementMetrics {
        var metrics = EngagementMetrics()
        metrics.isFromAverages = true
        metrics.includedCounts = configuration.interactionCounts.filter { averages.average(of: $0) != nil }
        metrics.missingCounts = configuration.interactionCounts.filter { !metrics.includedCounts.contains($0) }
        guard let likes = averages.likes else { return metrics }
        let total = metrics.includedCounts.reduce(0.0) { $0 + (averages.average(of: $1) ?? 0) }
        metrics.averageInteractions = total
        if followers > 0 { metrics.meanRatePerFollower = total / followers }
        if likes > 0 {
            metrics.commentsPer100Likes = averages.comments.map { 100 * $0 / likes }
            metrics.collectsPerLike = averages.collects.map { $0 / likes }
        }
        if let lifetime = dossier.creator.likesAndCollects, followers > 0 {
            metrics.likesAndCollectsPerFollower = lifetime.doubleValue / followers
        }
        return metrics
    }

    /// The metrics of one dossier.
    package func metrics(for dossier: Dossier) -> EngagementMetrics {
        var metrics = EngagementMetrics()
        let settings = configuration.engagement
        let notes = recentNotes(of: dossier)
        if notes.isEmpty, let averages = dossier.recentAverages {
            return averagedMetrics(averages, followers: (dossier.creator.followers?.doubleValue ?? 0), dossier: dossier)
        }
        metrics.notes = notes
        metrics.includedCounts = configuration.interactionCounts.filter { kind in
            notes.allSatisfy { $0.count(of: kind) != nil }
        }
        metrics.missingCounts = configuration.interactionCounts.filter { !metrics.includedCounts.contains($0) }
        let interactions = notes.map { note in
            metrics.includedCounts.reduce(0.0) { $0 + (note.count(of: $1)?.doubleValue ?? 0) }
        }
        metrics.interactions = interactions
        metrics.medianInteractions = Statistics.median(interactions)

        let followers = (dossier.creator.followers?.doubleValue ?? 0)
        if followers > 0 && !notes.isEmpty {
            let rates = interactions.map { $0 / followers }
            metrics.medianRatePerFollower = Statistics.median(rates)
            metrics.meanRatePerFollower = Statistics.mean(rates)
            var sponsored: [Double] = []
            var organic: [Double] = []
            for (note, rate) in zip(notes, rates) {
                if note.isSponsored == true { sponsored.append(rate) } else { organic.append(rate) }
            }
            metrics.sponsoredNotes = sponsored.count
            if sponsored.count >= settings.minimumNotesPerGroup && organic.count >= settings.minimumNotesPerGroup {
                metrics.sponsoredMedianRate = Statistics.median(sponsored)
                metrics.organicMedianRate = Statistics.median(organic)
            }
        }

        let readRates = zip(notes, interactions).compactMap { note, total -> Double? in
            guard let reads = note.reads, reads.value > 0 else { return nil }
            return total / reads.doubleValue
        }
        metrics.notesWithReads = readRates.count
        metrics.medianRatePerRead = Statistics.median(readRates)

        let likes = notes.compactMap { $0.likes?.doubleValue }
        let totalLikes = likes.reduce(0, +)
        if totalLikes > 0 {
            if notes.allSatisfy({ $0.comments != nil }) {
                metrics.commentsPer100Likes =
                    100 * notes.reduce(0) { $0 + ($1.comments?.doubleValue ?? 0) } / totalLikes
            }
            if notes.allSatisfy({ $0.collects != nil }) {
                metrics.collectsPerLike = notes.reduce(0) { $0 + ($1.collects?.doubleValue ?? 0) } / totalLikes
            }
        }
        if likes.count >= settings.minimumNotes {
            metrics.likeSpread = Statistics.coefficientOfVariation(likes)
        }
        if !interactions.isEmpty {
            let viral = interactions.filter { $0 >= Double(settings.viralInteractions) }.count
            metrics.viralRate = Double(viral) / Double(interactions.count)
        }
        let likeCounts = notes.compactMap { $0.likes?.value }
        if !likeCounts.isEmpty {
            metrics.hundredLikeShare = Double(likeCounts.filter { $0 >= 100 }.count) / Double(likeCounts.count)
            metrics.thousandLikeShare = Double(likeCounts.filter { $0 >= 1_000 }.count) / Double(likeCounts.count)
        }
        if let median = metrics.medianInteractions, median > 0 {
            metrics.beyondMedian = interactions.map { $0 / median - 1 }
        }
        let dates = notes.compactMap(\.publishedAt)
        if dates.count >= 2, let first = dates.min(), let last = dates.max() {
            let weeks = last.timeIntervalSince(first) / (7 * 86_400)
            if weeks > 0 { metrics.notesPerWeek = Double(dates.count - 1) / weeks }
        }
        if let lifetime = dossier.creator.likesAndCollects, followers > 0 {
            metrics.likesAndCollectsPerFollower = lifetime.doubleValue / followers
        }
        return metrics
    }
}
