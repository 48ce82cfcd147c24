public import Foundation

/// The result of reading one dossier: the dossier when it could be read, and every diagnostic found.
public struct DossierDecoding: Sendable {
    /// The dossier, or nil when an error made it unreadable.
    public var dossier: Dossier?
    /// Errors and warnings, in document order.
    public var diagnostics: [Diagnostic]
}

/// Reads `kolvet.dossier/1` JSON into a `Dossier`, validating every field.
///
/// Errors (the creator is not scored): malformed JSON, a missing `creator.id`, a value of
/// the wrong kind, a negative count, a share outside 0–1. Warnings (the creator is scored, the report repeats
/// them): a missing `creator.followers` (follower-based signals are unknown), unknown keys, likes above reads, duplicate note ids, comments on unknown notes, dates in the future or
/// before June 2013, distributions summing above 1.
public struct DossierDecoder: Sendable {
    /// The moment "now" for future-date checks; nil skips them.
    public var now: Date?
    /// Bounds on string length and nesting.
    public var limits: Limits
    /// Whether to try `FastDossierDecoder` first (always, but for the differential test that compares the two).
    public var usesFastPath = true

    public init(now: Date? = nil, limits: Limits = Limits()) {
        self.now = now
        self.limits = limits
    }

    /// Parses and reads one dossier file's bytes: the fast path for well-formed dossiers, else the exact path
    /// that names every problem.
    public func decode(_ bytes: [UInt8], file: String) -> DossierDecoding {
        bytes.withUnsafeBufferPointer { decode($0, file: file) }
    }

    /// Parses and reads one dossier from part of a buffer (a line of a JSON Lines block), without copying it.
    public func decode(_ bytes: ArraySlice<UInt8>, file: String) -> DossierDecoding {
        bytes.withUnsafeBufferPointer { decode($0, file: file) }
    }

    /// Parses and reads one dossier from bytes that stay valid for the call.
    package func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> DossierDecoding {
        if usesFastPath, let dossier = FastDossierDecoder(limits: limits).decode(bytes) {
            var reader = FieldReader(file: file)
            validate(dossier, &reader)  // warnings only
            return DossierDecoding(dossier: dossier, diagnostics: reader.diagnostics)
        }
        do {
            return decode(try limits.jsonParser.parse(bytes), file: file)
        } catch {
            let diagnostic = Diagnostic(
                .error, file: file, at: .position(line: error.line, column: error.column), error.message)
            return DossierDecoding(dossier: nil, diagnostics: [diagnostic])
        }
    }

    /// Reads one dossier from parsed JSON.
    public func decode(_ value: JSONValue, file: String) -> DossierDecoding {
        var reader = FieldReader(file: file)
        let dossier = readDossier(value, &reader)
        if let dossier { validate(dossier, &reader) }
        let hasError = reader.diagnostics.containsError
        return DossierDecoding(dossier: hasError ? nil : dossier, diagnostics: reader.diagnostics)
    }

    private static let topKeys = DossierSchema.TopKey.names

    private func readDossier(_ value: JSONValue, _ reader: inout FieldReader) -> Dossier? {
        guard case .object = value else {
            reader.error("", "expected a dossier object, got \(value.kindDescription)")
            return nil
        }
        guard let top = reader.object(value, at: "", allowedKeys: Self.topKeys) else { return nil }
        if let format = reader.string(top, "format", at: ""), format != Dossier.formatIdentifier {
            reader.error("format", "unsupported format \"\(format)\", expected \"\(Dossier.formatIdentifier)\"")
        }
        guard let creatorValue = top["creator"], creatorValue != .null else {
            reader.error("creator", "missing: a dossier needs creator.id")
            return nil
        }
        guard let creator = readCreator(creatorValue, &reader) else { return nil }
        var dossier = Dossier(creator: creator)
        dossier.notes = reader.array(top["notes"], at: "notes").compactMap { readNote($0, at: $1, &reader) }
        dossier.comments = reader.array(top["comments"], at: "comments").compactMap {
            readComment($0, at: $1, &reader)
        }
        dossier.followerHistory = reader.array(top["follower_history"], at: "follower_history").compactMap {
            readFollowerPoint($0, at: $1, &reader)
        }
        dossier.audience = readAudience(top["audience"], &reader)
        dossier.followerSample = reader.array(top["follower_sample"], at: "follower_sample").compactMap {
            readSampledFollower($0, at: $1, &reader)
        }
        let averagesPath = "recent_averages"
        if let averages = reader.object(
            top[averagesPath], at: averagesPath,
            allowedKeys: DossierSchema.AveragesKey.names)
        {
            var parsed = NoteAverages(
                likes: reader.amount(averages, "likes", at: averagesPath),
                collects: reader.amount(averages, "collects", at: averagesPath),
                comments: reader.amount(averages, "comments", at: averagesPath),
                shares: reader.amount(averages, "shares", at: averagesPath))
            parsed.notes = reader.count(averages, "notes", at: averagesPath)?.value
            dossier.recentAverages = parsed
        }
        dossier.platform = readPlatform(top["platform"], &reader)
        dossier.deck = readDeck(top["deck"], &reader)
        return dossier
    }

