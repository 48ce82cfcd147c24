import Foundation

/// Reads well-formed `kolvet.dossier/1` bytes straight into a `Dossier`, without building a JSON tree.
///
/// It handles the common case only — known keys without escapes, each once, values of the expected kinds
/// (strings with escapes through the exact parser's string reader) — and returns nil for anything else: `DossierDecoder` then reads the bytes the slow, exact way, which
/// produces the diagnostics. So the fast path never decides what is an error; a differential test checks that
/// whenever it returns a dossier, the slow path returns the same one.
///
/// Keys are matched as bytes against each object's `JSONKeys` (no `String` per key), plain integers and ISO 8601
/// timestamps are read straight from the bytes, and other values go through the same value parsers as the exact
/// path.
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

// MARK: - The keys of each object: `DossierSchema` (its aliases below)

// MARK: - The dossier

extension ByteScanner {
    fileprivate mutating func dossier() -> Dossier? {
        var creator: Creator?
        var notes: [Note] = []
        var comments: [Comment] = []
        var history: [FollowerPoint] = []
        var audience: Audience?
        var sample: [SampledFollower] = []
        var averages: NoteAverages?
        let read = object(DossierKey.self) { scanner, key in
            switch key {
            case .format: return scanner.string() == Dossier.formatIdentifier
            case .creator: return scanner.optional(&creator) { $0.creator() } && creator != nil
            case .notes:
                return scanner.null() || scanner.array(into: &notes) { $0.note() }
            case .comments:
                // Room for the comments the rest of the line can hold at about 256 bytes each (up to 4,096), so
                // that the array rarely grows and copies itself.
                comments.reserveCapacity(min(4_096, (scanner.bytes.count - scanner.index) / 256))
                return scanner.null()
                    || scanner.array(into: &comments) { $0.comment() }
            case .followerHistory:
                return scanner.null() || scanner.array(into: &history) { $0.point() }
            case .audience: return scanner.optional(&audience) { $0.audience() }
            case .followerSample:
                return scanner.null()
                    || scanner.array(into: &sample) { $0.follower() }
            case .recentAverages: return scanner.optional(&averages) { $0.averages() }
            // Figures from a platform page or an MCN deck: rare; the exact decoder reads them.
            case .platform, .deck: return false
            }
        }
        guard read, let creator else { return nil }
        var dossier = Dossier(
            creator: creator, notes: notes, comments: comments, followerHistory: history, audience: audience,
            followerSample: sample)
        dossier.recentAverages = averages
        return dossier
    }

    private mutating func creator() -> Creator? {
        var id: String?
        var followers: Count?
        var fields = Creator(id: "", followers: Count(0))
        var platform: String?
        var quote: Quote?
        let read = object(CreatorKey.self) { scanner, key in
            switch key {
            case .id: return scanner.optional(&id) { $0.string() }
            case .followers: return scanner.optional(&followers) { $0.count() }
            case .nickname: return scanner.optional(&fields.nickname) { $0.string() }
            case .platform: return scanner.optional(&platform) { $0.string() }
            case .following: return scanner.optional(&fields.following) { $0.count() }
            case .likesAndCollects: return scanner.optional(&fields.likesAndCollects) { $0.count() }
            case .notesCount: return scanner.optional(&fields.notesCount) { $0.count() }
            case .verified: return scanner.optional(&fields.verified) { $0.bool() }
            case .mcn: return scanner.optional(&fields.mcn) { $0.string() }
            case .vertical: return scanner.optional(&fields.vertical) { $0.string()?.lowercased() }
            case .location: return scanner.optional(&fields.location) { $0.string() }
            case .quote: return scanner.optional(&quote) { $0.quote() }
            }
        }
        // Without followers the exact path reads it, to warn that follower-based signals are unknown.
        guard read, let id, !id.trimmingWhitespace().isEmpty, let followers else { return nil }
        fields.id = id
        fields.followers = followers
        fields.platform = platform ?? "xiaohongshu"
        fields.quote = quote
        return fields
    }

    private mutating func quote() -> Quote? {
        var quote = Quote()
        var currency: String?
        let read = object(QuoteKey.self) { scanner, key in
            switch key {
            case .imageNote: return scanner.optional(&quote.imageNote) { $0.amount() }
            case .videoNote: return scanner.optional(&quote.videoNote) { $0.amount() }
            case .currency: return scanner.optional(&currency) { $0.string() }
            }
        }
        quote.currency = currency ?? "CNY"
        return read ? quote : nil
    }

    private mutating func note() -> Note? {
        var note = Note()
        let read = object(NoteKey.self, into: &note) { scanner, key, note in
            switch key {
            case .id: return scanner.optional(&note.id) { $0.string() }
            case .type:
                return scanner.optional(&note.kind) { scanner in
                    switch scanner.string() {
                    case "image", "normal": return .image
                    case "video": return .video
                    default: return nil
                    }
                }
            case .publishedAt: return scanner.optional(&note.publishedAt) { $0.date() }
            case .title: return scanner.optional(&note.title) { $0.string() }
            case .text: return scanner.optional(&note.text) { $0.string() }
            case .tags:
                if scanner.null() { return true }
                return scanner.array { element in
                    guard let tag = element.string() else { return false }
                    note.tags.append(tag)
                    return true
                }
            case .likes: return scanner.optional(&note.likes) { $0.count() }
            case .collects: return scanner.optional(&note.collects) { $0.count() }
            case .comments: return scanner.optional(&note.comments) { $0.count() }
            case .shares: return scanner.optional(&note.shares) { $0.count() }
            case .reads: return scanner.optional(&note.reads) { $0.count() }
            case .impressions: return scanner.optional(&note.impressions) { $0.count() }
            case .sponsored: return scanner.optional(&note.isSponsored) { $0.bool() }
            }
        }
        return read ? note : nil
    }

