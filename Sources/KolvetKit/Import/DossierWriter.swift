import Foundation

/// Writes a `Dossier` as `kolvet.dossier/1` JSON, the inverse of `DossierDecoder` (counts as integers, dates as
/// ISO 8601 in China Standard Time, absent fields left out).
public enum DossierWriter {
    /// The dossier as a JSON value.
    public static func value(of dossier: Dossier) -> JSONValue {
        var top = JSONObject()
        top.set("format", .string(Dossier.formatIdentifier))
        top.set("creator", creator(dossier.creator))
        if !dossier.notes.isEmpty { top.set("notes", .array(dossier.notes.map(note))) }
        if !dossier.comments.isEmpty { top.set("comments", .array(dossier.comments.map(comment))) }
        if !dossier.followerHistory.isEmpty {
            top.set(
                "follower_history",
                .array(
                    dossier.followerHistory.map { .object(["date": date($0.date), "followers": count($0.followers)]) }))
        }
        if let audience = dossier.audience { top.set("audience", self.audience(audience)) }
        if !dossier.followerSample.isEmpty { top.set("follower_sample", .array(dossier.followerSample.map(follower))) }
        if let averages = dossier.recentAverages {
            var object = JSONObject()
            set(&object, "likes", averages.likes.map(amount))
            set(&object, "collects", averages.collects.map(amount))
            set(&object, "comments", averages.comments.map(amount))
            set(&object, "shares", averages.shares.map(amount))
            set(&object, "notes", averages.notes.map(JSONValue.integer))
            top.set("recent_averages", .object(object))
        }
        if let platform = dossier.platform {
            var object = JSONObject()
            object.set("source", .string(platform.source))
            for figure in PlatformFigures.Figure.allCases {
                set(&object, figure.rawValue, platform.values[figure].map(amount))
            }
            top.set("platform", .object(object))
        }
        if let deck = dossier.deck {
            var object = JSONObject()
            set(&object, "source", deck.source.map(JSONValue.string))
            set(&object, "followers", deck.followers.map(count))
            set(&object, "avg_likes", deck.averageLikes.map(amount))
            set(&object, "image_quote", deck.imageQuote.map(amount))
            set(&object, "video_quote", deck.videoQuote.map(amount))
            top.set("deck", .object(object))
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
        object.set("id", .string(creator.id))
        set(&object, "nickname", creator.nickname.map(JSONValue.string))
        if creator.platform != "xiaohongshu" { object.set("platform", .string(creator.platform)) }
        set(&object, "followers", creator.followers.map(count))
        set(&object, "following", creator.following.map(count))
        set(&object, "likes_and_collects", creator.likesAndCollects.map(count))
        set(&object, "notes_count", creator.notesCount.map(count))
        set(&object, "verified", creator.verified.map(JSONValue.bool))
        set(&object, "mcn", creator.mcn.map(JSONValue.string))
        set(&object, "vertical", creator.vertical.map(JSONValue.string))
        set(&object, "location", creator.location.map(JSONValue.string))
        if let quote = creator.quote {
            var value = JSONObject()
            set(&value, "image_note", quote.imageNote.map(amount))
            set(&value, "video_note", quote.videoNote.map(amount))
            value.set("currency", .string(quote.currency))
            object.set("quote", .object(value))
        }
        return .object(object)
    }

    private static func note(_ note: Note) -> JSONValue {
        var object = JSONObject()
        set(&object, "id", note.id.map(JSONValue.string))
        set(&object, "type", note.kind.map { .string($0.rawValue) })
        set(&object, "published_at", note.publishedAt.map(date))
        set(&object, "title", note.title.map(JSONValue.string))
        set(&object, "text", note.text.map(JSONValue.string))
        if !note.tags.isEmpty { object.set("tags", .array(note.tags.map(JSONValue.string))) }
        set(&object, "likes", note.likes.map(count))
        set(&object, "collects", note.collects.map(count))
        set(&object, "comments", note.comments.map(count))
        set(&object, "shares", note.shares.map(count))
        set(&object, "reads", note.reads.map(count))
        set(&object, "impressions", note.impressions.map(count))
        set(&object, "sponsored", note.isSponsored.map(JSONValue.bool))
        return .object(object)
    }

    private static func comment(_ comment: Comment) -> JSONValue {
        var object = JSONObject()
        set(&object, "id", comment.id.map(JSONValue.string))
        set(&object, "note_id", comment.noteID.map(JSONValue.string))
        set(&object, "text", comment.text.map(JSONValue.string))
        set(&object, "created_at", comment.createdAt.map(date))
        set(&object, "likes", comment.likes.map(count))
        set(&object, "user_id", comment.userID.map(JSONValue.string))
        set(&object, "nickname", comment.nickname.map(JSONValue.string))
        set(&object, "ip_location", comment.ipLocation.map(JSONValue.string))
        set(&object, "parent_id", comment.parentID.map(JSONValue.string))
        if let author = comment.author {
            var value = JSONObject()
            set(&value, "followers", author.followers.map(count))
            set(&value, "following", author.following.map(count))
            set(&value, "notes", author.notes.map(count))
            set(&value, "has_avatar", author.hasAvatar.map(JSONValue.bool))
            object.set("author", .object(value))
        }
        return .object(object)
    }

    private static func audience(_ audience: Audience) -> JSONValue {
        var object = JSONObject()
        func distribution(_ value: Distribution?) -> JSONValue? {
            value.map { .object(JSONObject($0.entries.map { .init(key: $0.name, value: .number(String($0.share))) })) }
        }
        set(&object, "gender", distribution(audience.gender))
        set(&object, "age", distribution(audience.age))
        set(&object, "city_tier", distribution(audience.cityTier))
        set(&object, "regions", distribution(audience.regions))
        set(&object, "interests", distribution(audience.interests))
        set(&object, "active_fans_share", audience.activeFansShare.map { .number(String($0)) })
        return .object(object)
    }

    private static func follower(_ follower: SampledFollower) -> JSONValue {
        var object = JSONObject()
        set(&object, "id", follower.id.map(JSONValue.string))
        set(&object, "nickname", follower.nickname.map(JSONValue.string))
        set(&object, "followers", follower.followers.map(count))
        set(&object, "following", follower.following.map(count))
        set(&object, "notes", follower.notes.map(count))
        set(&object, "likes_and_collects", follower.likesAndCollects.map(count))
        set(&object, "has_avatar", follower.hasAvatar.map(JSONValue.bool))
        set(&object, "bio_length", follower.bioLength.map(JSONValue.integer))
        set(&object, "is_private", follower.isPrivate.map(JSONValue.bool))
        return .object(object)
    }
}
