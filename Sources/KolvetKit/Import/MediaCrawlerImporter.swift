import Foundation

/// Turns MediaCrawler's Xiaohongshu exports into one dossier per creator (docs/mediacrawler.md).
///
/// Reads creators, contents (notes) and comments files as JSON arrays, JSON Lines or CSV (with or without a
/// BOM), old schema (`user_id`) and new (`creator_hash`); counts given as strings (`"1.2万"`) and millisecond
/// timestamps; rows repeated across files are kept once (the last one read); comments are attached to their
/// notes' creators. Every author of a note is a creator: a profile (a creators file, saved only until 2025-09)
/// adds the follower count, and without one the follower count is unknown — nobody is dropped. Search-mode
/// exports (notes of many authors) are grouped the same way.
public struct MediaCrawlerImporter: Sendable {
    /// What one file holds.
    public enum FileKind: String, Sendable {
        case creators, contents, comments
    }

    /// The result: dossiers sorted by creator id, and every diagnostic.
    public struct Result: Sendable {
        public var dossiers: [Dossier]
        public var diagnostics: [Diagnostic]
    }

    private typealias Row = (fields: JSONObject, file: String, location: Diagnostic.Location)

    public init() {}

    /// The kind of a file from its base name (`…_contents_…`, `…_comments_…`, `…_creators_…`); the folders
    /// around it do not count (an export kept in a folder called "comments" is still read file by file).
    public static func kind(ofFileNamed name: String) -> FileKind? {
        let lower = (name as NSString).lastPathComponent.lowercased()
        if lower.contains("comments") { return .comments }
        if lower.contains("contents") { return .contents }
        if lower.contains("creators") || lower.contains("creator_info") { return .creators }
        return nil
    }

