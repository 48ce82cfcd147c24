/// `--format jsonl`: one `kolvet.report/1` object per creator, in input order, each written as it finishes;
/// a creator that could not be read is an object with `errors` and null `score` and `verdict`.
public struct BatchJSONLinesReport: BatchRenderer {
    public let identifier = "jsonl"
    public let summary = "one kolvet.report/1 object per line, in input order, streamed"

    public init() {}

    public func streamed(_ entry: BatchEntry) -> String? {
        JSONWriter().write(entry.jsonValue) + "\n"
    }

    public func footer(_ batch: BatchResult) -> String { "" }

    public var isStreaming: Bool { true }
}