    private mutating func comment() -> Comment? {
        var comment = Comment()
        let read = object(CommentKey.self, into: &comment) { scanner, key, comment in
            switch key {
            case .id: return scanner.optional(&comment.id) { $0.string() }
            case .noteID: return scanner.optional(&comment.noteID) { $0.string() }
            case .text: return scanner.optional(&comment.text) { $0.string() }
            case .createdAt: return scanner.optional(&comment.createdAt) { $0.date() }
            case .likes: return scanner.optional(&comment.likes) { $0.count() }
            case .userID: return scanner.optional(&comment.userID) { $0.string() }
            case .nickname: return scanner.optional(&comment.nickname) { $0.string() }
            case .ipLocation: return scanner.optional(&comment.ipLocation) { $0.string() }
            case .parentID: return scanner.optional(&comment.parentID) { $0.string() }
            case .author: return scanner.optional(&comment.author) { $0.author() }
            }
        }
        return read ? comment : nil
    }

    private mutating func author() -> CommentAuthor? {
        var author = CommentAuthor()
        let read = object(AuthorKey.self, into: &author) { scanner, key, author in
            switch key {
            case .followers: return scanner.optional(&author.followers) { $0.count() }
            case .following: return scanner.optional(&author.following) { $0.count() }
            case .notes: return scanner.optional(&author.notes) { $0.count() }
            case .hasAvatar: return scanner.optional(&author.hasAvatar) { $0.bool() }
            }
        }
        return read ? author : nil
    }

    private mutating func point() -> FollowerPoint? {
        var date: Date?
        var followers: Count?
        let read = object(PointKey.self) { scanner, key in
            switch key {
            case .date: return scanner.optional(&date) { $0.date() }
            case .followers: return scanner.optional(&followers) { $0.count() }
            }
        }
        guard read, let date, let followers else { return nil }
        return FollowerPoint(date: date, followers: followers)
    }

    private mutating func follower() -> SampledFollower? {
        var follower = SampledFollower()
        var bio: Count?
        let read = object(FollowerKey.self) { scanner, key in
            switch key {
            case .id: return scanner.optional(&follower.id) { $0.string() }
            case .nickname: return scanner.optional(&follower.nickname) { $0.string() }
            case .followers: return scanner.optional(&follower.followers) { $0.count() }
            case .following: return scanner.optional(&follower.following) { $0.count() }
            case .notes: return scanner.optional(&follower.notes) { $0.count() }
            case .likesAndCollects: return scanner.optional(&follower.likesAndCollects) { $0.count() }
            case .hasAvatar: return scanner.optional(&follower.hasAvatar) { $0.bool() }
            case .bioLength: return scanner.optional(&bio) { $0.count() }
            case .isPrivate: return scanner.optional(&follower.isPrivate) { $0.bool() }
            }
        }
        follower.bioLength = bio?.value
        return read ? follower : nil
    }

    private mutating func audience() -> Audience? {
        var audience = Audience()
        let read = object(AudienceKey.self) { scanner, key in
            switch key {
            case .gender:
                return scanner.optional(&audience.gender) { $0.distribution(names: Set(DossierSchema.genders)) }
            case .age:
                return scanner.optional(&audience.age) {
                    $0.distribution(names: Set(DossierSchema.ageBands))
                }
            case .cityTier:
                return scanner.optional(&audience.cityTier) {
                    $0.distribution(names: Set(DossierSchema.cityTiers))
                }
            case .regions: return scanner.optional(&audience.regions) { $0.distribution(names: nil) }
            case .interests:
                return scanner.optional(&audience.interests) { $0.distribution(names: nil, isExclusive: false) }
            case .activeFansShare: return scanner.optional(&audience.activeFansShare) { $0.share() }
            }
        }
        return read ? audience : nil
    }

    /// Shares per group; a group outside `names`, or exclusive shares summing above 1.02, end the fast path (the
    /// slow path warns about them).
    private mutating func distribution(names: Set<String>?, isExclusive: Bool = true) -> Distribution? {
        var entries: [Distribution.Entry] = []
        let read = namedObject { scanner, key in
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

    private mutating func averages() -> NoteAverages? {
        var averages = NoteAverages()
        var notes: Count?
        let read = object(AveragesKey.self) { scanner, key in
            switch key {
            case .likes: return scanner.optional(&averages.likes) { $0.amount() }
            case .collects: return scanner.optional(&averages.collects) { $0.amount() }
            case .comments: return scanner.optional(&averages.comments) { $0.amount() }
            case .shares: return scanner.optional(&averages.shares) { $0.amount() }
            case .notes: return scanner.optional(&notes) { $0.count() }
            }
        }
        averages.notes = notes?.value
        return read ? averages : nil
    }
}
