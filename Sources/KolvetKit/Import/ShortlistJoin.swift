/// Joins creators imported from an export (notes and comments, often no follower count) with the rows of the
/// MCN's shortlist (followers, 获赞与收藏, quotes, MCN, audience) — docs/mediacrawler.md, "Joining the shortlist".
///
/// A row's keys are its id column (小红书号 or user id) and the user id in its profile URL. An export creator is
/// matched, in this order: (1) its id equals one of a row's keys; (2) its id equals `creator_hash` of one of a
/// row's keys (SHA-256 of the key, first 16 hex digits — how MediaCrawler hides user ids since 2026-07); (3) one
/// of its alternate ids (Pugongying's `redId`, the 小红书号) equals one of a row's keys. The
/// first row, in sheet order, wins a key that several rows share (a warning names both). The export's own
/// values win where it has them (its notes, comments and any profile); the row fills what the export lacks.
/// What the row claims that the export can check is kept as the dossier's `deck`, for `deck.mismatch`.
/// Rows that match no creator become dossiers of their own (the sheet's averages only); creators that match
/// no row keep what the export has. Both are listed in warnings, one line per side.
public enum ShortlistJoin {
    /// The joined dossiers (export creators first, in their order, then unmatched rows in sheet order) and the
    /// diagnostics of the join.
    public static func join(
        export: [Dossier], shortlist: [BatchRecord], exportName: String, alternateIDs: [String: [String]] = [:]
    ) -> (dossiers: [Dossier], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var direct: [String: Int] = [:]
        var hashed: [String: Int] = [:]
        for (index, record) in shortlist.enumerated() where record.dossier != nil {
            for key in record.joinKeys {
                if let first = direct[key], first != index {
                    diagnostics.append(
                        Diagnostic(
                            .warning, file: record.file, at: record.line.map { .line($0) } ?? .file,
                            "id \(key) is also on \(shortlist[first].source); the earlier row is joined"))
                    continue
                }
                direct[key] = index
                let hash = SHA256.creatorHash(of: key)
                if hashed[hash] == nil { hashed[hash] = index }
            }
        }
        var used: Set<Int> = []
        var dossiers: [Dossier] = []
        var unmatched: [String] = []
        for var dossier in export {
            let id = dossier.creator.id
            let alternate = (alternateIDs[id] ?? []).lazy.compactMap { direct[$0] }.first
            guard let index = direct[id] ?? hashed[id] ?? alternate, let row = shortlist[index].dossier else {
                unmatched.append(id)
                dossiers.append(dossier)
                continue
            }
            if used.contains(index) {
                diagnostics.append(
                    Diagnostic(
                        .warning, file: exportName, at: .file,
                        "creator \(id) matches \(shortlist[index].source), already joined to another creator"))
            }
            used.insert(index)
            dossier.deck = deck(of: row, at: shortlist[index].source, against: dossier)
            fill(&dossier, from: row)
            dossiers.append(dossier)
        }
        var rowsAlone: [String] = []
        for (index, record) in shortlist.enumerated() where !used.contains(index) {
            guard let dossier = record.dossier else { continue }
            rowsAlone.append(record.line.map { "line \($0)" } ?? record.source)
            dossiers.append(dossier)
        }
        if !rowsAlone.isEmpty, let file = shortlist.first?.file {
            diagnostics.append(
                Diagnostic(
                    .warning, file: file, at: .file,
                    "\(ReportFormatting.counted(rowsAlone.count, "row")) matched no creator in the export and "
                        + "\(rowsAlone.count == 1 ? "is" : "are") written from the sheet alone: "
                        + rowsAlone.joined(separator: ", ")))
        }
        if !unmatched.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, file: exportName, at: .file,
                    "\(ReportFormatting.counted(unmatched.count, "creator")) matched no shortlist row: "
                        + unmatched.joined(separator: ", ")))
        }
        return (dossiers, diagnostics)
    }

    /// The row's claims that the export can check: followers and quotes only where the export has its own
    /// (a figure compared with itself proves nothing), average likes always (the notes check them).
    static func deck(of row: Dossier, at source: String, against exported: Dossier) -> DeckFigures? {
        var deck = DeckFigures(source: source)
        if exported.creator.followers != nil { deck.followers = row.creator.followers }
        deck.averageLikes = row.recentAverages?.likes
        if let quote = exported.creator.quote {
            deck.imageQuote = quote.imageNote == nil ? nil : row.creator.quote?.imageNote
            deck.videoQuote = quote.videoNote == nil ? nil : row.creator.quote?.videoNote
        }
        return deck.isEmpty ? nil : deck
    }

    /// Fills what the export lacks from the shortlist row.
    static func fill(_ dossier: inout Dossier, from row: Dossier) {
        var creator = dossier.creator
        let listed = row.creator
        if creator.nickname == nil || creator.nickname?.contains("***") == true {
            creator.nickname = listed.nickname ?? creator.nickname
        }
        creator.followers = creator.followers ?? listed.followers
        creator.following = creator.following ?? listed.following
        creator.likesAndCollects = creator.likesAndCollects ?? listed.likesAndCollects
        creator.notesCount = creator.notesCount ?? listed.notesCount
        creator.verified = creator.verified ?? listed.verified
        creator.mcn = creator.mcn ?? listed.mcn
        creator.vertical = creator.vertical ?? listed.vertical
        creator.location = creator.location ?? listed.location
        creator.quote = creator.quote ?? listed.quote
        dossier.creator = creator
        dossier.audience = dossier.audience ?? row.audience
        dossier.recentAverages = dossier.recentAverages ?? row.recentAverages
    }
}
