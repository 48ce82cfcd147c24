/// One creator read from a batch input: a dossier file, a line of a JSON Lines file, or a shortlist row.
public struct BatchRecord: Sendable, Codable {
    /// The file it came from, as the user named it.
    public var file: String
    /// The line it starts on, for line-oriented files.
    public var line: Int?
    /// The dossier, when it could be read.
    public var dossier: Dossier?
    /// Errors and warnings found reading it.
    public var diagnostics: [Diagnostic]
    /// The MCN a record names even when it could not be read (a shortlist row with a bad cell), so that the
    /// portfolio counts its error under that MCN.
    public var mcn: String?
    /// The identifiers a join may match this record by (a shortlist row's 小红书号 or user id, and the id in its
    /// profile URL); see `ShortlistJoin`.
    public var joinKeys: [String] = []

    public init(file: String, line: Int? = nil, dossier: Dossier?, diagnostics: [Diagnostic], mcn: String? = nil) {
        self.file = file
        self.line = line
        self.dossier = dossier
        self.diagnostics = diagnostics
        self.mcn = mcn
    }

    /// `file` or `file:line`.
    public var source: String { line.map { "\(file):\($0)" } ?? file }
}

/// The records of one input file, made on demand a block at a time — a shortlist's rows become records only when
/// their block is vetted, so that a run over a long sheet never holds a record for every row at once.
public struct RecordSheet {
    /// How many records the sheet gives.
    public var count: Int
    /// Diagnostics about the file as a whole.
    public var diagnostics: [Diagnostic]
    private var make: (Range<Int>) -> [BatchRecord]

    init(count: Int, diagnostics: [Diagnostic], make: @escaping (Range<Int>) -> [BatchRecord]) {
        self.count = count
        self.diagnostics = diagnostics
        self.make = make
    }

    init(_ records: [BatchRecord], diagnostics: [Diagnostic] = []) {
        self.init(count: records.count, diagnostics: diagnostics) { Array(records[$0]) }
    }

    /// The records of rows `range` (positions from 0).
    public func records(_ range: Range<Int>) -> [BatchRecord] { make(range) }
}
