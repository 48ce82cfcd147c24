/// `comments.shared_commenters` and its batch-level finding: accounts that feed the comment sections of several
/// creators of one batch — a 互赞 (mutual-praise) ring when those creators come from one MCN.
///
/// An account counts on a creator when it wrote at least `rings.minimum_comments` comments there (the creator's
/// footprint, `CommenterFootprint`; the index keeps each as a 64-bit hash of its id, and the id itself only once it
/// is seen on a second creator); it is **shared** when it counts on at least `rings.minimum_creators` creators of
/// the batch. Per creator: value = comments by shared accounts ÷ comments with a known account; warn above
/// `rings.warn_above` (10 %), fail above `rings.fail_above` (25 %). A **ring** is a set of creators at warn or fail
/// joined by the shared accounts they have in common. The finding needs the whole batch, so it is reported beside
/// the ranking (never inside one creator's report, which depends only on its own record); a failing creator makes
/// the run's exit status at least 1. Unknown when fewer than `rings.minimum_creators` creators of the batch have
/// comments with account ids.
public struct SharedCommenters: Sendable {
    /// A creator of the batch whose comments name their accounts.
    public struct Member: Sendable {
        public var index: Int
        public var creatorID: String?
        public var name: String
        public var mcn: String?
        /// Comments with a known account, the creator's own replies left out.
        public var comments: Int
        /// The accounts that count on the creator, by a 64-bit hash of their id (FNV-1a), with their comments.
        var accounts: [HeldAccount]
    }

    /// An account as the index keeps it: 12 bytes, the id itself kept once, and only for accounts seen on a second
    /// creator (the only ones a finding can name).
    struct HeldAccount: Sendable {
        var key: UInt64
        var comments: Int32
    }

    /// A shared account as seen from one creator.
    public struct SharedAccount: Sendable, Equatable {
        public var id: String
        /// Its comments on this creator.
        public var comments: Int
        /// The creators of the batch it counts on, this one included.
        public var creators: Int
    }

    /// One creator's measurement.
    public struct Finding: Sendable {
        public var member: Member
        /// Comments by shared accounts ÷ comments with a known account.
        public var value: Double
        public var level: SignalLevel
        public var sharedComments: Int
        /// The shared accounts on this creator, most comments first.
        public var accounts: [SharedAccount]
        /// The other creators sharing at least one of those accounts, with how many: most first.
        public var partners: [(member: Member, accounts: Int)]
    }

    /// Creators at warn or fail joined by shared accounts.
    public struct Ring: Sendable {
        /// Positions in `findings`, in input order.
        public var members: [Int]
        /// The MCN all members share, if they do.
        public var commonMCN: String?
        /// Shared accounts that count on at least two members.
        public var accounts: [(id: String, creators: Int, comments: Int)]
    }

    /// The creators with at least one account that counts on them (only they can share one).
    public private(set) var members: [Member] = []
    /// Creators whose comments name their accounts, with or without an account that counts on them.
    public private(set) var creatorsWithAccounts = 0
    public let settings: RingSettings
    /// The first member each account key was seen on.
    private var firstHolder: [UInt64: Int32] = [:]
    /// The ids of accounts seen on more than one member (on every member when one creator is enough to share).
    private var names: [UInt64: String] = [:]

    public init(settings: RingSettings) {
        self.settings = settings
    }

    /// Adds a vetted entry whose comments name their accounts.
    public mutating func add(_ entry: BatchEntry) {
        guard let footprint = entry.commenters else { return }
        creatorsWithAccounts += 1
        guard !footprint.accounts.isEmpty else { return }
        let ordinal = Int32(clamping: members.count)
        var held: [HeldAccount] = []
        held.reserveCapacity(footprint.accounts.count)
        for account in footprint.accounts {
            let key = DossierFileName.fnv1a(account.id)
            held.append(HeldAccount(key: key, comments: Int32(clamping: account.comments)))
            if let first = firstHolder[key] {
                if first != ordinal && names[key] == nil { names[key] = account.id }
            } else {
                firstHolder[key] = ordinal
                if settings.minimumCreators <= 1 { names[key] = account.id }
            }
        }
        members.append(
            Member(
                index: entry.index, creatorID: entry.creatorID, name: entry.displayName,
                mcn: entry.report?.creator.mcn ?? entry.record.dossier?.creator.mcn ?? entry.record.mcn,
                comments: footprint.comments, accounts: held))
    }

    /// Whether there are enough creators with account ids to judge.
    public var isKnown: Bool { creatorsWithAccounts >= max(2, settings.minimumCreators) }

