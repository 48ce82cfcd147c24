/// The text patterns `CommentAnalyzer` looks for, each over `Character`s / `String`s in general and over bytes
/// when the text is simple (`SimpleClusters`); `SimpleClustersTests` compares the two ways.
extension CommentAnalyzer {
    /// The lead-generation patterns of text without white space: over `Character`s, or over the clusters of
    /// simple text (the same tests; a test compares the two).
    struct LeadGenPatterns: Equatable {
        var hasPhoneNumber: Bool
        var hasBracketPrice: Bool
        var hasSpendAndSave: Bool
        var hashtags: Int

        init(_ text: String) {
            hasPhoneNumber = CommentAnalyzer.containsPhoneNumber(text)
            hasBracketPrice = CommentAnalyzer.containsBracketPrice(text)
            hasSpendAndSave = CommentAnalyzer.containsSpendAndSave(text)
            hashtags = text.filter { $0 == "#" }.count
        }

        init(_ text: SimpleClusters) {
            let clusters = text.clusters
            hasPhoneNumber = false
            var start = 0
            while start < clusters.count && !hasPhoneNumber {
                guard clusters[start].isDigit else {
                    start += 1
                    continue
                }
                var end = start
                while end < clusters.count && clusters[end].isDigit { end += 1 }
                hasPhoneNumber =
                    end - start == 11 && clusters[start].first == 0x31
                    && (0x33...0x39).contains(clusters[start + 1].first)
                start = end
            }
            hasBracketPrice = false  // 〖 is not a simple scalar
            hasSpendAndSave = false
            for (index, cluster) in clusters.enumerated() where cluster.isScalar(0x6EE1) {  // 满
                let window = clusters[(index + 1)..<min(clusters.count, index + 9)]
                if let digit = window.firstIndex(where: \.isDigit),
                    window[digit...].contains(where: { $0.isScalar(0x4EAB) || $0.isScalar(0x51CF) })  // 享, 减
                {
                    hasSpendAndSave = true
                    break
                }
            }
            hashtags = clusters.count { $0.isASCII(0x23) }
        }
    }
}
