extension SharedCommenterReport {
    /// The finding as lines for people: a headline, each creator at warn or fail, each ring.
    public var textLines: [String] {
        let minimum = settings.minimumCreators
        guard isKnown else {
            return [
                "shared commenters: unknown — \(ReportFormatting.counted(creatorsWithAccounts, "creator")) of the batch "
                    + "with commenter account ids (\(max(2, minimum)) needed)"
            ]
        }
        let flagged = self.flagged
        let warn = ReportFormatting.percent(settings.warnAbove, 0)
        let fail = ReportFormatting.percent(settings.failAbove, 0)
        var lines = [
            "shared commenters: \(ReportFormatting.counted(sharedAccounts, "account")) comment repeatedly on \(minimum) or "
                + "more of the \(creatorsWithAccounts) creators with commenter ids; "
                + (flagged.isEmpty
                    ? "no creator has over \(warn) of its comments from them"
                    : "\(ReportFormatting.counted(flagged.count, "creator")) above the \(warn) warning line "
                        + "(\(fail) fails)")
        ]
        for finding in flagged {
            let partners = finding.partners.prefix(5).map { "\($0.member.name) (\($0.accounts))" }
            let more = finding.partners.count > 5 ? " and \(finding.partners.count - 5) more" : ""
            lines.append(
                "\(finding.level.rawValue.uppercased()) \(finding.member.name)\(Self.mcn(finding.member.mcn)): "
                    + "\(ReportFormatting.percent(finding.value, 1)) of \(ReportFormatting.counted(finding.member.comments, "comment")) "
                    + "from \(ReportFormatting.counted(finding.accounts.count, "shared account")); also on "
                    + partners.joined(separator: ", ") + more)
        }
        for ring in rings {
            let names = ring.members.map { findings[$0].member.name }
            let mcn =
                ring.commonMCN.map { "all of MCN \($0)" }
                ?? "MCNs "
                + Set(ring.members.map { findings[$0].member.mcn ?? "(none)" }).sorted().joined(separator: ", ")
            let top = ring.accounts.prefix(3).map { "\($0.id) on \($0.creators), \($0.comments) comments" }
            lines.append(
                "ring of \(names.count) creators (\(mcn)): \(names.joined(separator: ", ")) — "
                    + "\(ReportFormatting.counted(ring.accounts.count, "account")) in common (\(top.joined(separator: "; ")))"
            )
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
