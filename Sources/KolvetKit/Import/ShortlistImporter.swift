import Foundation

/// Reads an MCN's shortlist spreadsheet (CSV; UTF-8, UTF-8 with BOM or GB18030, detected) into one dossier per
/// row, with aggregate data only: followers, 获赞与收藏, average likes, collects and comments of recent notes,
/// quotes, female share, age bands, active-fan share, MCN. docs/shortlist-format.md lists the columns.
public struct ShortlistImporter: Sendable {
    public var settings: ShortlistSettings
    /// Bounds on rows and cell length.
    public var limits: Limits

    public init(settings: ShortlistSettings = ShortlistSettings(), limits: Limits = Limits()) {
        self.settings = settings
        self.limits = limits
    }

    /// The records of a shortlist file, and diagnostics about the file as a whole (unknown columns).
    ///
    /// A file that cannot be decoded or parsed gives a single record holding the error, so that it still
    /// appears in the output. A row that cannot be read gives a record holding its errors.
    public func records(_ bytes: [UInt8], file: String) -> (records: [BatchRecord], diagnostics: [Diagnostic]) {
        let sheet = self.sheet(bytes, file: file)
        return (sheet.records(0..<sheet.count), sheet.diagnostics)
    }

    /// The shortlist read: its rows, to become records block by block (see `records(_:file:)` for the rules).
    public func sheet(_ bytes: [UInt8], file: String) -> RecordSheet {
        guard let (text, _) = TextDecoder.decode(bytes) else {
            let error = Diagnostic(.error, file: file, at: .file, "the file is neither UTF-8 nor GB18030 text")
            return RecordSheet([BatchRecord(file: file, dossier: nil, diagnostics: [error])])
        }
        let table: CSVTable
        do {
            table = try CSVReader.parse(text)
        } catch {
            let diagnostic = Diagnostic(.error, file: file, at: .line(error.line), error.message)
            return RecordSheet([BatchRecord(file: file, line: error.line, dossier: nil, diagnostics: [diagnostic])])
        }
        var fileDiagnostics: [Diagnostic] = []
        var columns: [Int: (field: ShortlistField, isPercent: Bool)] = [:]
        for (index, header) in table.header.enumerated() {
            let name = ShortlistField.normalize(header)
            let isPercent = header.contains("%") || header.contains("％")
            if let field = field(named: name) {
                if columns.values.contains(where: { $0.field == field }) {
                    fileDiagnostics.append(
                        Diagnostic(
                            .warning, file: file, at: .line(1),
                            "column \"\(header)\" repeats \(field.rawValue); ignored"))
                } else {
                    columns[index] = (field, isPercent)
                }
            } else if !name.isEmpty {
                fileDiagnostics.append(
                    Diagnostic(.warning, file: file, at: .line(1), "unknown column \"\(header)\", ignored"))
            }
        }
        if !columns.values.contains(where: { $0.field == .followers }) {
            fileDiagnostics.append(
                Diagnostic(.error, file: file, at: .line(1), "no followers column (粉丝数); see docs/shortlist-format.md"))
        }
        if table.rows.count > limits.maximumRecordsPerFile {
            let message =
                "\(table.rows.count) rows, more than \(limits.maximumRecordsPerFile) (limits.maximum_records_per_file)"
            return RecordSheet([
                BatchRecord(file: file, dossier: nil, diagnostics: [Diagnostic(.error, file: file, at: .file, message)])
            ])
        }
        if table.rows.isEmpty {
            let diagnostic = Diagnostic(.error, file: file, at: .line(1), "the shortlist has a header but no rows")
            return RecordSheet(
                [BatchRecord(file: file, line: 1, dossier: nil, diagnostics: [diagnostic])],
                diagnostics: fileDiagnostics)
        }
        let columnMap = columns
        return RecordSheet(count: table.rows.count, diagnostics: fileDiagnostics) { range in
            table.rows[range].map { row in record(row, header: table.header, columns: columnMap, file: file) }
        }
    }

    private func field(named name: String) -> ShortlistField? {
        ShortlistField.allCases.first { field in
            (field.aliases + (settings.extraAliases[field.rawValue] ?? [])).contains {
                ShortlistField.normalize($0) == name
            }
        }
    }

