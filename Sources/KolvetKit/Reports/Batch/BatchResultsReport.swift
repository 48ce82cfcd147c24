import Foundation

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

    /// The largest magnitude a number of a result record may have: 10¹³, ten times kolvet's largest count
    /// (`CountParser.maximum`); dates are seconds, about 10⁹. A record beyond it was not written by kolvet.
    public static let largestNumber = 1e13

    /// Reads one line of the format. The line is first read by kolvet's own parser, with its limits on nesting and
    /// string length, and every number must be finite and within `largestNumber`: a damaged or crafted file is an
    /// error, never a crash further on.
    public static func decode(_ bytes: ArraySlice<UInt8>) throws -> Record {
        let parsed = try Limits().jsonParser.parse(Array(bytes))
        if let path = firstNumberOutOfRange(in: parsed, path: "") {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "at \(path): a number kolvet does not write"))
        }
        // Non-finite numbers are written as strings so that writing never stops, but read as errors: kolvet's
        // reports hold none, and a ranking or a sum must never meet one.
        let record = try JSONDecoder().decode(Record.self, from: Data(bytes))
        guard record.format == formatIdentifier else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "format is \"\(record.format)\", not \(formatIdentifier)"))
        }
        return record
    }

    private static func firstNumberOutOfRange(in value: JSONValue, path: String) -> String? {
        switch value {
        case .number(let text):
            guard let number = Double(text), number.isFinite, number.magnitude <= largestNumber else {
                return path.isEmpty ? "the top level" : path
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = firstNumberOutOfRange(in: element, path: "\(path)[\(index)]") { return found }
            }
        case .object(let object):
            for member in object.members {
                let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
                if let found = firstNumberOutOfRange(in: member.value, path: memberPath) { return found }
            }
        default:
            break
        }
        return nil
    }
}
