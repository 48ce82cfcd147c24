/// What kolvet found in a creator's comments: each comment's flags and the patterns across comments.
public struct CommentAnalysis: Sendable, Equatable {
    /// The comments analysed: all but the creator's own replies.
    public var comments: [AnalyzedComment] = []
    /// Replies by the creator (user_id or nickname equal to the creator's), set aside.
    public var ownReplies = 0
    /// Groups of the same or nearly the same text, largest first (only groups of 2 or more).
    public var duplicateGroups: [DuplicateGroup] = []
    /// Notes judged for a burst (enough timed comments) and the ones that burst.
    public var burstNotesExamined = 0
    public var burstNotes: [BurstNote] = []
    /// Notes that have comments, and the accounts commenting on most of them.
    public var notesWithComments = 0
    public var repeatCommenters: [RepeatCommenter] = []
    /// Sequences of accounts commenting in the same order on several notes.
    public var rotations: [Rotation] = []

    public init() {}

    /// Comments whose author data allows the throwaway-account check.
    public var commentsWithAuthorData: [AnalyzedComment] { comments.filter { $0.isSuspiciousAuthor != nil } }
}

/// One comment and what kolvet found in it.
public struct AnalyzedComment: Sendable, Equatable {
    /// Position in the dossier's `comments` array.
    public var index: Int
    /// The comment.
    public var comment: Comment
    /// Its text, taken apart.
    public var text: CommentText
    /// Why it is generic (template, sticker-only, too short), or nil.
    public var genericReason: String?
    /// Whether its text repeats elsewhere, exactly or nearly.
    public var isDuplicate = false
    /// Lead-generation cues found.
    public var leadGenCues: [String] = []
    /// Whether its author looks like a throwaway account; nil when nothing is known of the author.
    public var isSuspiciousAuthor: Bool?
    /// The throwaway cues that hold.
    public var suspiciousCues: [String] = []
    /// Whether the same longer text comes from several accounts (a coordinated text).
    public var isCoordinated = false
    /// Whether it arrived early on a note that burst.
    public var isInBurst = false
    /// Whether its author is a repeat commenter or part of a rotation.
    public var isByRepeatCommenter = false
    /// Whether it is specific: long enough, a real question, or about the note's topic.
    public var isSubstantive = false

    /// Whether it is generic.
    public var isGeneric: Bool { genericReason != nil }
    /// Whether it is lead generation.
    public var isLeadGen: Bool { !leadGenCues.isEmpty }

    /// Inauthentic only when content and context agree: (generic, duplicate or lead-generation content) and
    /// (a throwaway author, a burst, a repeat commenter, or a text coordinated across accounts).
    public var isInauthentic: Bool {
        (isGeneric || isDuplicate || isLeadGen)
            && (isSuspiciousAuthor == true || isInBurst || isByRepeatCommenter || isCoordinated)
    }

    /// The reasons behind the inauthentic flag, for the report.
    public var reasons: [String] {
        var reasons: [String] = []
        if let genericReason { reasons.append(genericReason) }
        if isDuplicate { reasons.append("repeated text") }
        if isLeadGen { reasons.append("lead generation (\(leadGenCues.joined(separator: ", ")))") }
        if isCoordinated { reasons.append("same text from several accounts") }
        if isSuspiciousAuthor == true {
            reasons.append("throwaway account (\(suspiciousCues.joined(separator: ", ")))")
        }
        if isInBurst { reasons.append("burst right after posting") }
        if isByRepeatCommenter { reasons.append("repeat commenter") }
        return reasons
    }
}

/// Comments with the same or nearly the same text.
public struct DuplicateGroup: Sendable, Equatable {
    /// The most common text of the group, as written.
    public var text: String
    /// How many comments.
    public var count: Int
    /// On how many distinct notes.
    public var notes: Int
    /// From how many distinct accounts.
    public var accounts: Int

    public init(text: String, count: Int, notes: Int, accounts: Int) {
        self.text = text
        self.count = count
        self.notes = notes
        self.accounts = accounts
    }
}

/// A note whose comments came in a burst right after it was published.
public struct BurstNote: Sendable, Equatable {
    public var noteID: String
    /// Comments within the burst window, and timed comments in all.
    public var early: Int
    public var timed: Int
    /// The median early share of the creator's other notes (capped).
    public var baseline: Double

    public init(noteID: String, early: Int, timed: Int, baseline: Double) {
        self.noteID = noteID
        self.early = early
        self.timed = timed
        self.baseline = baseline
    }
}

/// An account commenting on most of the creator's notes.
public struct RepeatCommenter: Sendable, Equatable {
    public var account: String
    public var notes: Int

    public init(account: String, notes: Int) {
        self.account = account
        self.notes = notes
    }
}

/// Accounts commenting in the same order on several notes.
public struct Rotation: Sendable, Equatable {
    public var accounts: [String]
    public var notes: [String]

    public init(accounts: [String], notes: [String]) {
        self.accounts = accounts
        self.notes = notes
    }
}
