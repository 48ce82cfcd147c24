import KolvetKit
import KolvetSimulation
import Testing

@Suite("Planted-fraud benchmark")
struct PlantedBenchmarkTests {
    @Test("the simulator is deterministic for a seed")
    func deterministic() {
        var first = CreatorSimulator(seed: 42)
        var second = CreatorSimulator(seed: 42)
        #expect(first.make(planting: .botComments).dossier == second.make(planting: .botComments).dossier)
        #expect(first.make().dossier == second.make().dossier)
    }

    @Test("every planted kind is flagged by its signal in at least 80 % of creators; clean false alarms stay rare")
    func detection() {
        // A small run of the benchmark in docs/benchmarks.md (which runs 300 clean and 100 per kind).
        let benchmark = PlantedBenchmark(seed: 7, cleanCount: 60, perKind: 20)
        for kind in PlantedFraud.allCases {
            let tally = benchmark.planted[kind] ?? PlantedBenchmark.Tally()
            // Rings come in threes: ⌈20 ÷ 3⌉ = 7 rings, 21 creators.
            #expect(tally.creators == (kind == .commenterRing ? 21 : 20))
            #expect(Double(tally.flagged) >= 0.8 * Double(tally.creators), "\(kind.rawValue): \(tally)")
            let falseAlarms = benchmark.clean[kind.targetSignal] ?? PlantedBenchmark.Tally()
            #expect(
                Double(falseAlarms.failed) <= 0.05 * Double(falseAlarms.creators),
                "\(kind.targetSignal): \(falseAlarms)")
        }
        #expect(Double(benchmark.cleanVerdicts.rejected) <= 0.05 * Double(benchmark.cleanVerdicts.creators))
        #expect(benchmark.ringsPlanted == 7)
        #expect(benchmark.ringsFoundWhole >= 5)
    }
}
