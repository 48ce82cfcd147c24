import Foundation

/// Writes a `Dossier` as `kolvet.dossier/1` JSON, the inverse of `DossierDecoder` (counts as integers, dates as
/// ISO 8601 in China Standard Time, absent fields left out).
public enum DossierWriter {
    /// The dossier as a JSON value.
    public static func value(of dossier: Dossier) -> JSONValue {
        var top = JSONObject()
        top.set(DossierKey.format, .string(Dossier.formatIdentifier))
        top.set(DossierKey.creator, creator(dossier.creator))
        if !dossier.notes.isEmpty { top.set(DossierKey.notes, .array(dossier.notes.map(note))) }
        if !dossier.comments.isEmpty { top.set(DossierKey.comments, .array(dossier.comments.map(comment))) }
        if !dossier.followerHistory.isEmpty {
            top.set(
                DossierKey.followerHistory,
                .array(
                    dossier.followerHistory.map {
                        .object([
                            PointKey.date.rawValue: date($0.date), PointKey.followers.rawValue: count($0.followers),
                        ])
                    }))
        }
        if let audience = dossier.audience { top.set(DossierKey.audience, self.audience(audience)) }
        if !dossier.followerSample.isEmpty {
            top.set(DossierKey.followerSample, .array(dossier.followerSample.map(follower)))
        }
        if let averages = dossier.recentAverages {
            var object = JSONObject()
            set(&object, AveragesKey.likes, averages.likes.map(amount))
            set(&object, AveragesKey.collects, averages.collects.map(amount))
            set(&object, AveragesKey.comments, averages.comments.map(amount))
            set(&object, AveragesKey.shares, averages.shares.map(amount))
            set(&object, AveragesKey.notes, averages.notes.map(JSONValue.integer))
            top.set(DossierKey.recentAverages, .object(object))
        }
        if let platform = dossier.platform {
            var object = JSONObject()
            object.set("source", .string(platform.source))
            for figure in PlatformFigures.Figure.allCases {
                set(&object, figure.rawValue, platform.values[figure].map(amount))
            }
            top.set(DossierKey.platform, .object(object))
        }
        if let deck = dossier.deck {
            var object = JSONObject()
            set(&object, DeckKey.source, deck.source.map(JSONValue.string))
            set(&object, DeckKey.followers, deck.followers.map(count))
            set(&object, DeckKey.averageLikes, deck.averageLikes.map(amount))
            set(&object, DeckKey.imageQuote, deck.imageQuote.map(amount))
            set(&object, DeckKey.videoQuote, deck.videoQuote.map(amount))
            top.set(DossierKey.deck, .object(object))
        }
        return .object(top)
    }

    /// One line of JSON Lines.
    public static func line(_ dossier: Dossier) -> String {
        JSONWriter().write(value(of: dossier)) + "\n"
    }

    private static func set(_ object: inout JSONObject, _ key: String, _ value: JSONValue?) {
        if let value { object.set(key, value) }
    }

    private static func set<Key: JSONKeys>(_ object: inout JSONObject, _ key: Key, _ value: JSONValue?) {
        if let value { object.set(key.rawValue, value) }
    }

    static func count(_ count: Count) -> JSONValue {
        count.isApproximate ? .string("\(count.value)+") : .integer(count.value)
    }

    static func amount(_ value: Double) -> JSONValue {
        value == value.rounded() && value.magnitude < 1e15 ? .integer(Int(value)) : .number(String(value))
    }

    static func date(_ date: Date) -> JSONValue {
        let seconds = date.timeIntervalSince1970
        let local = Int((seconds + Double(TimestampParser.chinaOffsetSeconds)).rounded(.down))
        let secondOfDay = ((local % 86_400) + 86_400) % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text =
            "\(ReportFormatting.day(date))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        let fraction = seconds - seconds.rounded(.down)
        if fraction > 0.0005 { text += "." + String(ReportFormatting.fixed(fraction, 3).dropFirst(2)) }
        return .string(text + "+08:00")
    }

    private static func creator(_ creator: Creator) -> JSONValue {
        var object = JSONObject()
        object.set(CreatorKey.id, .string(creator.id))
        set(&object, CreatorKey.nickname, creator.nickname.map(JSONValue.string))
        if creator.platform != "xiaohongshu" { object.set(CreatorKey.platform, .string(creator.platform)) }
        set(&object, CreatorKey.followers, creator.followers.map(count))
        set(&object, CreatorKey.following, creator.following.map(count))
        set(&object, CreatorKey.likesAndCollects, creator.likesAndCollects.map(count))
        set(&object, CreatorKey.notesCount, creator.notesCount.map(count))
        set(&object, CreatorKey.verified, creator.verified.map(JSONValue.bool))
        set(&object, CreatorKey.mcn, creator.mcn.map(JSONValue.string))
        set(&object, CreatorKey.vertical, creator.vertical.map(JSONValue.string))
        set(&object, CreatorKey.location, creator.location.map(JSONValue.string))
        if let quote = creator.quote {
            var value = JSONObject()
            set(&value, QuoteKey.imageNote, quote.imageNote.map(amount))
            set(&value, QuoteKey.videoNote, quote.videoNote.map(amount))
            value.set(QuoteKey.currency, .string(quote.currency))
            object.set(CreatorKey.quote, .object(value))
        }
        return .object(object)
    }