    private func readCreator(_ value: JSONValue, _ reader: inout FieldReader) -> Creator? {
        let path = "creator"
        let keys = DossierSchema.CreatorKey.names
        guard let object = reader.object(value, at: path, allowedKeys: keys) else { return nil }
        let id = reader.string(object, "id", at: path)
        let followers = reader.count(object, "followers", at: path)
        if object["id"] == nil || object["id"] == .null {
            reader.error("creator.id", "missing: every creator needs an id")
        }
        if id?.trimmingWhitespace().isEmpty == true { reader.error("creator.id", "must not be empty") }
        if object["followers"] == nil || object["followers"] == .null {
            reader.warning(
                "creator.followers", "missing: every follower-based signal is unknown until the follower count is added"
            )
        }
        var creator = Creator(id: id ?? "", followers: followers)
        creator.nickname = reader.string(object, "nickname", at: path)
        creator.platform = reader.string(object, "platform", at: path) ?? "xiaohongshu"
        creator.following = reader.count(object, "following", at: path)
        creator.likesAndCollects = reader.count(object, "likes_and_collects", at: path)
        creator.notesCount = reader.count(object, "notes_count", at: path)
        creator.verified = reader.bool(object, "verified", at: path)
        creator.mcn = reader.string(object, "mcn", at: path)
        creator.vertical = reader.string(object, "vertical", at: path)?.lowercased()
        creator.location = reader.string(object, "location", at: path)
        let quotePath = "creator.quote"
        if let quote = reader.object(
            object["quote"], at: quotePath, allowedKeys: DossierSchema.QuoteKey.names)
        {
            creator.quote = Quote(
                imageNote: reader.amount(quote, "image_note", at: quotePath),
                videoNote: reader.amount(quote, "video_note", at: quotePath),
                currency: reader.string(quote, "currency", at: quotePath) ?? "CNY")
        }
        guard id != nil else { return nil }
        return creator
    }

    private func readPlatform(_ value: JSONValue?, _ reader: inout FieldReader) -> PlatformFigures? {
        let path = "platform"
        let keys = Set(PlatformFigures.Figure.allCases.map(\.rawValue) + ["source"])
        guard let object = reader.object(value, at: path, allowedKeys: keys) else { return nil }
        var figures = PlatformFigures(source: reader.string(object, "source", at: path) ?? "platform")
        for figure in PlatformFigures.Figure.allCases {
            let value =
                figure.isShare
                ? reader.share(object, figure.rawValue, at: path) : reader.amount(object, figure.rawValue, at: path)
            if let value { figures.values[figure] = value }
        }
        return figures
    }

    private func readDeck(_ value: JSONValue?, _ reader: inout FieldReader) -> DeckFigures? {
        let path = "deck"
        let keys = DossierSchema.DeckKey.names
        guard let object = reader.object(value, at: path, allowedKeys: keys) else { return nil }
        var deck = DeckFigures(source: reader.string(object, "source", at: path))
        deck.followers = reader.count(object, "followers", at: path)
        deck.averageLikes = reader.amount(object, "avg_likes", at: path)
        deck.imageQuote = reader.amount(object, "image_quote", at: path)
        deck.videoQuote = reader.amount(object, "video_quote", at: path)
        return deck
    }

    private static let noteKeys = DossierSchema.NoteKey.names
    private static let commentKeys = DossierSchema.CommentKey.names
    private static let authorKeys = DossierSchema.AuthorKey.names
    private static let pointKeys = DossierSchema.PointKey.names
    private static let followerKeys = DossierSchema.FollowerKey.names

