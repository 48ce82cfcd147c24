extension SharedCommenterReport {
    /// The finding as lines for people: a headline, each creator at warn or fail, each ring.
    public var textLines: [String] { textLines(in: .en) }

    /// The finding as lines for people in `language`.
    public func textLines(in language: ReportLanguage) -> [String] {
        let zh = language == .zh
        let minimum = settings.minimumCreators
        guard isKnown else {
            return [
                zh
                    ? "跨达人共同评论账号：未知——本批仅 \(creatorsWithAccounts) 位达人有评论账号 ID（至少需要 \(max(2, minimum)) 位）"
                    : "shared commenters: unknown — \(ReportFormatting.counted(creatorsWithAccounts, "creator")) of the batch "
                        + "with commenter account ids (\(max(2, minimum)) needed)"
            ]
        }
        let flagged = self.flagged
        let warn = ReportFormatting.percent(settings.warnAbove, 0)
        let fail = ReportFormatting.percent(settings.failAbove, 0)
        var lines = [
            zh
                ? "跨达人共同评论账号：\(sharedAccounts) 个账号在 \(minimum) 位及以上达人下重复评论（本批 \(creatorsWithAccounts) 位达人"
                    + "有评论账号 ID）；"
                    + (flagged.isEmpty
                        ? "没有达人超过 \(warn) 的评论来自这些账号"
                        : "\(flagged.count) 位达人高于预警线 \(warn)（异常线 \(fail)）")
                : "shared commenters: \(ReportFormatting.counted(sharedAccounts, "account")) comment repeatedly on \(minimum) or "
                    + "more of the \(creatorsWithAccounts) creators with commenter ids; "
                    + (flagged.isEmpty
                        ? "no creator has over \(warn) of its comments from them"
                        : "\(ReportFormatting.counted(flagged.count, "creator")) above the \(warn) warning line "
                            + "(\(fail) fails)")
        ]
        for finding in flagged {
            let partners = finding.partners.prefix(5).map { "\($0.member.name) (\($0.accounts))" }
            let extra = finding.partners.count - 5
            let share = ReportFormatting.percent(finding.value, 1)
            let head = "\(finding.member.name)\(Self.mcn(finding.member.mcn))"
            if zh {
                lines.append(
                    "\(language.level(finding.level)) \(head)：\(finding.member.comments) 条评论中 \(share) 来自 "
                        + "\(finding.accounts.count) 个共同账号；这些账号也出现在 " + partners.joined(separator: "，")
                        + (extra > 0 ? " 等（另 \(extra) 位）" : ""))
            } else {
                lines.append(
                    "\(finding.level.rawValue.uppercased()) \(head): "
                        + "\(share) of \(ReportFormatting.counted(finding.member.comments, "comment")) "
                        + "from \(ReportFormatting.counted(finding.accounts.count, "shared account")); also on "
                        + partners.joined(separator: ", ") + (extra > 0 ? " and \(extra) more" : ""))
            }
        }
        for ring in rings {
            let names = ring.members.map { findings[$0].member.name }
            let none = zh ? "（无）" : "(none)"
            let mcns = Set(ring.members.map { findings[$0].member.mcn ?? none }).sorted()
                .joined(separator: zh ? "、" : ", ")
            if zh {
                let mcn = ring.commonMCN.map { "均属 MCN \($0)" } ?? "MCN " + mcns
                let top = ring.accounts.prefix(3).map { "\($0.id) 出现在 \($0.creators) 位达人下，\($0.comments) 条评论" }
                lines.append(
                    "互赞群（\(names.count) 位达人，\(mcn)）：\(names.joined(separator: "，"))——共同账号 "
                        + "\(ring.accounts.count) 个（\(top.joined(separator: "；"))）")
            } else {
                let mcn = ring.commonMCN.map { "all of MCN \($0)" } ?? "MCNs " + mcns
                let top = ring.accounts.prefix(3).map { "\($0.id) on \($0.creators), \($0.comments) comments" }
                lines.append(
                    "ring of \(names.count) creators (\(mcn)): \(names.joined(separator: ", ")) — "
                        + "\(ReportFormatting.counted(ring.accounts.count, "account")) in common (\(top.joined(separator: "; ")))"
                )
            }
        }
        return lines
    }

    private static func mcn(_ name: String?) -> String { name.map { " [MCN \($0)]" } ?? "" }

    /// The finding as JSON (docs/report-format.md, `shared_commenters`).
    public var jsonValue: JSONValue {
        func account(_ account: SharedCommenters.SharedAccount) -> JSONValue {
            .object([
                "id": .string(account.id), "comments": .integer(account.comments),
                "creators": .integer(account.creators),
            ])
        }
        let creators: [JSONValue] = findings.map { finding in
            .object([
                "index": .integer(finding.member.index),
                "id": finding.member.creatorID.map { .string($0) } ?? .null,
                "value": .fixed(finding.value, 4),
                "level": .string(finding.level.rawValue),
                "comments": .integer(finding.member.comments),
                "shared_comments": .integer(finding.sharedComments),
                "accounts": .array(finding.accounts.prefix(10).map(account)),
                "partners": .array(
                    finding.partners.map {
                        .object([
                            "index": .integer($0.member.index),
                            "id": $0.member.creatorID.map { .string($0) } ?? .null,
                            "accounts": .integer($0.accounts),
                        ])
                    }),
            ])
        }
        let ringValues: [JSONValue] = rings.map { ring in
            .object([
                "creators": .array(ring.members.map { .integer(findings[$0].member.index) }),
                "mcn": ring.commonMCN.map { .string($0) } ?? .null,
                "shared_accounts": .integer(ring.accounts.count),
                "accounts": .array(
                    ring.accounts.prefix(10).map {
                        .object([
                            "id": .string($0.id), "creators": .integer($0.creators), "comments": .integer($0.comments),
                        ])
                    }),
            ])
        }
        return .object([
            "known": .bool(isKnown),
            "creators_with_commenter_ids": .integer(creatorsWithAccounts),
            "shared_accounts": .integer(sharedAccounts),
            "minimum_comments": .integer(settings.minimumComments),
            "minimum_creators": .integer(settings.minimumCreators),
            "warn_above": .fixed(settings.warnAbove, 4),
            "fail_above": .fixed(settings.failAbove, 4),
            "creators": .array(creators),
            "rings": .array(ringValues),
        ])
    }
}