    /// How many creators each account counts on.
    private var creatorsPerAccount: [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        for member in members {
            for account in member.accounts { counts[account.key, default: 0] += 1 }
        }
        return counts
    }

    /// The finding over every creator added so far.
    public func report() -> SharedCommenterReport {
        let counts = creatorsPerAccount
        let findings = findings(counts)
        return SharedCommenterReport(
            settings: settings, isKnown: isKnown, creatorsWithAccounts: creatorsWithAccounts,
            sharedAccounts: counts.values.filter { $0 >= settings.minimumCreators }.count, findings: findings,
            rings: rings(of: findings))
    }

    /// Every member with at least one shared account, in input order.
    private func findings(_ counts: [UInt64: Int]) -> [Finding] {
        guard isKnown else { return [] }
        let shared = counts.filter { $0.value >= settings.minimumCreators }
        guard !shared.isEmpty else { return [] }
        var holders: [UInt64: [Int]] = [:]
        for (position, member) in members.enumerated() {
            for account in member.accounts where shared[account.key] != nil {
                holders[account.key, default: []].append(position)
            }
        }
        let thresholds = settings.thresholds
        return members.enumerated().compactMap { position, member -> Finding? in
            let held = member.accounts.filter { shared[$0.key] != nil }
            let accounts = held.map {
                SharedAccount(
                    id: names[$0.key] ?? String($0.key, radix: 16), comments: Int($0.comments),
                    creators: shared[$0.key] ?? 0)
            }
            guard !accounts.isEmpty, member.comments > 0 else { return nil }
            let sharedComments = accounts.reduce(0) { $0 + $1.comments }
            let value = Double(sharedComments) / Double(member.comments)
            var partners: [Int: Int] = [:]
            for account in held {
                for other in holders[account.key] ?? [] where other != position { partners[other, default: 0] += 1 }
            }
            let ordered = partners.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            return Finding(
                member: member, value: value, level: thresholds.level(of: value), sharedComments: sharedComments,
                accounts: accounts, partners: ordered.map { (members[$0.key], $0.value) })
        }
    }

    /// The rings: creators at warn or fail, joined when they share an account.
    private func rings(of findings: [Finding]) -> [Ring] {
        let flagged = findings.indices.filter { findings[$0].level == .warn || findings[$0].level == .fail }
        var parent = Dictionary(uniqueKeysWithValues: flagged.map { ($0, $0) })
        func root(_ node: Int) -> Int {
            var node = node
            while let up = parent[node], up != node { node = up }
            return node
        }
        var firstHolder: [String: Int] = [:]
        for position in flagged {
            for account in findings[position].accounts {
                if let other = firstHolder[account.id] {
                    parent[root(position)] = root(other)
                } else {
                    firstHolder[account.id] = position
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for position in flagged { groups[root(position), default: []].append(position) }
        return groups.values.filter { $0.count >= 2 }.sorted { $0[0] < $1[0] }.map { group in
            var tally: [String: (creators: Int, comments: Int)] = [:]
            for position in group {
                for account in findings[position].accounts {
                    let old = tally[account.id] ?? (0, 0)
                    tally[account.id] = (old.creators + 1, old.comments + account.comments)
                }
            }
            let accounts = tally.filter { $0.value.creators >= 2 }
                .sorted {
                    $0.value.creators != $1.value.creators
                        ? $0.value.creators > $1.value.creators
                        : $0.value.comments != $1.value.comments
                            ? $0.value.comments > $1.value.comments : $0.key < $1.key
                }
                .map { (id: $0.key, creators: $0.value.creators, comments: $0.value.comments) }
            let mcns = Set(group.map { findings[$0].member.mcn })
            let common = mcns.count == 1 ? mcns.first ?? nil : nil
            return Ring(members: group, commonMCN: common, accounts: accounts)
        }
    }
}

/// What `SharedCommenters` found over a batch.
public struct SharedCommenterReport: Sendable {
    public var settings: RingSettings
    /// Whether enough creators had commenter ids to judge.
    public var isKnown: Bool
    public var creatorsWithAccounts: Int
    /// Accounts counting on `rings.minimum_creators` creators or more.
    public var sharedAccounts: Int
    /// Creators with at least one shared account, in input order.
    public var findings: [SharedCommenters.Finding]
    public var rings: [SharedCommenters.Ring]

    /// The run's exit status from this finding: below the bar (1) when a creator fails, else success.
    public var status: ExitStatus {
        findings.contains { $0.level == .fail } ? .belowBar : .success
    }

    /// Creators at warn or fail.
    public var flagged: [SharedCommenters.Finding] { findings.filter { $0.level == .warn || $0.level == .fail } }
}