    private static func note(_ note: Note) -> JSONValue {
        var object = JSONObject()
        set(&object, NoteKey.id, note.id.map(JSONValue.string))
        set(&object, NoteKey.type, note.kind.map { .string($0.rawValue) })
        set(&object, NoteKey.publishedAt, note.publishedAt.map(date))
        set(&object, NoteKey.title, note.title.map(JSONValue.string))
        set(&object, NoteKey.text, note.text.map(JSONValue.string))
        if !note.tags.isEmpty { object.set(NoteKey.tags, .array(note.tags.map(JSONValue.string))) }
        set(&object, NoteKey.likes, note.likes.map(count))
        set(&object, NoteKey.collects, note.collects.map(count))
        set(&object, NoteKey.comments, note.comments.map(count))
        set(&object, NoteKey.shares, note.shares.map(count))
        set(&object, NoteKey.reads, note.reads.map(count))
        set(&object, NoteKey.impressions, note.impressions.map(count))
        set(&object, NoteKey.sponsored, note.isSponsored.map(JSONValue.bool))
        return .object(object)
    }

    private static func comment(_ comment: Comment) -> JSONValue {
        var object = JSONObject()
        set(&object, CommentKey.id, comment.id.map(JSONValue.string))
        set(&object, CommentKey.noteID, comment.noteID.map(JSONValue.string))
        set(&object, CommentKey.text, comment.text.map(JSONValue.string))
        set(&object, CommentKey.createdAt, comment.createdAt.map(date))
        set(&object, CommentKey.likes, comment.likes.map(count))
        set(&object, CommentKey.userID, comment.userID.map(JSONValue.string))
        set(&object, CommentKey.nickname, comment.nickname.map(JSONValue.string))
        set(&object, CommentKey.ipLocation, comment.ipLocation.map(JSONValue.string))
        set(&object, CommentKey.parentID, comment.parentID.map(JSONValue.string))
        if let author = comment.author {
            var value = JSONObject()
            set(&value, AuthorKey.followers, author.followers.map(count))
            set(&value, AuthorKey.following, author.following.map(count))
            set(&value, AuthorKey.notes, author.notes.map(count))
            set(&value, AuthorKey.hasAvatar, author.hasAvatar.map(JSONValue.bool))
            object.set(CommentKey.author, .object(value))
        }
        return .object(object)
    }

    private static func audience(_ audience: Audience) -> JSONValue {
        var object = JSONObject()
        func distribution(_ value: Distribution?) -> JSONValue? {
            value.map { .object(JSONObject($0.entries.map { .init(key: $0.name, value: .number(String($0.share))) })) }
        }
        set(&object, AudienceKey.gender, distribution(audience.gender))
        set(&object, AudienceKey.age, distribution(audience.age))
        set(&object, AudienceKey.cityTier, distribution(audience.cityTier))
        set(&object, AudienceKey.regions, distribution(audience.regions))
        set(&object, AudienceKey.interests, distribution(audience.interests))
        set(&object, AudienceKey.activeFansShare, audience.activeFansShare.map { .number(String($0)) })
        return .object(object)
    }

    private static func follower(_ follower: SampledFollower) -> JSONValue {
        var object = JSONObject()
        set(&object, FollowerKey.id, follower.id.map(JSONValue.string))
        set(&object, FollowerKey.nickname, follower.nickname.map(JSONValue.string))
        set(&object, FollowerKey.followers, follower.followers.map(count))
        set(&object, FollowerKey.following, follower.following.map(count))
        set(&object, FollowerKey.notes, follower.notes.map(count))
        set(&object, FollowerKey.likesAndCollects, follower.likesAndCollects.map(count))
        set(&object, FollowerKey.hasAvatar, follower.hasAvatar.map(JSONValue.bool))
        set(&object, FollowerKey.bioLength, follower.bioLength.map(JSONValue.integer))
        set(&object, FollowerKey.isPrivate, follower.isPrivate.map(JSONValue.bool))
        return .object(object)
    }
}

extension JSONObject {
    /// Sets a dossier key by its schema case.
    fileprivate mutating func set<Key: JSONKeys>(_ key: Key, _ value: JSONValue) { set(key.rawValue, value) }
}
