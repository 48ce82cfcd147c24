public import KolvetKit

/// Runs kolvet on simulated clean creators and creators with planted fraud, and counts what it catches.
public struct PlantedBenchmark: Sendable {
    /// Outcomes for one group of creators (clean, or one planted kind).
    public struct Tally: Sendable, Equatable {
        public var creators = 0
        /// The target signal at warn or fail.
        public var flagged = 0
        /// The target signal at fail.
        public var failed = 0
        /// Verdicts.
        public var rejected = 0
        public var reviewed = 0
        public var passed = 0

        public init() {}

        mutating func record(_ report: VettingReport, target: String) {
            creators += 1
            let level = report.signals.first { $0.id == target }?.level
            if level == .warn || level == .fail { flagged += 1 }
            if level == .fail { failed += 1 }
            switch report.verdict {
            case .reject: rejected += 1
            case .review: reviewed += 1
            case .pass: passed += 1
            }
        }
    }

    /// Per planted kind, its tally on its own target signal.
    public var planted: [PlantedFraud: Tally] = [:]
    /// Per target signal, the tally of clean creators on it (false alarms).
    public var clean: [String: Tally] = [:]
    /// Clean creators' verdicts (any signal).
    public var cleanVerdicts = Tally()

    /// Simulates `cleanCount` clean creators and `perKind` of each planted kind from `seed`, and vets them all.
    public init(seed: UInt64, cleanCount: Int, perKind: Int, configuration: Configuration = Configuration()) {
        var simulator = CreatorSimulator(seed: seed)
        let scorer = Scorer(configuration: configuration)
        let now = CreatorSimulator.exportDate
        for _ in 0..<cleanCount {
            let report = scorer.vet(simulator.make().dossier, now: now)
            for kind in PlantedFraud.allCases {
                clean[kind.targetSignal, default: Tally()].record(report, target: kind.targetSignal)
            }
            cleanVerdicts.record(report, target: "")
        }
        for kind in PlantedFraud.allCases {
            for _ in 0..<perKind {
                let report = scorer.vet(simulator.make(planting: kind).dossier, now: now)
                planted[kind, default: Tally()].record(report, target: kind.targetSignal)
            }
        }
    }
}
