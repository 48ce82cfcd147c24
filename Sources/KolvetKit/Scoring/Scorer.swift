public import Foundation

/// Measures every signal, judges it against its thresholds, and turns the results into a score and a verdict.
///
/// Score: each known signal i earns s_i = `level_scores`[level] (ok 1, warn 0.5, fail 0) of its weight w_i;
/// score = 100 × Σ w_i s_i / Σ w_i over the known signals; nil when none is known. Coverage = Σ w_i (known) /
/// Σ w_i (all with weight > 0). Verdict, first rule that holds:
/// 1. no score → review;
/// 2. a decisive signal fails → reject;
/// 3. score < `reject_below` → reject;
/// 4. score < `pass_at`, any signal fails, a decisive signal warns, or coverage < `minimum_coverage` → review;
/// 5. otherwise pass.
public struct Scorer: Sendable {
    public let configuration: Configuration
    package let signals: [any Signal]
    /// Built once from the configuration's lexicons, used for every creator.
    private let commentAnalyzer: CommentAnalyzer

    /// A scorer with every signal of the catalog.
    public init(configuration: Configuration) {
        self.init(configuration: configuration, signals: SignalCatalog.all)
    }

    package init(configuration: Configuration, signals: [any Signal]) {
        self.configuration = configuration
        self.signals = signals
        self.commentAnalyzer = CommentAnalyzer(settings: configuration.comments)
    }

    /// Vets one dossier.
    public func vet(_ dossier: Dossier, brief: Brief? = nil, warnings: [Diagnostic] = [], now: Date) -> VettingReport {
        let context = VettingContext(
            dossier: dossier, configuration: configuration, brief: brief, now: now, commentAnalyzer: commentAnalyzer)
        let judged = signals.map { signal -> SignalResult in
            let settings = configuration.settings(for: signal.id)
            let measurement = signal.measure(in: context)
            let thresholds = measurement.thresholds ?? settings.thresholds
            var level = measurement.value.map(thresholds.level(of:)) ?? .unknown
            if let range = measurement.range, measurement.value != nil { level = thresholds.level(of: range) }
            if let minimum = measurement.minimumLevel, level != .unknown, level < minimum { level = minimum }
            return SignalResult(
                id: signal.id, category: signal.category, level: level, value: measurement.value,
                unit: measurement.unit, range: measurement.range, thresholds: thresholds,
                evidence: measurement.evidence,
                details: measurement.details, weight: settings.weight, contribution: 0,
                isDecisive: settings.isDecisive, flaggedNotes: measurement.flaggedNotes)
        }
        let levelScores = configuration.verdict.levelScores
        func earned(_ level: SignalLevel) -> Double {
            switch level {
            case .ok: return levelScores.ok
            case .warn: return levelScores.warn
            case .fail: return levelScores.fail
            case .unknown: return 0
            }
        }
        let knownWeight = judged.filter { $0.level != .unknown }.reduce(0) { $0 + max(0, $1.weight) }
        let totalWeight = judged.reduce(0) { $0 + max(0, $1.weight) }
        var results = judged
        var score: Double?
        if knownWeight > 0 {
            for index in results.indices where results[index].level != .unknown {
                results[index].contribution =
                    100 * max(0, results[index].weight) * earned(results[index].level)
                    / knownWeight
            }
            let earnedWeight = results.filter { $0.level != .unknown }.reduce(0) {
                $0 + max(0, $1.weight) * earned($1.level)
            }
            score = 100 * earnedWeight / knownWeight
        }
        let coverage = totalWeight > 0 ? knownWeight / totalWeight : 0
        let (verdict, reasons, basis) = decide(score: score, coverage: coverage, results: results)
        return VettingReport(
            creator: dossier.creator, tier: context.tier, kind: context.kind, score: score, coverage: coverage,
            verdict: verdict, reasons: reasons, verdictBasis: basis, signals: results,
            engagement: context.engagement,
            portrait: dossier.audience, brief: brief, audience: context.audienceMetrics, cost: context.cost,
            growth: context.growth,
            warnings: warnings.filter { $0.severity == .warning },
            platform: dossier.platform.map {
                PlatformComparison($0, engagement: context.engagement, cost: context.cost)
            })
    }

    private func decide(score: Double?, coverage: Double, results: [SignalResult]) -> (
        Verdict, [VerdictReason], VerdictBasis
    ) {
        let rules = configuration.verdict
        guard let score else {
            return (.review, [VerdictReason(.nothingMeasured)], .insufficientData)
        }
        let decisive = results.filter { $0.isDecisive && $0.level == .fail && $0.weight > 0 }
        if !decisive.isEmpty {
            return (.reject, decisive.map { VerdictReason(.decisiveFailure, signal: $0.id) }, .redFlags)
        }
        if score < rules.rejectBelow {
            return (.reject, [VerdictReason(.scoreBelowReject, value: score, mark: rules.rejectBelow)], .redFlags)
        }
        var flags: [VerdictReason] = []
        if score < rules.passAt {
            flags.append(VerdictReason(.scoreBelowPass, value: score, mark: rules.passAt))
        }
        for failed in results where failed.level == .fail && failed.weight > 0 {
            flags.append(VerdictReason(.failure, signal: failed.id))
        }
        // A range whose ends are judged differently (it may or may not pass) is inconclusive, not a red flag.
        for warned in results
        where warned.level == .warn && warned.isDecisive && warned.weight > 0 && !warned.isInconclusive {
            flags.append(VerdictReason(.decisiveWarning, signal: warned.id))
        }
        var reasons = flags
        if coverage < rules.minimumCoverage {
            reasons.append(VerdictReason(.lowCoverage, value: coverage, mark: rules.minimumCoverage))
        }
        if !flags.isEmpty { return (.review, reasons, .redFlags) }
        if !reasons.isEmpty { return (.review, reasons, .insufficientData) }
        return (.pass, [VerdictReason(.cleared, value: score)], .cleared)
    }
}
