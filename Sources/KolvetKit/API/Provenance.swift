public import Foundation

/// What produced a report, so that two reports can be compared later: kolvet's version, the moment of the run, and
/// digests of the configuration and brief in force (docs/report-format.md, `provenance`).
public struct Provenance: Sendable, Equatable, Codable {
    /// This build's version.
    public static let kolvetVersion = "0.1.0"

    /// The moment of the run as `--now` gave it; nil without `--now`, so that machine output never carries the
    /// wall clock and identical input gives identical bytes (docs/scale-out.md).
    public var generatedAt: Date?
    /// SHA-256 of the configuration in force, as `kolvet config` would print it with sorted keys: equal exactly
    /// when every setting is.
    public var configurationDigest: String
    /// SHA-256 of the brief file's bytes, when a brief was given.
    public var briefDigest: String?

    public init(generatedAt: Date?, configuration: Configuration, briefBytes: [UInt8]?) {
        self.generatedAt = generatedAt
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let canonical = (try? encoder.encode(configuration)).map { [UInt8]($0) } ?? []
        configurationDigest = SHA256.hex(canonical)
        briefDigest = briefBytes.map(SHA256.hex)
    }
}
