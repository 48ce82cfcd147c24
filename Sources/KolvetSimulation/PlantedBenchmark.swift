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
            record(report, level: report.signals.first { $0.id == target }?.level)
        }

        mutating func record(_ report: VettingReport, level: SignalLevel?) {
            creators += 1
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
    /// Planted rings, and those found whole (one ring of the batch finding holds all three creators).
    public var ringsPlanted = 0
    public var ringsFoundWhole = 0

    /// Simulates `cleanCount` clean creators and `perKind` of each planted kind from `seed`, and vets them all.
    ///
    /// Clean creators are vetted without a brief, and again under a brief of their own vertical for
    /// `content.category_fit`; off-category creators (food) under a beauty brief. Rings are judged on one batch of
    /// every clean creator and ⌈perKind ÷ 3⌉ planted rings of three.
    public init(seed: UInt64, cleanCount: Int, perKind: Int, configuration: Configuration = Configuration()) {
        var simulator = CreatorSimulator(seed: seed, writesContent: true)
        let scorer = Scorer(configuration: configuration)
        let now = CreatorSimulator.exportDate
        var batch: [Dossier] = []
        for _ in 0..<cleanCount {
            let dossier = simulator.make().dossier
            batch.append(dossier)
            let report = scorer.vet(dossier, now: now)
            for kind in PlantedFraud.allCases where kind != .commenterRing && kind != .offCategory {
                clean[kind.targetSignal, default: Tally()].record(report, target: kind.targetSignal)
            }
            let own = scorer.vet(dossier, brief: Brief(vertical: dossier.creator.vertical), now: now)
            clean[PlantedFraud.offCategory.targetSignal, default: Tally()].record(
                own, target: PlantedFraud.offCategory.targetSignal)
            cleanVerdicts.record(report, target: "")
        }
        for kind in PlantedFraud.allCases where kind != .commenterRing {
            let brief = kind == .offCategory ? Brief(vertical: "beauty") : nil
            for _ in 0..<perKind {
                let report = scorer.vet(simulator.make(planting: kind).dossier, brief: brief, now: now)
                planted[kind, default: Tally()].record(report, target: kind.targetSignal)
            }
        }
        var groups: [[Int]] = []
        while groups.count * 3 < perKind {
            let ring = simulator.makeRing()
            groups.append(ring.indices.map { batch.count + $0 })
            batch += ring.map(\.dossier)
        }
        let runner = BatchRunner(configuration: configuration, brief: nil, gate: PipelineGate(), now: now)
        let entries = batch.enumerated().map { index, dossier in
            runner.run(BatchRecord(file: "benchmark", line: index + 1, dossier: dossier, diagnostics: []), index: index)
        }
        let finding = BatchResult(entries: entries, configuration: configuration).sharedCommenters
        let levels = Dictionary(
            finding.findings.map { ($0.member.index, $0.level) }, uniquingKeysWith: { first, _ in first })
        let target = PlantedFraud.commenterRing.targetSignal
        for entry in entries {
            guard let report = entry.report else { continue }
            let level = levels[entry.index] ?? (finding.isKnown ? .ok : .unknown)
            if entry.index < cleanCount {
                clean[target, default: Tally()].record(report, level: level)
            } else {
                planted[.commenterRing, default: Tally()].record(report, level: level)
            }
        }
        ringsPlanted = groups.count
        let found = finding.rings.map { Set($0.members.map { finding.findings[$0].member.index }) }
        ringsFoundWhole = groups.filter { group in found.contains { Set(group).isSubset(of: $0) } }.count
    }
}
