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

    /// The first 3 characters of every key of 5 or more, with the positions of the keys that open with them,
    /// ordered by opening. When every key is simple text (`SimpleClusters`) the openings are taken and compared
    /// as bytes — in NFC, the same equality and order as `String`'s — else as `String`s.
    static func openings(_ keys: [String], usesStrings: Bool = false) -> [(opening: String, positions: [Int])] {
        var simpleKeys: [SimpleClusters] = []
        if !usesStrings {
            for key in keys {
                guard let simple = SimpleClusters(key) else { break }
                simpleKeys.append(simple)
            }
        }
        guard simpleKeys.count == keys.count else {
            var positionsOfOpening: [String: [Int]] = [:]
            for (position, key) in keys.enumerated() where key.count >= 5 {
                positionsOfOpening[String(key.prefix(3)), default: []].append(position)
            }
            return positionsOfOpening.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        var positionsOfOpening: [DuplicateGrouping.ByteKey: [Int]] = [:]
        for (position, key) in simpleKeys.enumerated() where key.clusters.count >= 5 {
            let opening = DuplicateGrouping.ByteKey(bytes: Array(key.bytes[0..<key.clusters[2].end]))
            positionsOfOpening[opening, default: []].append(position)
        }
        return positionsOfOpening.sorted { $0.key < $1.key }.map {
            (String(decoding: $0.key.bytes, as: UTF8.self), $0.value)
        }
    }
}
