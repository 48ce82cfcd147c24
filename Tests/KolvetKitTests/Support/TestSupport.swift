import Foundation
import KolvetKit
import Testing

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func fixtureURL(_ relativePath: String) -> URL {
        packageRoot.appendingPathComponent("fixtures").appendingPathComponent(relativePath)
    }

    static func fixtureBytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtureURL(relativePath)))
    }

    /// The fixed "now" of the tests: 2026-11-27T00:00:00+08:00 (2026-01-01Z is 1,767,225,600 s; + 330 days).
    static let now = Date(timeIntervalSince1970: 1_795_737_600 - 8 * 3600)

    /// Decodes a fixture dossier, failing the test on any error.
    static func dossier(_ name: String) throws -> Dossier {
        let decoding = DossierDecoder(now: now).decode(try fixtureBytes("dossiers/\(name)"), file: name)
        return try #require(decoding.dossier, "\(decoding.diagnostics)")
    }

    /// The two dossier decoders the differential tests compare, at the tests' "now": the fast path on, and off.
    static func decoderPair() -> (fast: DossierDecoder, exact: DossierDecoder) {
        var fast = DossierDecoder(now: now)
        fast.usesFastPath = true
        var exact = DossierDecoder(now: now)
        exact.usesFastPath = false
        return (fast, exact)
    }

    /// Vets a fixture dossier with the default configuration.
    static func report(_ name: String, configuration: Configuration = Configuration()) throws -> VettingReport {
        try Scorer(configuration: configuration).vet(dossier(name), now: now)
    }

    /// Decodes inline JSON text as a dossier.
    static func decode(_ json: String, file: String = "inline.json") -> DossierDecoding {
        DossierDecoder(now: now).decode(Array(json.utf8), file: file)
    }
}

/// Whether two numbers agree within an absolute tolerance.
func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    guard let actual else { return false }
    return (actual - expected).magnitude <= tolerance
}