    private func record(
        _ row: CSVTable.Row,
        header: [String],
        columns: [Int: (field: ShortlistField, isPercent: Bool)],
        file: String
    ) -> BatchRecord {
        var diagnostics: [Diagnostic] = []
        func error(_ message: String) {
            diagnostics.append(Diagnostic(.error, file: file, at: .line(row.line), message))
        }
        if row.fields.count != header.count {
            error("the row has \(row.fields.count) fields, the header \(header.count)")
            return BatchRecord(file: file, line: row.line, dossier: nil, diagnostics: diagnostics)
        }
        if let long = row.fields.firstIndex(where: { $0.utf8.count > limits.maximumStringBytes }) {
            error(
                "\(header[long]): a cell of \(row.fields[long].utf8.count) bytes is longer than the limit of "
                    + "\(limits.maximumStringBytes) (limits.maximum_string_bytes)")
            return BatchRecord(file: file, line: row.line, dossier: nil, diagnostics: diagnostics)
        }
        var values: [ShortlistField: (text: String, header: String, isPercent: Bool)] = [:]
        for (index, column) in columns {
            let text = row.fields[index].trimmingWhitespace()
            if !text.isEmpty && text != "-" && text != "/" {
                values[column.field] = (text, header[index], column.isPercent)
            }
        }
        func parse<T>(_ field: ShortlistField, _ parser: (String, Bool) throws(FieldError) -> T) -> T? {
            guard let value = values[field] else { return nil }
            do {
                return try parser(value.text, value.isPercent)
            } catch let failure {
                error("\(value.header): \(failure.message)")
                return nil
            }
        }
        let count = { (text: String, _: Bool) throws(FieldError) -> Count in try CountParser.parse(text: text) }
        let amount = { (text: String, _: Bool) throws(FieldError) -> Double in try AmountParser.parse(text: text) }
        let share = { (text: String, isPercent: Bool) throws(FieldError) -> Double in
            if isPercent, !text.hasSuffix("%"), Double(text) != nil {
                return try ShareParser.parse(.string(text + "%"))
            }
            return try ShareParser.parse(.string(text))
        }
        let followers = parse(.followers, count)
        let nickname = values[.nickname]?.text
        let profileID = values[.profileURL].flatMap { Self.userID(inProfileURL: $0.text) }
        if let url = values[.profileURL], profileID == nil {
            diagnostics.append(
                Diagnostic(
                    .warning, file: file, at: .line(row.line),
                    "\(url.header): no user id in \"\(url.text)\" (expected …xiaohongshu.com/user/profile/<id>)"))
        }
        let id = values[.id]?.text ?? profileID ?? nickname
        if values[.followers] == nil { error("no follower count") }
        if id == nil { error("neither an id (小红书号) nor a nickname (昵称)") }
        var creator = Creator(id: id ?? "", followers: followers ?? Count(0))
        creator.nickname = nickname
        creator.likesAndCollects = parse(.likesAndCollects, count)
        creator.following = parse(.following, count)
        creator.notesCount = parse(.notesCount, count)
        creator.mcn = values[.mcn]?.text
        creator.vertical = values[.vertical]?.text.lowercased()
        creator.location = values[.location]?.text
        let image = parse(.imageQuote, amount)
        let video = parse(.videoQuote, amount)
        if image != nil || video != nil { creator.quote = Quote(imageNote: image, videoNote: video) }
        var dossier = Dossier(creator: creator)
        let averages = NoteAverages(
            likes: parse(.averageLikes, amount), collects: parse(.averageCollects, amount),
            comments: parse(.averageComments, amount), shares: parse(.averageShares, amount))
        if averages != NoteAverages() { dossier.recentAverages = averages }
        var audience = Audience()
        if let female = parse(.femaleShare, share) {
            audience.gender = Distribution([
                .init(name: "female", share: female), .init(name: "male", share: 1 - female),
            ])
        }
        let bands: [(ShortlistField, String)] = [
            (.ageUnder18, "<18"), (.age18To24, "18-24"), (.age25To34, "25-34"), (.age35To44, "35-44"),
            (.ageOver44, ">44"),
        ]
        let ages = bands.compactMap { field, name in
            parse(field, share).map { Distribution.Entry(name: name, share: $0) }
        }
        if !ages.isEmpty { audience.age = Distribution(ages) }
        audience.activeFansShare = parse(.activeFansShare, share)
        if audience != Audience() { dossier.audience = audience }
        if values[.id] == nil, profileID == nil, nickname != nil, columns.values.contains(where: { $0.field == .id }) {
            diagnostics.append(
                Diagnostic(.warning, file: file, at: .line(row.line), "no id (小红书号); the nickname stands in"))
        }
        let hasError = diagnostics.containsError
        var record = BatchRecord(
            file: file, line: row.line, dossier: hasError ? nil : dossier, diagnostics: diagnostics, mcn: creator.mcn)
        record.joinKeys = [values[.id]?.text, profileID].compactMap { $0 }
        return record
    }

    /// The user id in a profile link: the path segment after `/user/profile/`, up to `/`, `?` or `#`
    /// (`https://www.xiaohongshu.com/user/profile/5f1a…?xsec_token=…` → `5f1a…`).
    public static func userID(inProfileURL text: String) -> String? {
        guard let marker = text.range(of: "/user/profile/") else { return nil }
        let id = text[marker.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return id.isEmpty ? nil : String(id)
    }
}
