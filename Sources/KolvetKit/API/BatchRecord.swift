/// One creator read from a batch input: a dossier file, a line of a JSON Lines file, or a shortlist row.
public struct BatchRecord: Sendable {
    /// The file it came from, as the user named it.
    public var file: String
    /// The line it starts on, for line-oriented files.
    public var line: Int?
    /// The dossier, when it could be read.
    public var dossier: Dossier?
    /// Errors and warnings found reading it.
    public var diagnostics: [Diagnostic]

    public init(file: String, line: Int? = nil, dossier: Dossier?, diagnostics: [Diagnostic]) {
        self.file = file
        self.line = line
        self.dossier = dossier
        self.diagnostics = diagnostics
    }

    /// `file` or `file:line`.
    public var source: String { line.map { "\(file):\($0)" } ?? file }
}
