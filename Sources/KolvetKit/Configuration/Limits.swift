/// Bounds on what kolvet reads, so that a hostile or broken file gets a clear error instead of exhausting
/// memory or time (docs/limits.md). Every bound is configurable under `limits`.
public struct Limits: Codable, Equatable, Sendable {
    /// The largest input file read whole (dossier, shortlist, brief, configuration): 256 MiB.
    public var maximumFileBytes = 268_435_456
    /// The most records one input file may hold (JSON Lines lines, shortlist rows, array elements).
    public var maximumRecordsPerFile = 5_000_000
    /// The longest JSON string or CSV cell, in UTF-8 bytes: 1 MiB (a note title or comment is a few hundred).
    public var maximumStringBytes = 1_048_576
    /// The deepest nesting of JSON arrays and objects (a dossier needs 4).
    public var maximumNesting = 64

    public init() {}

    enum CodingKeys: String, CodingKey {
        case maximumFileBytes = "maximum_file_bytes"
        case maximumRecordsPerFile = "maximum_records_per_file"
        case maximumStringBytes = "maximum_string_bytes"
        case maximumNesting = "maximum_nesting"
    }

    /// A JSON parser within these limits.
    public var jsonParser: JSONParser {
        JSONParser(maximumDepth: maximumNesting, maximumStringBytes: maximumStringBytes)
    }
}
