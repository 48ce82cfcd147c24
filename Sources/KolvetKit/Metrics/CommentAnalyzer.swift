import Foundation

/// Analyses a creator's comments: per-comment flags (generic, duplicate, lead generation, throwaway author,
/// burst, repeat commenter, substantive) and the patterns behind them. docs/comments.md gives every rule.
package struct CommentAnalyzer: Sendable {
    package let settings: CommentSettings
    private let templates: TemplateMatcher
    /// Lead-generation phrases; the contextual ones count only beside a contact action or a long number.
    private let leadGenPhrases: [(phrase: String, search: ByteSearch, isContextual: Bool)]
    /// The lead-generation phrases by their first byte, so that a comment is scanned once.
    private let leadGenByFirstByte: [UInt8: [Int]]
    private let contactActions: [ByteSearch]

    /// Prepares the lexicons once; one analyzer serves every creator of a run.
    package init(settings: CommentSettings) {
        self.settings = settings
        self.templates = TemplateMatcher(
            phrases: settings.templatePhrases + settings.extraTemplatePhrases, fillers: settings.templateFillers)
        let strong = (settings.leadGenPhrases + settings.extraLeadGenPhrases).map { ($0, false) }
        let contextual = settings.contextualLeadGenPhrases.map { ($0, true) }
        self.leadGenPhrases = (strong + contextual).map { (CommentText.fold($0.0), $0.1) }.filter { !$0.0.isEmpty }
            .map { ($0.0, ByteSearch($0.0), $0.1) }
        self.contactActions = settings.contactActions.map(CommentText.fold).filter { !$0.isEmpty }.map(ByteSearch.init)
        var byFirstByte: [UInt8: [Int]] = [:]
        for (index, entry) in leadGenPhrases.enumerated() {
            if let first = entry.search.needle.first { byFirstByte[first, default: []].append(index) }
        }
        self.leadGenByFirstByte = byFirstByte
    }

    /// Analyses the comments of one dossier.
    package func analyze(_ dossier: Dossier) -> CommentAnalysis {
        var analysis = CommentAnalysis()
        let creator = dossier.creator
        let titles = Dictionary(
            dossier.notes.compactMap { note in note.id.map { ($0, CommentText(note.title ?? "").bigrams) } },
            uniquingKeysWith: { first, _ in first })
        // A masked nickname (MediaCrawler since 2026-07: 小***薯) is shared by many accounts: only ids tell then.
        let nickname = creator.nickname.flatMap { $0.contains("***") ? nil : $0 }
        for (index, comment) in dossier.comments.enumerated() {
            let isOwn =
                (comment.userID != nil && comment.userID == creator.id)
                || (comment.nickname != nil && comment.nickname == nickname)
            if isOwn {
                analysis.ownReplies += 1
                continue
            }
            let text = CommentText(comment.text ?? "")
            var analyzed = AnalyzedComment(index: index, comment: comment, text: text)
            analyzed.genericReason = genericReason(text)
            analyzed.leadGenCues = leadGenCues(text)
            (analyzed.isSuspiciousAuthor, analyzed.suspiciousCues) = suspicion(of: comment)
            let titleBigrams = comment.noteID.flatMap { titles[$0] } ?? []
            analyzed.isSubstantive = isSubstantive(text, generic: analyzed.isGeneric, titleBigrams: titleBigrams)
            analysis.comments.append(analyzed)
        }
        markDuplicates(&analysis)
        markBursts(&analysis, notes: dossier.notes)
        markRepeatCommenters(&analysis)
        return analysis
    }

    // MARK: - One comment

    /// Why a text is generic, or nil: stickers or emoji only, laughter only, a template, too short.
    package func genericReason(_ text: CommentText) -> String? {
        if text.isEmojiOnly { return "stickers or emoji only" }
        if text.meaningfulLength == 0 { return "no text" }
        if text.key.isEmpty { return "laughter or particles only" }
        if let phrase = templates.matchedPhrase(text.key) { return "template \"\(phrase)\"" }
        if text.meaningfulLength < settings.minimumMeaningfulLength {
            return "too short (\(text.meaningfulLength) of \(settings.minimumMeaningfulLength) units)"
        }
        return nil
    }

    /// The lead-generation cues in a text.
    package func leadGenCues(_ text: CommentText) -> [String] {
        let bytes = Self.withoutWhitespace(text.normalized)
        var found = Set<Int>()
        for (offset, byte) in bytes.enumerated() {
            guard let candidates = leadGenByFirstByte[byte] else { continue }
            for index in candidates where !found.contains(index) {
                if leadGenPhrases[index].search.occurs(at: offset, in: bytes) { found.insert(index) }
            }
        }
        let contextual = found.filter { leadGenPhrases[$0].isContextual }
        // A contextual word counts beside a strong cue, a contact action or a long number.
        if !contextual.isEmpty && contextual.count == found.count
            && !Self.hasContactContext(bytes, actions: contactActions)
        {
            found.subtract(contextual)
        }
        var cues = found.sorted().map { "\"\(leadGenPhrases[$0].phrase)\"" }
        let patterns = LeadGenPatterns(TextClusters(bytes: bytes))
        if patterns.hasPhoneNumber { cues.append("phone number") }
        if patterns.hasBracketPrice { cues.append("price in 〖 〗") }
        if patterns.hasSpendAndSave { cues.append("满…享/减 promotion") }
        if patterns.hashtags >= settings.hashtagRun { cues.append("\(patterns.hashtags) hashtags") }
        return cues
    }

    /// The UTF-8 bytes of folded text without its white space: ASCII white space and the white-space characters
    /// NFKC leaves alone (U+0085, U+1680, U+2028, U+2029) — what `Character.isWhitespace` removes from folded text.
    package static func withoutWhitespace(_ text: String) -> [UInt8] {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if (0x09...0x0D).contains(byte) || byte == 0x20 {
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < input.count, input[index + 1] == 0x85 {
                index += 2
                continue
            }
            if byte == 0xE1 || byte == 0xE2, index + 2 < input.count {
                let tail = (input[index + 1], input[index + 2])
                if (byte == 0xE1 && tail == (0x9A, 0x80))
                    || (byte == 0xE2 && tail.0 == 0x80 && (tail.1 == 0xA8 || tail.1 == 0xA9))
                {
                    index += 3
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// Throwaway cues of a comment's author: a default nickname (小红薯 + hex), no avatar, no notes, few
    /// followers, mass following. Suspicious when at least `suspicious_minimum_cues` (5) hold; nil when no
    /// author data (profile numbers or avatar) is given.
    package func suspicion(of comment: Comment) -> (Bool?, [String]) {
        guard let author = comment.author else { return (nil, []) }
        var cues: [String] = []
        if let nickname = comment.nickname, DefaultNickname.matches(nickname) { cues.append("default nickname") }
        if author.hasAvatar == false { cues.append("no avatar") }
        if author.notes?.value == 0 { cues.append("no notes") }
        if let followers = author.followers, followers.value <= settings.suspiciousMaximumFollowers {
            cues.append("\(followers.value) followers")
        }
        if let following = author.following, following.value >= settings.suspiciousMinimumFollowing {
            cues.append("follows \(following.value)")
        }
        return (cues.count >= settings.suspiciousMinimumCues, cues)
    }

    func isSubstantive(_ text: CommentText, generic: Bool, titleBigrams: Set<String>) -> Bool {
        guard !generic else { return false }
        if text.meaningfulLength >= settings.substantiveLength { return true }
        guard text.meaningfulLength >= 5 else { return false }
        if text.isQuestion { return true }
        return !text.bigrams.isDisjoint(with: titleBigrams)
    }

    // MARK: - Across comments

    /// Groups texts by key, then joins groups whose keys are near-duplicates (bigram Jaccard ≥
    /// `near_duplicate_similarity`, keys of 4 or more characters). Every comment in a group of 2 or more is a
    /// duplicate; in a group from `coordinated_minimum_accounts` accounts, those with a key of
    /// `coordinated_minimum_length` or more are coordinated. Comments with an empty key (stickers only) group by
    /// their stickers.
    func markDuplicates(_ analysis: inout CommentAnalysis) {
        let keys = analysis.comments.map { comment -> String? in
            let key = comment.text.key.isEmpty ? "\u{1}" + comment.text.stickers.joined() : comment.text.key
            return key == "\u{1}" ? nil : key
        }
        let joined = DuplicateGrouping.groups(keys: keys, similarity: settings.nearDuplicateSimilarity)
        var groups: [DuplicateGroup] = []
        for positions in joined.values where positions.count >= 2 {
            for position in positions { analysis.comments[position].isDuplicate = true }
            var textCounts: [String: Int] = [:]
            for position in positions { textCounts[analysis.comments[position].comment.text ?? "", default: 0] += 1 }
            let text = textCounts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? ""
            let notes = Set(positions.compactMap { analysis.comments[$0].comment.noteID }).count
            let accounts = Set(positions.compactMap { Self.account(of: analysis.comments[$0].comment) }).count
            groups.append(DuplicateGroup(text: text, count: positions.count, notes: notes, accounts: accounts))
            if accounts >= settings.coordinatedMinimumAccounts {
                for position in positions
                where analysis.comments[position].text.key.count >= settings.coordinatedMinimumLength {
                    analysis.comments[position].isCoordinated = true
                }
            }
        }
        analysis.duplicateGroups = groups.sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
    }

    /// A note bursts when it has at least `burst_minimum_comments` timed comments, at least `burst_share` of
    /// them arrived within `burst_minutes` of publication, and that share exceeds the median early share of the
    /// creator's other judged notes (capped at `burst_baseline_cap`) by `burst_excess`. Its early comments are
    /// marked.
    func markBursts(_ analysis: inout CommentAnalysis, notes: [Note]) {
        let published = Dictionary(
            notes.compactMap { note in note.id.flatMap { id in note.publishedAt.map { (id, $0) } } },
            uniquingKeysWith: { first, _ in first })
        var timed: [String: [(position: Int, isEarly: Bool)]] = [:]
        for (position, analyzed) in analysis.comments.enumerated() {
            guard let noteID = analyzed.comment.noteID, let start = published[noteID],
                let created = analyzed.comment.createdAt
            else { continue }
            let delay = created.timeIntervalSince(start)
            timed[noteID, default: []].append((position, delay >= -60 && delay <= settings.burstMinutes * 60))
        }
        let judged = timed.filter { $0.value.count >= settings.burstMinimumComments }
        analysis.burstNotesExamined = judged.count
        let shares = judged.mapValues { Double($0.filter(\.isEarly).count) / Double($0.count) }
        var bursts: [BurstNote] = []
        for (noteID, entries) in judged.sorted(by: { $0.key < $1.key }) {
            let share = shares[noteID] ?? 0
            let others = shares.filter { $0.key != noteID }.map(\.value)
            let baseline = min(Statistics.median(others) ?? 0, settings.burstBaselineCap)
            guard share >= settings.burstShare && share - baseline >= settings.burstExcess else { continue }
            for entry in entries where entry.isEarly { analysis.comments[entry.position].isInBurst = true }
            bursts.append(
                BurstNote(
                    noteID: noteID, early: entries.filter(\.isEarly).count, timed: entries.count, baseline: baseline))
        }
        analysis.burstNotes = bursts
    }

    /// Accounts (user_id, else nickname) that comment on at least `repeat_note_share` of the notes with comments
    /// (and at least `repeat_minimum_notes` notes), and runs of `rotation_length` accounts commenting in the same
    /// order on at least `rotation_minimum_notes` notes. Needs `repeat_minimum_notes_with_comments` notes.
    func markRepeatCommenters(_ analysis: inout CommentAnalysis) {
        // Accounts and notes are numbered once, so that the sets and runs below hold numbers, not strings.
        var accountNumbers: [String: Int] = [:]
        var accounts: [String] = []
        var noteNumbers: [String: Int] = [:]
        var notes: [String] = []
        var accountOfComment: [Int?] = []
        var noteOfComment: [Int?] = []
        for analyzed in analysis.comments {
            accountOfComment.append(
                Self.account(of: analyzed.comment).map { Self.number($0, in: &accountNumbers, names: &accounts) })
            noteOfComment.append(analyzed.comment.noteID.map { Self.number($0, in: &noteNumbers, names: &notes) })
        }
        var notesOfAccount = [Set<Int>](repeating: [], count: accounts.count)
        var sequences = [[(position: Int, account: Int)]](repeating: [], count: notes.count)
        for position in analysis.comments.indices {
            guard let note = noteOfComment[position], let account = accountOfComment[position] else { continue }
            notesOfAccount[account].insert(note)
            sequences[note].append((position, account))
        }
        analysis.notesWithComments = notes.count
        guard analysis.notesWithComments >= settings.repeatMinimumNotesWithComments else { return }
        let needed = max(
            settings.repeatMinimumNotes,
            Int((settings.repeatNoteShare * Double(analysis.notesWithComments)).rounded(.up)))
        var flagged = Set<Int>()
        analysis.repeatCommenters = notesOfAccount.indices.filter { notesOfAccount[$0].count >= needed }
            .map { RepeatCommenter(account: accounts[$0], notes: notesOfAccount[$0].count) }
            .sorted { $0.notes != $1.notes ? $0.notes > $1.notes : $0.account < $1.account }
        flagged.formUnion(analysis.repeatCommenters.compactMap { accountNumbers[$0.account] })

        var notesOfRun: [[Int]: Set<Int>] = [:]
        for (note, entries) in sequences.enumerated() {
            let ordered = entries.enumerated().sorted { lhs, rhs in
                let left = analysis.comments[lhs.element.position].comment.createdAt
                let right = analysis.comments[rhs.element.position].comment.createdAt
                if let left, let right, left != right { return left < right }
                return lhs.offset < rhs.offset
            }.map(\.element.account)
            var run: [Int] = []
            for account in ordered where run.last != account { run.append(account) }
            guard run.count >= settings.rotationLength, settings.rotationLength >= 2 else { continue }
            for start in 0...(run.count - settings.rotationLength) {
                let window = Array(run[start..<(start + settings.rotationLength)])
                if Set(window).count == window.count { notesOfRun[window, default: []].insert(note) }
            }
        }
        analysis.rotations = notesOfRun.filter { $0.value.count >= settings.rotationMinimumNotes }
            .map { Rotation(accounts: $0.key.map { accounts[$0] }, notes: $0.value.map { notes[$0] }.sorted()) }
            .sorted { $0.accounts.lexicographicallyPrecedes($1.accounts) }
        for rotation in analysis.rotations { flagged.formUnion(rotation.accounts.compactMap { accountNumbers[$0] }) }
        for index in analysis.comments.indices {
            if let account = accountOfComment[index], flagged.contains(account) {
                analysis.comments[index].isByRepeatCommenter = true
            }
        }
    }

    /// The number of `name`, numbering it next if it is new.
    private static func number(_ name: String, in numbers: inout [String: Int], names: inout [String]) -> Int {
        if let known = numbers[name] { return known }
        numbers[name] = names.count
        names.append(name)
        return names.count - 1
    }

    static func account(of comment: Comment) -> String? {
        comment.userID ?? comment.nickname
    }

    /// Whether folded text without white space holds a contact action or a run of 5 or more ASCII digits (a
    /// phone, QQ or WeChat number).
    static func hasContactContext(_ bytes: [UInt8], actions: [ByteSearch]) -> Bool {
        var run = 0
        for byte in bytes {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            if run >= 5 { return true }
        }
        for offset in bytes.indices {
            for action in actions where action.occurs(at: offset, in: bytes) { return true }
        }
        return false
    }
}

/// Xiaohongshu's default nicknames: 小红薯 followed by 6 or more hexadecimal digits (小红薯5F3A2B1C).
package enum DefaultNickname {
    package static func matches(_ nickname: String) -> Bool {
        // Folding leaves a simple scalar alone (or lower-cases it), and one without a decomposition cannot begin
        // a character equal to 小: a nickname starting with any other simple scalar is not a default one.
        if let first = nickname.unicodeScalars.first?.value, TextClusters.isSimple(first), first != 0x5C0F {
            return false
        }
        let folded = CommentText.fold(nickname)
        guard folded.hasPrefix("小红薯") else { return false }
        let rest = folded.dropFirst(3)
        return rest.count >= 6 && rest.allSatisfy(\.isHexDigit)
    }
}