    private func readNote(_ value: JSONValue, at path: String, _ reader: inout FieldReader) -> Note? {
        guard let object = reader.object(value, at: path, allowedKeys: Self.noteKeys) else {
            if value == .null { reader.error(path, "expected a note object, got null") }
            return nil
        }
        var note = Note()
        note.id = reader.string(object, "id", at: path)
        note.kind = reader.read(object, "type", at: path) { value throws(FieldError) in
            switch value {
            case .string("image"), .string("normal"): return Note.Kind.image
            case .string("video"): return Note.Kind.video
            default: throw FieldError("expected \"image\" or \"video\", got \(value.quoted)")
            }
        }
        note.publishedAt = reader.date(object, "published_at", at: path)
        note.title = reader.string(object, "title", at: path)
        note.text = reader.string(object, "text", at: path)
        note.tags = reader.array(object["tags"], at: "\(path).tags").compactMap { value, place in
            guard case .string(let tag) = value else {
                reader.error(place, "expected a topic string, got \(value.kindDescription)")
                return nil
            }
            return tag
        }
        note.likes = reader.count(object, "likes", at: path)
        note.collects = reader.count(object, "collects", at: path)
        note.comments = reader.count(object, "comments", at: path)
        note.shares = reader.count(object, "shares", at: path)
        note.reads = reader.count(object, "reads", at: path)
        note.impressions = reader.count(object, "impressions", at: path)
        note.isSponsored = reader.bool(object, "sponsored", at: path)
        return note
    }

    private func readComment(_ value: JSONValue, at path: String, _ reader: inout FieldReader) -> Comment? {
        guard let object = reader.object(value, at: path, allowedKeys: Self.commentKeys) else { return nil }
        var comment = Comment()
        comment.id = reader.string(object, "id", at: path)
        comment.noteID = reader.string(object, "note_id", at: path)
        comment.text = reader.string(object, "text", at: path)
        comment.createdAt = reader.date(object, "created_at", at: path)
        comment.likes = reader.count(object, "likes", at: path)
        comment.userID = reader.string(object, "user_id", at: path)
        comment.nickname = reader.string(object, "nickname", at: path)
        comment.ipLocation = reader.string(object, "ip_location", at: path)
        comment.parentID = reader.string(object, "parent_id", at: path)
        let authorPath = FieldReader.join(path, "author")
        if let author = reader.object(
            object["author"], at: authorPath, allowedKeys: Self.authorKeys)
        {
            var parsed = CommentAuthor()
            parsed.followers = reader.count(author, "followers", at: authorPath)
            parsed.following = reader.count(author, "following", at: authorPath)
            parsed.notes = reader.count(author, "notes", at: authorPath)
            parsed.hasAvatar = reader.bool(author, "has_avatar", at: authorPath)
            comment.author = parsed
        }
        return comment
    }

    private func readFollowerPoint(_ value: JSONValue, at path: String, _ reader: inout FieldReader) -> FollowerPoint? {
        guard let object = reader.object(value, at: path, allowedKeys: Self.pointKeys) else { return nil }
        let date = reader.date(object, "date", at: path)
        let followers = reader.count(object, "followers", at: path)
        if object["date"] == nil { reader.error(FieldReader.join(path, "date"), "missing") }
        if object["followers"] == nil { reader.error(FieldReader.join(path, "followers"), "missing") }
        guard let date, let followers else { return nil }
        return FollowerPoint(date: date, followers: followers)
    }

    private func readAudience(_ value: JSONValue?, _ reader: inout FieldReader) -> Audience? {
        let path = "audience"
        let keys = DossierSchema.AudienceKey.names
        guard let object = reader.object(value, at: path, allowedKeys: keys) else { return nil }
        var audience = Audience()
        audience.gender = readDistribution(
            object["gender"], at: "audience.gender", names: DossierSchema.genders, &reader)
        audience.age = readDistribution(
            object["age"], at: "audience.age", names: DossierSchema.ageBands, &reader)
        audience.cityTier = readDistribution(
            object["city_tier"], at: "audience.city_tier",
            names: DossierSchema.cityTiers, &reader)
        audience.regions = readDistribution(object["regions"], at: "audience.regions", names: nil, &reader)
        audience.interests = readDistribution(
            object["interests"], at: "audience.interests", names: nil, isExclusive: false, &reader)
        audience.activeFansShare = reader.share(object, "active_fans_share", at: path)
        return audience
    }

