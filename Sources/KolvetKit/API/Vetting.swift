public import Foundation

/// The outcome of vetting one input file: a report, or the errors that kept it from being scored.
public struct VettingOutcome: Sendable {
    /// The report, when the dossier could be read.
    public var report: VettingReport?
    /// Every diagnostic, errors and warnings, in the order found.
    public var diagnostics: [Diagnostic]
}

/// The library's entry point: reads a dossier file's bytes and vets the creator.
public struct Vetter: Sendable {
    /// The configuration in force.
    public var configuration: Configuration
    /// The brand's brief, if any.
    public var brief: Brief?
    /// The moment of the run (future-date checks, recency); passed in so that output is reproducible.
    public var now: Date

    public init(configuration: Configuration = Configuration(), brief: Brief? = nil, now: Date) {
        self.configuration = configuration
        self.brief = brief
        self.now = now
    }

    /// Reads and vets one dossier.
    public func vet(_ bytes: [UInt8], file: String) -> VettingOutcome {
        let decoding = DossierDecoder(now: now, limits: configuration.limits).decode(bytes, file: file)
        guard let dossier = decoding.dossier else {
            return VettingOutcome(report: nil, diagnostics: decoding.diagnostics)
        }
        let report = Scorer(configuration: configuration)
            .vet(dossier, brief: brief, warnings: decoding.diagnostics, now: now)
        return VettingOutcome(report: report, diagnostics: decoding.diagnostics)
    }
}
