public import Foundation

/// What a batch report's page says it is: the brand of the brief, the day of the run, kolvet's version, the inputs.
public struct BatchHeader: Sendable, Equatable {
    /// The brief's brand, when the reports carry a brief that names one.
    public var brand: String?
    /// The brief's campaign, when it names one.
    public var campaign: String?
    /// The moment of the run as `--now` gave it (nil without `--now`: a page then shows the day it was rendered).
    public var generatedAt: Date?
    /// The input files, in input order, each once (at most `maximumInputs` kept) and how many there were.
    public var inputs: [String] = []
    public var inputCount = 0
    public static let maximumInputs = 20

    public init() {}

    /// Notes what `entry` says of the run.
    mutating func add(_ entry: BatchEntry) {
        if brand == nil, let named = entry.report?.brief?.brand { brand = named }
        if campaign == nil, let named = entry.report?.brief?.campaign { campaign = named }
        if generatedAt == nil, let date = entry.report?.provenance?.generatedAt { generatedAt = date }
        if inputs.last != entry.record.file && !inputs.contains(entry.record.file) {
            inputCount += 1
            if inputs.count < Self.maximumInputs { inputs.append(entry.record.file) }
        }
    }
}
