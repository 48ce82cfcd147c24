/// `content.category_fit`: the share of the creator's recent notes that are on the brief's category.
///
/// A note is on the category when its title, text or topics contain one of the category's words:
/// `content.category_keywords` for the brief's vertical, plus the brief's `keywords` and `competitors`
/// (case-insensitive substring match). value = notes on the category ÷ recent notes that have a title, text or
/// topics. Default: warn below 30 %, fail below 10 % (kolvet prior; on real creators see docs/calibration.md,
/// "Content fit"). Unknown without a brief whose vertical has a lexicon or that gives keywords, or with fewer
/// than `engagement.minimum_notes` notes with text. Evidence: the matched words and the creator's own top topics.
package struct CategoryFitSignal: Signal {
    package let id = "content.category_fit"
    package let category = SignalCategory.content
    package let summary = "share of recent notes on the brief's category (vertical words, keywords, competitors)"

    package init() {}

    package func measure(in context: VettingContext) -> SignalMeasurement {
        guard let brief = context.brief else {
            return .unknown(.share, "no brief (--brief with a vertical or keywords)")
        }
        let words = context.configuration.content.words(for: brief)
        guard !words.isEmpty else {
            let vertical = brief.vertical.map { "no lexicon for vertical \"\($0)\"" } ?? "no vertical"
            return .unknown(.share, "\(vertical) and no keywords in the brief (content.category_keywords)")
        }
        let notes = context.engagement.notes.filter { $0.title != nil || $0.text != nil || !$0.tags.isEmpty }
        let minimum = context.configuration.engagement.minimumNotes
        guard notes.count >= minimum else {
            return .unknown(
                .share,
                "\(ReportFormatting.counted(notes.count, "recent note")) with a title, text or topics (\(minimum) needed)"
            )
        }
        var matched: [String: Int] = [:]
        var onCategory = 0
        var topics: [String: Int] = [:]
        for note in notes {
            let haystack = ([note.title ?? "", note.text ?? ""] + note.tags).joined(separator: " ").lowercased()
            let hits = words.filter { ByteSearch.contains(haystack, $0) }
            if !hits.isEmpty { onCategory += 1 }
            for word in Set(hits) { matched[word, default: 0] += 1 }
            for tag in Set(note.tags) { topics[tag, default: 0] += 1 }
        }
        let share = Double(onCategory) / Double(notes.count)
        let category = brief.vertical ?? "the brief's keywords"
        func top(_ counts: [String: Int]) -> String {
            counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        var details: [String] = []
        if !matched.isEmpty { details.append("words found: " + top(matched)) }
        if !topics.isEmpty { details.append("the creator's own top topics: " + top(topics)) }
        return SignalMeasurement(
            value: share, unit: .share,
            evidence: "\(onCategory) of \(ReportFormatting.counted(notes.count, "recent note")) are on \(category)",
            details: details)
    }
}