    /// Imports files given as (name, bytes).
    public func importFiles(_ files: [(name: String, bytes: [UInt8])]) -> Result {
        var diagnostics: [Diagnostic] = []
        var creators: [String: Row] = [:]
        var notes: [String: Row] = [:]
        var comments: [String: Row] = [:]
        var anonymousComments: [Row] = []
        var ignored: [String] = []
        for file in files {
            let (rows, problems) = Self.rows(file.bytes, file: file.name)
            guard let kind = Self.kind(ofFileNamed: file.name) ?? rows.first.flatMap({ Self.kind(of: $0.fields) })
            else {
                // Not an export file: one line about it, not one per line it could not parse.
                ignored.append(file.name)
                continue
            }
            diagnostics += problems
            for row in rows {
                switch kind {
                case .creators:
                    if let id = Self.creatorID(row.fields) {
                        creators[id] = row
                    } else {
                        missing("user_id", row, &diagnostics)
                    }
                case .contents:
                    if let id = Self.text(row.fields["note_id"]) {
                        notes[id] = row
                    } else {
                        missing("note_id", row, &diagnostics)
                    }
                case .comments:
                    if let id = Self.text(row.fields["comment_id"]) {
                        comments[id] = row
                    } else {
                        anonymousComments.append(row)
                    }
                }
            }
        }
        if !files.isEmpty && ignored.count == files.count {
            let message =
                "not a MediaCrawler export: none of the \(files.count) files is a creators, contents or comments file "
                + "(by its name, …_contents_…, …_comments_…, …_creators_…, or by its keys note_id, comment_id, fans)"
            let place = files.count == 1 ? files[0].name : Self.commonFolder(of: files.map(\.name))
            return Result(dossiers: [], diagnostics: [Diagnostic(.error, file: place, at: .file, message)])
        }
        for name in ignored {
            diagnostics.append(
                Diagnostic(.warning, file: name, at: .file, "neither creators, contents nor comments; ignored"))
        }
        var dossiers: [String: Dossier] = [:]
        for (id, row) in creators {
            var reader = FieldReader(file: row.file)
            let followers = reader.count(row.fields, "fans", at: "")
            if followers == nil {
                // The reader says why a fans value that is present cannot be used (negative, not a count …).
                let reason = row.fields["fans"] == nil ? "has no fans count" : "has no usable fans count"
                diagnostics.append(
                    Diagnostic(
                        .warning, file: row.file, at: row.location,
                        "creator \(id) \(reason); follower-based signals are unknown"))
            }
            var creator = Creator(id: id, followers: followers)
            creator.nickname = Self.text(row.fields["nickname"])
            creator.following = reader.count(row.fields, "follows", at: "")
            creator.likesAndCollects = reader.count(row.fields, "interaction", at: "")
            creator.location = Self.text(row.fields["ip_location"])
            diagnostics += reader.diagnostics.map { $0.placed(at: row.location) }
            dossiers[id] = Dossier(creator: creator)
        }
        var creatorOfNote: [String: String] = [:]
        var authorlessNotes: [String: Int] = [:]
        var withoutProfile: Set<String> = []
        for (id, row) in notes.sorted(by: { $0.key < $1.key }) {
            guard let owner = Self.creatorID(row.fields) else {
                authorlessNotes[row.file, default: 0] += 1
                continue
            }
            if dossiers[owner] == nil {
                // No profile: the creator is known from its notes alone (the 2026 schema saves no profile).
                var creator = Creator(id: owner, followers: nil)
                creator.nickname = Self.text(row.fields["nickname"])
                dossiers[owner] = Dossier(creator: creator)
                withoutProfile.insert(owner)
            } else if dossiers[owner]?.creator.nickname == nil {
                dossiers[owner]?.creator.nickname = Self.text(row.fields["nickname"])
            }
            var reader = FieldReader(file: row.file)
            var note = Note()
            note.id = id
            note.kind = Self.text(row.fields["type"]) == "video" ? .video : .image
            note.title = Self.text(row.fields["title"])
            note.text = Self.text(row.fields["desc"])
            let listed = Self.text(row.fields["tag_list"]).map(Topics.fromTagList) ?? []
            let inText = note.text.map(Topics.fromText) ?? []
            note.tags = listed + inText.filter { !listed.contains($0) }
            note.publishedAt = reader.date(row.fields, "time", at: "")
            note.likes = reader.count(row.fields, "liked_count", at: "")
            note.collects = reader.count(row.fields, "collected_count", at: "")
            note.comments = reader.count(row.fields, "comment_count", at: "")
            note.shares = reader.count(row.fields, "share_count", at: "")
            diagnostics += reader.diagnostics.map { $0.placed(at: row.location) }
            dossiers[owner]?.notes.append(note)
            creatorOfNote[id] = owner
        }
        diagnostics += Self.leftOut(authorlessNotes, "note", "without user_id or creator_hash")
        if !withoutProfile.isEmpty {
            let place = files.count == 1 ? files[0].name : Self.commonFolder(of: files.map(\.name))
            diagnostics.append(
                Diagnostic(
                    .warning, file: place, at: .file,
                    "\(ReportFormatting.counted(withoutProfile.count, "creator")) without a profile in the export "
                        + "(MediaCrawler saves none since 2026-07): follower counts unknown, follower-based signals "
                        + "will be unknown; join the MCN's shortlist with --shortlist"))
        }
        var orphanComments: [String: Int] = [:]
        for row in anonymousComments { orphanComments[row.file, default: 0] += 1 }
        for (id, row) in comments.sorted(by: { $0.key < $1.key }) {
            guard let noteID = Self.text(row.fields["note_id"]), let owner = creatorOfNote[noteID] else {
                orphanComments[row.file, default: 0] += 1
                continue
            }
            var reader = FieldReader(file: row.file)
            var comment = Comment()
            comment.id = id
            comment.noteID = noteID
            comment.text = Self.text(row.fields["content"])
            comment.createdAt = reader.date(row.fields, "create_time", at: "")
            comment.likes = reader.count(row.fields, "like_count", at: "")
            comment.userID = Self.creatorID(row.fields)
            comment.nickname = Self.text(row.fields["nickname"])
            comment.ipLocation = Self.text(row.fields["ip_location"])
            let parent = Self.text(row.fields["parent_comment_id"])
            comment.parentID = parent == "0" || parent == "" ? nil : parent
            diagnostics += reader.diagnostics.map { $0.placed(at: row.location) }
            dossiers[owner]?.comments.append(comment)
        }
        diagnostics += Self.leftOut(orphanComments, "comment", "without a note in the contents files")
        for id in dossiers.keys {
            dossiers[id]?.notes.sort { ($0.publishedAt ?? .distantPast) > ($1.publishedAt ?? .distantPast) }
            dossiers[id]?.comments.sort { ($0.createdAt ?? .distantPast) < ($1.createdAt ?? .distantPast) }
        }
        return Result(dossiers: dossiers.keys.sorted().compactMap { dossiers[$0] }, diagnostics: diagnostics)
    }

