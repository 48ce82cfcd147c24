/// What kolvet found in a creator's comments: each comment's flags and the patterns across comments.
package struct CommentAnalysis: Sendable, Equatable {
    /// The comments analysed: all but the creator's own replies.
    package var comments: [AnalyzedComment] = []
    /// Replies by the creator (user_id or nickname equal to the creator's), set aside.
    package var ownReplies = 0
    /// Groups of the same or nearly the same text, largest first (only groups of 2 or more).
    package var duplicateGroups: [DuplicateGroup] = []
    /// Notes judged for a burst (enough timed comments) and the ones that burst.
    package var burstNotesExamined = 0
    package var burstNotes: [BurstNote] = []
    /// Notes that have comments, and the accounts commenting on most of them.
    package var notesWithComments = 0
    package var repeatCommenters: [RepeatCommenter] = []
    /// Sequences of accounts commenting in the same order on several notes.
    package var rotations: [Rotation] = []

    package init() {}

    /// Comments whose author data allows the throwaway-account check.
    package var commentsWithAuthorData: [AnalyzedComment] { comments.filter { $0.isSuspiciousAuthor != nil } }
}

/// One comment and what kolvet found in it.
package struct AnalyzedComment: Sendable, Equatable {
    /// Position in the dossier's `comments` array.
    package var index: Int
    /// The comment.
    package var comment: Comment
    /// Its text, taken apart.
    package var text: CommentText
    /// Why it is generic (template, sticker-only, too short), or nil.
    package var genericReason: String?
    /// Whether its text repeats elsewhere, exactly or nearly.
    package var isDuplicate = false
    /// Lead-generation cues found.
    package var leadGenCues: [String] = []
    /// Whether its author looks like a throwaway account; nil when nothing is known of the author.
    package var isSuspiciousAuthor: Bool?
    /// The throwaway cues that hold.
    package var suspiciousCues: [String] = []
    /// Whether the same longer text comes from several accounts (a coordinated text).
    package var isCoordinated = false
    /// Whether it arrived early on a note that burst.
    package var isInBurst = false
    /// Whether its author is a repeat commenter or part of a rotation.
    package var isByRepeatCommenter = false
    /// Whether it is specific: long enough, a real question, or about the note's topic.
    package var isSubstantive = false

    /// Whether it is generic.
    package var isGeneric: Bool { genericReason != nil }
    /// Whether it is lead generation.
    package var isLeadGen: Bool { !leadGenCues.isEmpty }

    /// Inauthentic only when content and context agree: (generic, duplicate or lead-generation content) and
    /// (a throwaway author, a burst, a repeat commenter, or a text coordinated across accounts).
    package var isInauthentic: Bool {
        (isGeneric || isDuplicate || isLeadGen)
            && (isSuspiciousAuthor == true || isInBurst || isByRepeatCommenter || isCoordinated)
    }

    /// The reasons behind the inauthentic flag, for the report.
    package var reasons: [String] {
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
package struct DuplicateGroup: Sendable, Equatable {
    /// The most common text of the group, as written.
    package var text: String
    /// How many comments.
    package var count: Int
    /// On how many distinct notes.
    package var notes: Int
    /// From how many distinct accounts.
    package var accounts: Int

    package init(text: String, count: Int, notes: Int, accounts: Int) {
        self.text = text
        self.count = count
        self.notes = notes
        self.accounts = accounts
    }
}

/// A note whose comments came in a burst right after it was published.
package struct BurstNote: Sendable, Equatable {
    package var noteID: String
    /// Comments within the burst window, and timed comments in all.
    package var early: Int
    package var timed: Int
    /// The median early share of the creator's other notes (capped).
    package var baseline: Double

    package init(noteID: String, early: Int, timed: Int, baseline: Double) {
        self.noteID = noteID
        self.early = early
        self.timed = timed
        self.baseline = baseline
    }
}

/// An account commenting on most of the creator's notes.
package struct RepeatCommenter: Sendable, Equatable {
    package var account: String
    package var notes: Int

    package init(account: String, notes: Int) {
        self.account = account
        self.notes = notes
    }
}

/// Accounts commenting in the same order on several notes.
package struct Rotation: Sendable, Equatable {
    package var accounts: [String]
    package var notes: [String]

    package init(accounts: [String], notes: [String]) {
        self.accounts = accounts
        self.notes = notes
    }
}
