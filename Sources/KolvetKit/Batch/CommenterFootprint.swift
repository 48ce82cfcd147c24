/// The accounts that feed one creator's comment section, as the batch's ring finding reads them: each account with
/// at least `rings.minimum_comments` comments on the creator, at most `rings.accounts_per_creator` of them (most
/// comments first, then by id), and how many comments have a known account.
public struct CommenterFootprint: Sendable, Equatable, Codable {
    /// One account and its comments on the creator.
    public struct Account: Sendable, Equatable, Codable {
        /// The account id (user id or MediaCrawler's hash).
        public var id: String
        public var comments: Int
    }

    public var accounts: [Account]
    /// Comments whose account is known, the creator's own replies left out: the share's denominator.
    public var comments: Int

    /// The footprint of a dossier's comments; nil when no comment names its account.
    public init?(_ dossier: Dossier, settings: RingSettings) {
        var counts: [String: Int] = [:]
        var known = 0
        let own = dossier.creator.id
        // The creator's own replies, told as the comment analysis tells them (a masked nickname never decides).
        let nickname = dossier.creator.nickname.flatMap { $0.contains("***") ? nil : $0 }
        for comment in dossier.comments {
            guard let account = comment.userID, !account.isEmpty, account != own,
                nickname == nil || comment.nickname != nickname
            else { continue }
            known += 1
            counts[account, default: 0] += 1
        }
        guard known > 0 else { return nil }
        comments = known
        accounts = counts.filter { $0.value >= settings.minimumComments }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(max(0, settings.accountsPerCreator))
            .map { Account(id: $0.key, comments: $0.value) }
    }

    public init(accounts: [Account], comments: Int) {
        self.accounts = accounts
        self.comments = comments
    }
}
