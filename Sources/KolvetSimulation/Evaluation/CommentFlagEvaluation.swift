package import KolvetKit

/// Measures the inauthentic-comment flag against hand-assigned labels.
package enum CommentFlagEvaluation {
    /// One labelled comment's outcome.
    package struct Outcome: Sendable, Equatable {
        package var commentID: String
        package var pattern: String
        package var isLabelledInauthentic: Bool
        package var isFlagged: Bool
    }

    /// The outcome of every labelled comment of a dossier. `labels` maps a comment id to (inauthentic?,
    /// pattern); the creator's own replies, which kolvet sets aside, count as not flagged.
    package static func evaluate(
        _ dossier: Dossier,
        labels: [String: (isInauthentic: Bool, pattern: String)],
        settings: CommentSettings
    ) -> [Outcome] {
        let analysis = CommentAnalyzer(settings: settings).analyze(dossier)
        var flagged: [String: Bool] = [:]
        for comment in analysis.comments {
            if let id = comment.comment.id { flagged[id] = comment.isInauthentic }
        }
        return dossier.comments.compactMap { comment in
            guard let id = comment.id, let label = labels[id] else { return nil }
            return Outcome(
                commentID: id, pattern: label.pattern, isLabelledInauthentic: label.isInauthentic,
                isFlagged: flagged[id] ?? false)
        }
    }
}
