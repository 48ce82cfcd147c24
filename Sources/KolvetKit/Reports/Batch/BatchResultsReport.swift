public import Foundation

/// `--format results`: format `kolvet.result/1`, one line per input in input order, streamed — each creator's whole
/// batch entry (its record's source and diagnostics, profile and follower history, the full report, its
/// commenters for the ring finding), losslessly, so that `kolvet summarize` over the results of every shard gives
/// the report `kolvet batch` gives over the whole input, in every format (docs/scale-out.md).
public struct BatchResultsReport: BatchRenderer {
    public static let formatIdentifier = "kolvet.result/1"
    public let identifier = "results"
    public let summary = "kolvet.result/1 lines for 'kolvet summarize': each entry whole, streamed"

    /// One line of the format.
    public struct Record: Codable, Sendable {
        public var format: String
        public var entry: BatchEntry

        public init(entry: BatchEntry) {
            format = BatchResultsReport.formatIdentifier
            self.entry = entry
        }
    }

    public init() {}

    public func streamed(_ entry: BatchEntry) -> String? {
        guard let data = try? Self.encoder.encode(Record(entry: entry)) else {
            preconditionFailure("a batch entry always encodes (non-finite numbers are written as strings)")
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public func footer(_ batch: BatchResult) -> String { "" }

    public var isStreaming: Bool { true }

    /// Deterministic: sorted keys, dates as seconds since 2001-01-01 (exact), numbers that round-trip exactly,
    /// non-finite numbers as strings.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    /// Reads lines of the format on `workers` threads; each line's record or why it is not one, in order.
    public static func decode(_ lines: [ArraySlice<UInt8>], workers: Int) -> [Result<Record, any Error>] {
        parallelMap(lines.count, workers: workers) { index in Result { try decode(lines[index]) } }
    }

    /// Reads one line of the format.
    public static func decode(_ bytes: ArraySlice<UInt8>) throws -> Record {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        let record = try decoder.decode(Record.self, from: Data(bytes))
        guard record.format == formatIdentifier else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "format is \"\(record.format)\", not \(formatIdentifier)"))
        }
        return record
    }
}
