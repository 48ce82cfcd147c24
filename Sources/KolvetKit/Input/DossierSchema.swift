/// The keys of `kolvet.dossier/1`, declared once (docs/dossier-format.md): the exact decoder's allowed keys, the
/// fast decoder's key tables and the writer's keys all come from here. A new field is a new case: the fast
/// decoder's switches then do not compile until they read it (or leave the document to the exact decoder), the
/// exact decoder accepts the key, and the writer names it by its case.
enum DossierSchema {
    enum TopKey: String, JSONKeys {
        case format, creator, notes, comments
        case followerHistory = "follower_history"
        case audience
        case followerSample = "follower_sample"
        case recentAverages = "recent_averages"
        case platform, deck
        static let table = KeyTable<Self>()
    }

    enum CreatorKey: String, JSONKeys {
        case id, followers, nickname, platform, following
        case likesAndCollects = "likes_and_collects"
        case notesCount = "notes_count"
        case verified, mcn, vertical, location, quote
        static let table = KeyTable<Self>()
    }

    enum QuoteKey: String, JSONKeys {
        case imageNote = "image_note"
        case videoNote = "video_note"
        case currency
        static let table = KeyTable<Self>()
    }

    enum NoteKey: String, JSONKeys {
        case id, type
        case publishedAt = "published_at"
        case title, text, tags, likes, collects, comments, shares, reads, impressions, sponsored
        static let table = KeyTable<Self>()
    }

    enum CommentKey: String, JSONKeys {
        case id
        case noteID = "note_id"
        case text
        case createdAt = "created_at"
        case likes
        case userID = "user_id"
        case nickname
        case ipLocation = "ip_location"
        case parentID = "parent_id"
        case author
        static let table = KeyTable<Self>()
    }

    /// A comment's `author`: the commenter's profile.
    enum AuthorKey: String, JSONKeys {
        case followers, following, notes
        case hasAvatar = "has_avatar"
        static let table = KeyTable<Self>()
    }

    /// A point of `follower_history`.
    enum PointKey: String, JSONKeys {
        case date, followers
        static let table = KeyTable<Self>()
    }

    /// An account of `follower_sample`.
    enum FollowerKey: String, JSONKeys {
        case id, nickname, followers, following, notes
        case likesAndCollects = "likes_and_collects"
        case hasAvatar = "has_avatar"
        case bioLength = "bio_length"
        case isPrivate = "is_private"
        static let table = KeyTable<Self>()
    }

    enum AudienceKey: String, JSONKeys {
        case gender, age
        case cityTier = "city_tier"
        case regions, interests
        case activeFansShare = "active_fans_share"
        static let table = KeyTable<Self>()
    }

    enum AveragesKey: String, JSONKeys {
        case likes, collects, comments, shares, notes
        static let table = KeyTable<Self>()
    }

    /// The MCN's own figures (`deck`).
    enum DeckKey: String, JSONKeys {
        case source, followers
        case averageLikes = "avg_likes"
        case imageQuote = "image_quote"
        case videoQuote = "video_quote"
        static let table = KeyTable<Self>()
    }

    /// The groups of `audience.gender`, `audience.age` and `audience.city_tier`, in display order.
    static let genders = ["female", "male"]
    static let ageBands = ["<18", "18-24", "25-34", "35-44", ">44"]
    static let cityTiers = ["tier1", "new_tier1", "tier2", "tier3", "tier4_plus"]
}

extension JSONKeys {
    /// Every key's JSON name.
    static var names: Set<String> { Set(allCases.map(\.rawValue)) }
}

// The schema's key sets by their short names, for the decoders and the writer.
typealias DossierKey = DossierSchema.TopKey
typealias CreatorKey = DossierSchema.CreatorKey
typealias QuoteKey = DossierSchema.QuoteKey
typealias NoteKey = DossierSchema.NoteKey
typealias CommentKey = DossierSchema.CommentKey
typealias AuthorKey = DossierSchema.AuthorKey
typealias PointKey = DossierSchema.PointKey
typealias FollowerKey = DossierSchema.FollowerKey
typealias AudienceKey = DossierSchema.AudienceKey
typealias AveragesKey = DossierSchema.AveragesKey
typealias DeckKey = DossierSchema.DeckKey
