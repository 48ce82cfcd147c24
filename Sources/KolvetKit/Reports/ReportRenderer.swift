/// How a report is drawn for its medium.
public struct RenderOptions: Sendable, Equatable {
    /// Whether ANSI colours may be used (the CLI decides: a terminal, and NO_COLOR unset).
    public var useColor: Bool
    /// The language of the words (`--lang`); JSON ignores it.
    public var language: ReportLanguage

    public init(useColor: Bool = false, language: ReportLanguage = .en) {
        self.useColor = useColor
        self.language = language
    }
}

/// One output format of `kolvet vet`: a pure function from a report to text.
public protocol ReportRenderer: Sendable {
    /// The name given to `--format`.
    var identifier: String { get }
    /// One line for `--help`.
    var summary: String { get }
    /// The report as text in this format, ending with a newline.
    func render(_ report: VettingReport, options: RenderOptions) -> String
}

/// The formats of `kolvet vet`, in `--help` order; the first is the default.
public enum ReportFormats {
    public static let all: [any ReportRenderer] = [TextReport(), JSONReport()]

    /// The renderer named `identifier`.
    public static func renderer(named identifier: String) -> (any ReportRenderer)? {
        all.first { $0.identifier == identifier }
    }
}
