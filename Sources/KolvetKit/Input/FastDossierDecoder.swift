import Foundation

/// Reads well-formed `kolvet.dossier/1` bytes straight into a `Dossier`, without building a JSON tree.
///
/// It handles the common case only — known keys, each once, values of the expected kinds, strings without
/// escapes — and returns nil for anything else: `DossierDecoder` then reads the bytes the slow, exact way, which
/// produces the diagnostics. So the fast path never decides what is an error; a differential test checks that
/// whenever it returns a dossier, the slow path returns the same one.
struct FastDossierDecoder {
    let limits: Limits

    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Dossier? {
        var scanner = ByteScanner(bytes: bytes, maximumStringBytes: limits.maximumStringBytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        guard let dossier = scanner.dossier() else { return nil }
        scanner.skipWhitespace()
        return scanner.index == bytes.count ? dossier : nil
    }
}

/// A cursor over JSON bytes whose readers return nil at the first thing they do not handle.
private struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumStringBytes: Int
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maximumStringBytes: Int) {
        self.bytes = bytes
        self.maximumStringBytes = maximumStringBytes
    }

    // MARK: - Tokens

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Whether the next value is `null` (consumed).
    mutating func null() -> Bool {
        skipWhitespace()
        guard bytes[index...].starts(with: [0x6E, 0x75, 0x6C, 0x6C]) else { return false }
        index += 4
        return true
    }

    /// A string without escapes or control characters, valid UTF-8, within the length limit.
    mutating func string() -> String? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x22 else { return nil }
        let start = index + 1
        var scan = start
        while scan < bytes.count {
            let byte = bytes[scan]
            if byte == 0x22 { break }
            if byte == 0x5C || byte < 0x20 { return nil }
            scan += 1
        }
        guard scan < bytes.count, scan - start <= maximumStringBytes,
            let text = UTF8Text.string(UnsafeBufferPointer(rebasing: bytes[start..<scan]))
        else { return nil }
        index = scan + 1
        return text
    }

    /// A JSON number literal, checked against the grammar, as its text.
    mutating func number() -> String? {
        skipWhitespace()
        let start = index
        if index < bytes.count && bytes[index] == 0x2D { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { return nil }
        if bytes[index] == 0x30 {
            index += 1
            if index < bytes.count && isDigit(bytes[index]) { return nil }
        } else {
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && bytes[index] == 0x2E {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == 0x65 || bytes[index] == 0x45) {
            index += 1
            if index < bytes.count && (bytes[index] == 0x2B || bytes[index] == 0x2D) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// A string or number as a `JSONValue`, for the shared value parsers; nil for other kinds.
    mutating func scalar() -> JSONValue? {
        skipWhitespace()
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x22 { return string().map(JSONValue.string) }
        return number().map(JSONValue.number)
    }

    mutating func bool() -> Bool? {
        skipWhitespace()
        if bytes[index...].starts(with: [0x74, 0x72, 0x75, 0x65]) {
            index += 4
            return true
        }
        if bytes[index...].starts(with: [0x66, 0x61, 0x6C, 0x73, 0x65]) {
            index += 5
            return false
        }
        return nil
    }

    /// Reads an object's members: `member` is called with each key and must read its value, returning false for
    /// an unknown key or a value it cannot take. Duplicate keys end the fast path.
    mutating func object(_ member: (inout ByteScanner, String) -> Bool) -> Bool {
        guard consume(0x7B) else { return false }
        if consume(0x7D) { return true }
        var seen: [String] = []
        repeat {
            guard let key = string(), !seen.contains(key), consume(0x3A), member(&self, key) else { return false }
            seen.append(key)
        } while consume(0x2C)
        return consume(0x7D)
    }

    /// Reads an array, calling `element` for each element.
    mutating func array(_ element: (inout ByteScanner) -> Bool) -> Bool {
        guard consume(0x5B) else { return false }
        if consume(0x5D) { return true }
        repeat {
            guard element(&self) else { return false }
        } while consume(0x2C)
        return consume(0x5D)
    }

    // MARK: - Typed values (null is absent, as in the slow path)

    /// Reads an optional value with `parse`; false when the value is there but cannot be read.
    mutating func optional<T>(_ target: inout T?, _ parse: (inout ByteScanner) -> T?) -> Bool {
        if null() { return true }
        guard let value = parse(&self) else { return false }
        target = value
        return true
    }

    mutating func count() -> Count? { scalar().flatMap { try? CountParser.parse($0) } }
    mutating func date() -> Date? { scalar().flatMap { try? TimestampParser.parse($0) } }
    mutating func share() -> Double? { scalar().flatMap { try? ShareParser.parse($0) } }
    mutating func amount() -> Double? { scalar().flatMap { try? AmountParser.parse($0) } }

    // MARK: - The dossier

    mutating func dossier() -> Dossier? {
        var creator: Creator?
        var notes: [Note] = []
        var comments: [Comment] = []
        var history: [FollowerPoint] = []
        var audience: Audience?
        var sample: [SampledFollower] = []
        var averages: NoteAverages?
        let read = object { scanner, key in
            switch key {
            case "format": return scanner.string() == Dossier.formatIdentifier
            case "creator": return scanner.optional(&creator) { $0.creator() } && creator != nil
            case "notes":
                return scanner.null() || scanner.array { element in element.note().map { notes.append($0) } != nil }
            case "comments":
                return scanner.null()
                    || scanner.array { element in element.comment().map { comments.append($0) } != nil }
            case "follower_history":
                return scanner.null() || scanner.array { element in element.point().map { history.append($0) } != nil }
            case "audience": return scanner.optional(&audience) { $0.audience() }
            case "follower_sample":
                return scanner.null()
                    || scanner.array { element in element.follower().map { sample.append($0) } != nil }
            case "recent_averages": return scanner.optional(&averages) { $0.averages() }
            default: return false
            }
        }
        guard read, let creator else { return nil }
        var dossier = Dossier(
            creator: creator, notes: notes, comments: comments, followerHistory: history, audience: audience,
            followerSample: sample)
        dossier.recentAverages = averages
        return dossier
    }

    mutating func creator() -> Creator? {
        var id: String?
        var followers: Count?
        var fields = Creator(id: "", followers: Count(0))
        var platform: String?
        var quote: Quote?
        let read = object { scanner, key in
            switch key {
            case "id": return scanner.optional(&id) { $0.string() }
            case "followers": return scanner.optional(&followers) { $0.count() }
            case "nickname": return scanner.optional(&fields.nickname) { $0.string() }
            case "platform": return scanner.optional(&platform) { $0.string() }
            case "following": return scanner.optional(&fields.following) { $0.count() }
            case "likes_and_collects": return scanner.optional(&fields.likesAndCollects) { $0.count() }
            case "notes_count": return scanner.optional(&fields.notesCount) { $0.count() }
            case "verified": return scanner.optional(&fields.verified) { $0.bool() }
            case "mcn": return scanner.optional(&fields.mcn) { $0.string() }
            case "vertical": return scanner.optional(&fields.vertical) { $0.string()?.lowercased() }
            case "location": return scanner.optional(&fields.location) { $0.string() }
            case "quote": return scanner.optional(&quote) { $0.quote() }
            default: return false
            }
        }
        guard read, let id, !id.trimmingWhitespace().isEmpty, let followers else { return nil }
        fields.id = id
        fields.followers = followers
        fields.platform = platform ?? "xiaohongshu"
        fields.quote = quote
        return fields
    }

    mutating func quote() -> Quote? {
        var quote = Quote()
        var currency: String?
        let read = object { scanner, key in
            switch key {
            case "image_note": return scanner.optional(&quote.imageNote) { $0.amount() }
            case "video_note": return scanner.optional(&quote.videoNote) { $0.amount() }
            case "currency": return scanner.optional(&currency) { $0.string() }
            default: return false
            }
        }
        quote.currency = currency ?? "CNY"
        return read ? quote : nil
    }

    mutating func note() -> Note? {
        var note = Note()
        let read = object { scanner, key in
            switch key {
            case "id": return scanner.optional(&note.id) { $0.string() }
            case "type":
                return scanner.optional(&note.kind) { scanner in
                    switch scanner.string() {
                    case "image", "normal": return .image
                    case "video": return .video
                    default: return nil
                    }
                }
            case "published_at": return scanner.optional(&note.publishedAt) { $0.date() }
            case "title": return scanner.optional(&note.title) { $0.string() }
            case "likes": return scanner.optional(&note.likes) { $0.count() }
            case "collects": return scanner.optional(&note.collects) { $0.count() }
            case "comments": return scanner.optional(&note.comments) { $0.count() }
            case "shares": return scanner.optional(&note.shares) { $0.count() }
            case "reads": return scanner.optional(&note.reads) { $0.count() }
            case "impressions": return scanner.optional(&note.impressions) { $0.count() }
            case "sponsored": return scanner.optional(&note.isSponsored) { $0.bool() }
            default: return false
            }
        }
        return read ? note : nil
    }

    mutating func comment() -> Comment? {
        var comment = Comment()
        let read = object { scanner, key in
            switch key {
            case "id": return scanner.optional(&comment.id) { $0.string() }
            case "note_id": return scanner.optional(&comment.noteID) { $0.string() }
            case "text": return scanner.optional(&comment.text) { $0.string() }
            case "created_at": return scanner.optional(&comment.createdAt) { $0.date() }
            case "likes": return scanner.optional(&comment.likes) { $0.count() }
            case "user_id": return scanner.optional(&comment.userID) { $0.string() }
            case "nickname": return scanner.optional(&comment.nickname) { $0.string() }
            case "ip_location": return scanner.optional(&comment.ipLocation) { $0.string() }
            case "parent_id": return scanner.optional(&comment.parentID) { $0.string() }
            case "author": return scanner.optional(&comment.author) { $0.author() }
            default: return false
            }
        }
        return read ? comment : nil
    }

    mutating func author() -> CommentAuthor? {
        var author = CommentAuthor()
        let read = object { scanner, key in
            switch key {
            case "followers": return scanner.optional(&author.followers) { $0.count() }
            case "following": return scanner.optional(&author.following) { $0.count() }
            case "notes": return scanner.optional(&author.notes) { $0.count() }
            case "has_avatar": return scanner.optional(&author.hasAvatar) { $0.bool() }
            default: return false
            }
        }
        return read ? author : nil
    }

    mutating func point() -> FollowerPoint? {
        var date: Date?
        var followers: Count?
        let read = object { scanner, key in
            switch key {
            case "date": return scanner.optional(&date) { $0.date() }
            case "followers": return scanner.optional(&followers) { $0.count() }
            default: return false
            }
        }
        guard read, let date, let followers else { return nil }
        return FollowerPoint(date: date, followers: followers)
    }

    mutating func follower() -> SampledFollower? {
        var follower = SampledFollower()
        var bio: Count?
        let read = object { scanner, key in
            switch key {
            case "id": return scanner.optional(&follower.id) { $0.string() }
            case "nickname": return scanner.optional(&follower.nickname) { $0.string() }
            case "followers": return scanner.optional(&follower.followers) { $0.count() }
            case "following": return scanner.optional(&follower.following) { $0.count() }
            case "notes": return scanner.optional(&follower.notes) { $0.count() }
            case "likes_and_collects": return scanner.optional(&follower.likesAndCollects) { $0.count() }
            case "has_avatar": return scanner.optional(&follower.hasAvatar) { $0.bool() }
            case "bio_length": return scanner.optional(&bio) { $0.count() }
            case "is_private": return scanner.optional(&follower.isPrivate) { $0.bool() }
            default: return false
            }
        }
        follower.bioLength = bio?.value
        return read ? follower : nil
    }

    mutating func audience() -> Audience? {
        var audience = Audience()
        let read = object { scanner, key in
            switch key {
            case "gender": return scanner.optional(&audience.gender) { $0.distribution(names: ["female", "male"]) }
            case "age":
                return scanner.optional(&audience.age) {
                    $0.distribution(names: ["<18", "18-24", "25-34", "35-44", ">44"])
                }
            case "city_tier":
                return scanner.optional(&audience.cityTier) {
                    $0.distribution(names: ["tier1", "new_tier1", "tier2", "tier3", "tier4_plus"])
                }
            case "regions": return scanner.optional(&audience.regions) { $0.distribution(names: nil) }
            case "interests":
                return scanner.optional(&audience.interests) { $0.distribution(names: nil, isExclusive: false) }
            case "active_fans_share": return scanner.optional(&audience.activeFansShare) { $0.share() }
            default: return false
            }
        }
        return read ? audience : nil
    }

    /// Shares per group; a group outside `names`, or exclusive shares summing above 1.02, end the fast path (the
    /// slow path warns about them).
    mutating func distribution(names: Set<String>?, isExclusive: Bool = true) -> Distribution? {
        var entries: [Distribution.Entry] = []
        let read = object { scanner, key in
            guard names?.contains(key) ?? true else { return false }
            var share: Double?
            guard scanner.optional(&share, { $0.share() }) else { return false }
            if let share { entries.append(Distribution.Entry(name: key, share: share)) }
            return true
        }
        let distribution = Distribution(entries)
        guard read, !(isExclusive && distribution.total > 1.02) else { return nil }
        return distribution
    }

    mutating func averages() -> NoteAverages? {
        var averages = NoteAverages()
        var notes: Count?
        let read = object { scanner, key in
            switch key {
            case "likes": return scanner.optional(&averages.likes) { $0.amount() }
            case "collects": return scanner.optional(&averages.collects) { $0.amount() }
            case "comments": return scanner.optional(&averages.comments) { $0.amount() }
            case "shares": return scanner.optional(&averages.shares) { $0.amount() }
            case "notes": return scanner.optional(&notes) { $0.count() }
            default: return false
            }
        }
        averages.notes = notes?.value
        return read ? averages : nil
    }
}