    /// One warning per file about the rows of it left out: "3 notes without user_id or creator_hash were not
    /// imported".
    static func leftOut(_ countByFile: [String: Int], _ noun: String, _ reason: String) -> [Diagnostic] {
        countByFile.sorted { $0.key < $1.key }.map { file, count in
            Diagnostic(
                .warning, file: file, at: .file,
                "\(ReportFormatting.counted(count, noun)) \(reason) " + (count == 1 ? "was" : "were") + " not imported")
        }
    }

    /// The folder the files share, for a diagnostic about all of them ("." when they share none).
    public static func commonFolder(of names: [String]) -> String {
        let folders = Set(names.map { ($0 as NSString).deletingLastPathComponent })
        return folders.count == 1 ? (folders.first.map { $0.isEmpty ? "." : $0 } ?? ".") : "."
    }

    private func missing(_ key: String, _ row: Row, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(Diagnostic(.warning, file: row.file, at: row.location, "no \(key); row skipped"))
    }

    /// `user_id` (old schema) or `creator_hash` (new).
    static func creatorID(_ fields: JSONObject) -> String? {
        text(fields["user_id"]) ?? text(fields["creator_hash"])
    }

    static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text): return text.isEmpty ? nil : text
        case .number(let text): return text
        default: return nil
        }
    }

    static func kind(of fields: JSONObject) -> FileKind? {
        if fields["comment_id"] != nil { return .comments }
        if fields["note_id"] != nil { return .contents }
        if fields["fans"] != nil { return .creators }
        return nil
    }

    /// The rows of a JSON array, JSON Lines or CSV file as objects, with their places.
    private static func rows(_ bytes: [UInt8], file: String) -> ([Row], [Diagnostic]) {
        guard let (text, _) = TextDecoder.decode(bytes) else {
            return ([], [Diagnostic(.error, file: file, at: .file, "the file is neither UTF-8 nor GB18030 text")])
        }
        let trimmed = text.trimmingWhitespace()
        if file.lowercased().hasSuffix(".csv") {
            do {
                let table = try CSVReader.parse(text)
                return (
                    table.rows.map { row in
                        let members = zip(table.header, row.fields).map {
                            JSONObject.Member(key: $0, value: .string($1))
                        }
                        return (JSONObject(members), file, .line(row.line))
                    }, []
                )
            } catch {
                return ([], [Diagnostic(.error, file: file, at: .line(error.line), error.message)])
            }
        }
        if trimmed.hasPrefix("[") {
            do {
                guard case .array(let elements) = try JSONParser().parse(Array(text.utf8)) else { return ([], []) }
                var rows: [Row] = []
                var problems: [Diagnostic] = []
                for (index, element) in elements.enumerated() {
                    if case .object(let object) = element {
                        rows.append((object, file, .path("[\(index)]")))
                    } else {
                        problems.append(
                            Diagnostic(.warning, file: file, at: .path("[\(index)]"), "not an object; skipped"))
                    }
                }
                return (rows, problems)
            } catch {
                return (
                    [],
                    [
                        Diagnostic(
                            .error, file: file, at: .position(line: error.line, column: error.column), error.message)
                    ]
                )
            }
        }
        var rows: [Row] = []
        var problems: [Diagnostic] = []
        // "\r\n" is one Character in Swift: split on it as well as on "\n" (CRLF JSON Lines).
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (offset, line) in lines.enumerated() {
            let content = String(line).trimmingWhitespace()
            guard !content.isEmpty else { continue }
            switch Swift.Result<JSONValue, JSONParser.SyntaxError>(catching: { () throws(JSONParser.SyntaxError) in
                try JSONParser().parse(content)
            }) {
            case .success(.object(let object)):
                rows.append((object, file, .line(offset + 1)))
            case .success:
                problems.append(Diagnostic(.warning, file: file, at: .line(offset + 1), "not an object; skipped"))
            case .failure(let error):
                problems.append(Diagnostic(.error, file: file, at: .line(offset + 1), error.message))
            }
        }
        return (rows, problems)
    }
}

extension Diagnostic {
    /// The diagnostic moved to `location`, keeping its field name in the message.
    func placed(at location: Diagnostic.Location) -> Diagnostic {
        var moved = self
        if case .path(let path) = self.location, !path.isEmpty { moved.message = "\(path): \(message)" }
        moved.location = location
        return moved
    }
}
