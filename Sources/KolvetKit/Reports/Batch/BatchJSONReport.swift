/// `--format json`: format `kolvet.batch/1` — the creators in input order, the ranking, the counts and the
/// portfolio, in one deterministic object (sorted keys, two-space indent).
///
/// Each creator's object is a section, written as the creator is vetted and spooled like the HTML sections, so that
/// a run keeps of each creator only what the ranking reads: `creators` sorts first among the keys, so the document
/// is its opening (`{"creators": [`), the creators in input order separated by commas, and the rest of the object.
public struct BatchJSONReport: BatchRenderer {
    public static let formatIdentifier = "kolvet.batch/1"
    public let identifier = "json"
    public let summary = "kolvet.batch/1: every creator, the ranking, the counts and the portfolio"

    public init() {}

    public var hasSections: Bool { true }
    public var sectionsFollowInputOrder: Bool { true }
    public var sectionSeparator: String { "," }

    public func footer(_ batch: BatchResult) -> String { assembled(batch) }

    /// One creator at its place in the document: a line break and four spaces, then the object at depth 2.
    public func section(_ entry: BatchEntry) -> String {
        "\n    " + JSONWriter(isPretty: true).write(entry.jsonValue, indent: 2)
    }

    public func opening(_ batch: BatchResult) -> String {
        batch.entries.isEmpty ? Self.emptyCreators : Self.openCreators
    }

    public func closing(_ batch: BatchResult) -> String {
        // The whole object with `creators` empty, less its opening: what follows the creators' array.
        let rest = JSONWriter(isPretty: true).write(value(batch)) + "\n"
        let tail = rest.dropFirst(Self.emptyCreators.count)
        return (batch.entries.isEmpty ? "" : "\n  ]") + tail
    }

    private static let openCreators = "{\n  \"creators\": ["
    private static let emptyCreators = "{\n  \"creators\": []"

    /// The document with an empty `creators`.
    private func value(_ batch: BatchResult) -> JSONValue {
        let counts = batch.tally
        return .object([
            "format": .string(Self.formatIdentifier),
            "creators": .array([]),
            "ranking": .array(batch.rankedPositions.map { .integer(batch.entries[$0].index) }),
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
    }
}
