/// `--format json`: format `kolvet.batch/1` — the creators in input order, the ranking, the counts and the
/// portfolio, in one deterministic object.
public struct BatchJSONReport: BatchRenderer {
    public static let formatIdentifier = "kolvet.batch/1"
    public let identifier = "json"
    public let summary = "kolvet.batch/1: every creator, the ranking, the counts and the portfolio"

    public init() {}

    public func footer(_ batch: BatchResult) -> String {
        let counts = batch.tally
        let value: JSONValue = .object([
            "format": .string(Self.formatIdentifier),
            "creators": .array(batch.entries.map(\.jsonValue)),
            "ranking": .array(batch.ranked.map { .integer($0.index) }),
            "summary": .object([
                "creators": .integer(batch.entries.count), "pass": .integer(counts.pass),
                "review": .integer(counts.review),
                "reject": .integer(counts.reject), "error": .integer(counts.error),
                "below_bar": .integer(batch.entries.filter { $0.status == .belowBar }.count),
                "exit_status": .integer(Int(batch.status.rawValue)),
            ]),
            "portfolio": batch.portfolio.jsonValue,
            "shared_commenters": batch.sharedCommenters.jsonValue,
            "file_warnings": .array(batch.fileDiagnostics.map { .string($0.description) }),
        ])
        return JSONWriter(isPretty: true).write(value) + "\n"
    }
}
