import Foundation
import KolvetKit
import Testing

@Suite("Ranking order")
struct RankingTests {
    /// A vetted entry whose verdict, score and coverage are then set by hand.
    static func entry(_ index: Int, _ verdict: Verdict?, score: Double?, coverage: Double) throws -> BatchEntry {
        let dossier = try #require(TestSupport.decode(#"{"creator": {"id": "c\#(index)", "followers": 5000}}"#).dossier)
        let runner = BatchRunner(
            configuration: Configuration(), brief: nil, gate: PipelineGate(), now: TestSupport.now)
        let record = BatchRecord(file: "x.jsonl", line: index + 1, dossier: dossier, diagnostics: [])
        var entry = runner.run(record, index: index)
        entry.report?.score = score
        entry.report?.coverage = coverage
        if let verdict { entry.report?.verdict = verdict } else { entry.report = nil }
        return entry
    }

    @Test("pass before review before reject, then score, then coverage; unscored and unreadable last")
    func order() throws {
        let entries = [
            try Self.entry(0, .pass, score: 90, coverage: 0.6),
            try Self.entry(1, .review, score: 100, coverage: 0.1),  // a perfect score on almost no data
            try Self.entry(2, .reject, score: 95, coverage: 0.9),
            try Self.entry(3, .pass, score: 90, coverage: 0.8),  // as 0 but on more data
            try Self.entry(4, .review, score: nil, coverage: 0),  // nothing measurable
            try Self.entry(5, nil, score: nil, coverage: 0),  // unreadable
            try Self.entry(6, .pass, score: 97, coverage: 0.5),
        ]
        let batch = BatchResult(entries: entries, configuration: Configuration())
        #expect(batch.ranked.map(\.index) == [6, 3, 0, 1, 2, 4, 5])
    }
}
