/// Turns one input file of `kolvet batch` into creator records, by the file's kind.
public struct BatchReader: Sendable {
    /// The kinds of input file, chosen by extension.
    public enum Kind: String, Sendable, CaseIterable {
        /// `.json`: one dossier, or an array of dossiers.
        case dossier
        /// `.jsonl`, `.ndjson`: one dossier per line.
        case jsonLines
        /// `.csv`: an MCN shortlist.
        case shortlist

        /// The kind of a file name, or nil when kolvet does not read it.
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
                self = .jsonLines
            } else if lower.hasSuffix(".json") {
                self = .dossier
            } else if lower.hasSuffix(".csv") {
                self = .shortlist
            } else {
                return nil
            }
        }
    }

    public var decoder: DossierDecoder
    public var shortlist: ShortlistImporter

    public init(decoder: DossierDecoder, shortlist: ShortlistImporter) {
        self.decoder = decoder
        self.shortlist = shortlist
    }

    /// The records of a `.json` file: one dossier, or each element of an array (JSON Lines and shortlists are read
    /// by `BatchPipeline` and `ShortlistImporter`).
    public func dossierSheet(_ bytes: [UInt8], file: String) -> RecordSheet {
        RecordSheet(dossierRecords(bytes, file: file))
    }

    private func dossierRecords(_ bytes: [UInt8], file: String) -> [BatchRecord] {
        let value: JSONValue
        do {
            value = try decoder.limits.jsonParser.parse(bytes)
        } catch {
            let diagnostic = Diagnostic(
                .error, file: file, at: .position(line: error.line, column: error.column), error.message)
            return [BatchRecord(file: file, dossier: nil, diagnostics: [diagnostic])]
        }
        if case .array(let elements) = value {
            guard !elements.isEmpty else {
                let message = "the file holds an empty array: no creator to vet"
                return [
                    BatchRecord(
                        file: file, dossier: nil, diagnostics: [Diagnostic(.error, file: file, at: .file, message)])
                ]
            }
            let limit = decoder.limits.maximumRecordsPerFile
            var records = elements.prefix(limit).enumerated().map { index, element in
                let decoding = decoder.decode(element, file: file)
                let diagnostics = decoding.diagnostics.map { $0.prefixingPath("[\(index)]") }
                return BatchRecord(file: "\(file)[\(index)]", dossier: decoding.dossier, diagnostics: diagnostics)
            }
            if let tooMany = tooMany(elements.count, file: file) { records.append(tooMany) }
            return records
        }
        let decoding = decoder.decode(value, file: file)
        return [BatchRecord(file: file, dossier: decoding.dossier, diagnostics: decoding.diagnostics)]
    }

    /// An error record when a file holds more records than `limits.maximum_records_per_file`.
    private func tooMany(_ count: Int, file: String) -> BatchRecord? {
        let limit = decoder.limits.maximumRecordsPerFile
        guard count > limit else { return nil }
        let message = "more than \(limit) records (limits.maximum_records_per_file); the rest of the file is not read"
        return BatchRecord(file: file, dossier: nil, diagnostics: [Diagnostic(.error, file: file, at: .file, message)])
    }

    /// The record of one JSON Lines line (`line` counted from 1); nil for a blank line.
    public func lineRecord(_ bytes: ArraySlice<UInt8>, file: String, line: Int) -> BatchRecord? {
        guard !isBlank(bytes, line: line) else { return nil }
        let slice = Self.content(bytes, line: line)
        let decoding = decoder.decode(slice, file: file)
        return BatchRecord(
            file: file, line: line, dossier: decoding.dossier, diagnostics: decoding.diagnostics.map { $0.onLine(line) }
        )
    }

    /// Whether a JSON Lines line holds nothing but spaces and tabs (after a first line's byte-order mark and a
    /// trailing carriage return): such a line is no record.
    public func isBlank(_ bytes: ArraySlice<UInt8>, line: Int) -> Bool {
        !Self.content(bytes, line: line).contains { $0 != 0x20 && $0 != 0x09 }
    }

    /// A line without a first line's byte-order mark and without a trailing carriage return.
    private static func content(_ bytes: ArraySlice<UInt8>, line: Int) -> ArraySlice<UInt8> {
        var slice = bytes
        if line == 1 && slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        if slice.last == 0x0D { slice = slice.dropLast() }
        return slice
    }

    /// The error record that ends a JSON Lines file once it passes `limits.maximum_records_per_file`.
    public func tooManyLines(file: String) -> BatchRecord {
        tooMany(decoder.limits.maximumRecordsPerFile + 1, file: file)
            ?? BatchRecord(file: file, dossier: nil, diagnostics: [])
    }

    /// The error record of a JSON Lines line longer than `limits.maximum_file_bytes`, whose bytes were skipped.
    public func oversizedLine(file: String, line: Int, bytes: Int) -> BatchRecord {
        BatchRecord(
            file: file, line: line, dossier: nil,
            diagnostics: [
                Diagnostic(
                    .error, file: file, at: .line(line),
                    "the line is \(bytes) bytes, above the limit of \(decoder.limits.maximumFileBytes) "
                        + "(limits.maximum_file_bytes); skipped, the lines after it are read")
            ])
    }

    /// The error record of a JSON Lines file without any record.
    public func emptyLines(file: String) -> BatchRecord {
        BatchRecord(
            file: file, dossier: nil,
            diagnostics: [Diagnostic(.error, file: file, at: .file, "the file has no records")])
    }
}

extension Diagnostic {
    /// The diagnostic with `prefix` before its JSON path (`[3]` + `notes[0]` → `[3].notes[0]`).
    func prefixingPath(_ prefix: String) -> Diagnostic {
        var moved = self
        if case .path(let path) = location { moved.location = .path(path.isEmpty ? prefix : "\(prefix).\(path)") }
        return moved
    }
}