    private func readDistribution(
        _ value: JSONValue?,
        at path: String,
        names: [String]?,
        isExclusive: Bool = true,
        _ reader: inout FieldReader
    ) -> Distribution? {
        guard let object = reader.object(value, at: path, allowedKeys: Set(names ?? (value.flatMap(Self.keys) ?? [])))
        else {
            return nil
        }
        var entries: [Distribution.Entry] = []
        for key in object.keys where names == nil || names!.contains(key) {
            if let share = reader.share(object, key, at: path) {
                entries.append(Distribution.Entry(name: key, share: share))
            }
        }
        let distribution = Distribution(entries)
        // Interests overlap (one follower has several), so only exclusive groups must sum to at most 1.
        if isExclusive && distribution.total > 1.02 {
            reader.warning(
                path,
                "shares sum to \(Int((distribution.total * 100).rounded()))%, above 100%; they are rescaled to 100%")
            return Distribution(entries.map { Distribution.Entry(name: $0.name, share: $0.share / distribution.total) })
        }
        return distribution
    }

    private static func keys(_ value: JSONValue) -> [String]? {
        if case .object(let object) = value { return object.keys }
        return nil
    }

    private func readSampledFollower(_ value: JSONValue, at path: String, _ reader: inout FieldReader)
        -> SampledFollower?
    {
        guard let object = reader.object(value, at: path, allowedKeys: Self.followerKeys) else { return nil }
        var follower = SampledFollower()
        follower.id = reader.string(object, "id", at: path)
        follower.nickname = reader.string(object, "nickname", at: path)
        follower.followers = reader.count(object, "followers", at: path)
        follower.following = reader.count(object, "following", at: path)
        follower.notes = reader.count(object, "notes", at: path)
        follower.likesAndCollects = reader.count(object, "likes_and_collects", at: path)
        follower.hasAvatar = reader.bool(object, "has_avatar", at: path)
        follower.bioLength = reader.count(object, "bio_length", at: path)?.value
        follower.isPrivate = reader.bool(object, "is_private", at: path)
        return follower
    }

    /// Cross-field checks that produce warnings.
    private func validate(_ dossier: Dossier, _ reader: inout FieldReader) {
        var seenIDs: [String: Int] = [:]
        for (index, note) in dossier.notes.enumerated() {
            let path = "notes[\(index)]"
            if let likes = note.likes, let reads = note.reads, likes.value > reads.value {
                reader.warning(
                    "\(path).likes", "\(likes.value) likes exceed \(reads.value) reads; the read count may be wrong")
            }
            if let id = note.id {
                if let first = seenIDs[id] {
                    reader.warning("\(path).id", "duplicate note id \"\(id)\" (first at notes[\(first)])")
                } else {
                    seenIDs[id] = index
                }
            }
            checkFuture(note.publishedAt, at: "\(path).published_at", &reader)
        }
        var unknownNotes: [String: (path: String, count: Int)] = [:]
        // Field by field, without copying each comment, and one lookup per run of comments on the same note
        // (exports list a note's comments together): the check of hundreds of comments per creator stays cheap.
        var known: String? = nil
        for index in dossier.comments.indices {
            if let noteID = dossier.comments[index].noteID, noteID != known {
                if seenIDs[noteID] != nil {
                    known = noteID
                } else {
                    let entry = unknownNotes[noteID]
                    unknownNotes[noteID] = (entry?.path ?? "comments[\(index)].note_id", (entry?.count ?? 0) + 1)
                }
            }
            checkFuture(dossier.comments[index].createdAt, at: "comments[\(index)].created_at", &reader)
        }
        for (noteID, entry) in unknownNotes.sorted(by: { $0.value.path < $1.value.path }) {
            let more = entry.count > 1 ? " (\(entry.count) comments)" : ""
            reader.warning(entry.path, "comment on unknown note \"\(noteID)\"\(more)")
        }
        for (index, point) in dossier.followerHistory.enumerated() {
            checkFuture(point.date, at: "follower_history[\(index)].date", &reader)
        }
        if dossier.creator.followers?.value == 0 {
            reader.warning("creator.followers", "the creator has 0 followers; rates per follower are unknown")
        }
    }

    /// 2013-06-01T00:00+08:00: Xiaohongshu opened in June 2013, so nothing on it is older.
    static let platformLaunch = Date(timeIntervalSince1970: 1_370_016_000)

    private func checkFuture(_ date: Date?, at path: @autoclosure () -> String, _ reader: inout FieldReader) {
        guard let date else { return }
        if date < Self.platformLaunch {
            reader.warning(path(), "date \(ReportFormatting.day(date)) is before Xiaohongshu opened (June 2013)")
        }
        guard let now, date.timeIntervalSince(now) > 86_400 else { return }
        reader.warning(path(), "date \(ReportFormatting.day(date)) is in the future")
    }
}
