import KolvetKit

/// Counts of a binary flag against labels, and the usual rates.
package struct ConfusionMatrix: Sendable, Equatable {
    /// Flagged and labelled positive.
    package var truePositives = 0
    /// Flagged but labelled negative.
    package var falsePositives = 0
    /// Not flagged but labelled positive.
    package var falseNegatives = 0
    /// Not flagged and labelled negative.
    package var trueNegatives = 0

    package init() {}

    /// Adds one case.
    package mutating func record(flagged: Bool, positive: Bool) {
        switch (flagged, positive) {
        case (true, true): truePositives += 1
        case (true, false): falsePositives += 1
        case (false, true): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    /// Adds another matrix's counts.
    package mutating func add(_ other: ConfusionMatrix) {
        truePositives += other.truePositives
        falsePositives += other.falsePositives
        falseNegatives += other.falseNegatives
        trueNegatives += other.trueNegatives
    }

    package var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
    /// TP / (TP + FP); nil when nothing was flagged.
    package var precision: Double? { ratio(truePositives, truePositives + falsePositives) }
    /// TP / (TP + FN); nil when there are no positives.
    package var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }
    /// TN / (TN + FP); nil when there are no negatives.
    package var specificity: Double? { ratio(trueNegatives, trueNegatives + falsePositives) }
    /// 2PR / (P + R).
    package var f1: Double? {
        guard let precision, let recall, precision + recall > 0 else { return nil }
        return 2 * precision * recall / (precision + recall)
    }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }

    /// `TP 10  FP 1  FN 2  TN 30  precision 90.9%  recall 83.3%  F1 87.0%`.
    package var summary: String {
        func show(_ value: Double?) -> String { value.map { ReportFormatting.percent($0, 1) } ?? "n/a" }
        return "TP \(truePositives)  FP \(falsePositives)  FN \(falseNegatives)  TN \(trueNegatives)  "
            + "precision \(show(precision))  recall \(show(recall))  F1 \(show(f1))"
    }
}
