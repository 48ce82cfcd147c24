/// `content.competitor_conflict`: recent commercial notes that name one of the brief's competitors.
///
/// A commercial note is one declared sponsored, or one not declared that reads like an ad (the cues of
/// `content.undeclared_ads`). value = commercial recent notes whose title, text or topics name a brand of the
/// brief's `competitors` (case-insensitive). Default: warn above 0, fail above 1 — one recent paid note for a
/// competitor is worth a question, two are a conflict (kolvet prior: brands commonly ask for a 30–90 day exclusivity).
/// Not decisive. Unknown without competitors in the brief or with fewer than `engagement.minimum_notes` notes with
/// text. Details: brand saturation — the brands named in commercial notes (@-mentions and competitors, with counts) —
/// and each conflicting note.
package struct CompetitorConflictSignal: Signal {
    package let id = "content.competitor_conflict"
    package let category = SignalCategory.content
    package let summary = "recent sponsored notes naming a competitor of the brief (brand saturation)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        let notes = context.engagement.notes.filter { $0.title != nil || $0.text != nil || !$0.tags.isEmpty }
        let settings = context.configuration.content
        let commercial = notes.filter { $0.isSponsored == true || !settings.sponsorshipCues(in: $0).isEmpty }
        var brands: [String: Int] = [:]
        for note in commercial {
            for brand in Set(Self.mentions(in: note.text ?? "") + Self.mentions(in: note.title ?? "")) {
                brands[brand, default: 0] += 1
            }
        }
        let competitors = (context.brief?.competitors ?? []).filter { !$0.isEmpty }
        var conflicts: [String] = []
        for note in commercial {
            let text = ([note.title ?? "", note.text ?? ""] + note.tags).joined(separator: " ").lowercased()
            let named = competitors.filter { ByteSearch.contains(text, $0.lowercased()) }
            guard !named.isEmpty else { continue }
            for brand in named { brands[brand, default: 0] += 1 }
            let title = note.title.map { "\"\(String($0.prefix(30)))\"" } ?? (note.id ?? "a note")
            conflicts.append("\(title): " + named.joined(separator: ", "))
        }
        let saturation =
            brands.isEmpty
            ? "no brand named in \(ReportFormatting.counted(commercial.count, "commercial note"))"
            : "brands named in \(ReportFormatting.counted(commercial.count, "commercial note")): "
                + brands.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(8)
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        guard !competitors.isEmpty else {
            var unknown = SignalMeasurement.unknown(.count, "no competitors in the brief (kolvet.brief/1 competitors)")
            unknown.details = [saturation]
            return unknown
        }
        let minimum = context.configuration.engagement.minimumNotes
        guard notes.count >= minimum else {
            return .unknown(
                .count,
                "\(ReportFormatting.counted(notes.count, "recent note")) with a title, text or topics (\(minimum) needed)"
            )
        }
        return SignalMeasurement(
            value: Double(conflicts.count), unit: .count,
            evidence:
                "\(conflicts.count) of \(ReportFormatting.counted(commercial.count, "recent commercial note")) "
                + (conflicts.count == 1 ? "names" : "name") + " a competitor of the brief",
            details: [saturation] + conflicts)
    }

    /// The accounts @-mentioned in `text` (`@完美日记 ` → 完美日记): up to the next space, `@`, `#`, symbol or
    /// punctuation other than `-`, `_` and `·` (which names such as SK-II carry).
    package static func mentions(in text: String) -> [String] {
        var found: [String] = []
        var current: String?
        for character in text {
            if character == "@" {
                if let name = current, !name.isEmpty { found.append(name) }
                current = ""
            } else if current != nil {
                if character.isWhitespace || character == "#" || (character.isPunctuation && !"-_·".contains(character))
                    || character.isSymbol
                {
                    if let name = current, !name.isEmpty { found.append(name) }
                    current = nil
                } else {
                    current?.append(character)
                }
            }
        }
        if let name = current, !name.isEmpty { found.append(name) }
        return found
    }
}
