/// The text patterns `CommentText` does not cover, over the clusters of a comment (`TextClusters`);
/// `TextClustersTests` compares them with a `Character`-based reference.
extension CommentAnalyzer {
    /// The lead-generation patterns of folded text without white space.
    struct LeadGenPatterns: Equatable {
        /// 11 ASCII digits in a row starting 13–19: a mainland mobile number.
        var hasPhoneNumber: Bool
        /// `〖…〗` holding a digit, ¥ or 元.
        var hasBracketPrice: Bool
        /// `满` followed within 8 characters by a digit and then `享` or `减`.
        var hasSpendAndSave: Bool
        /// `#` characters.
        var hashtags: Int

        init(_ text: TextClusters) {
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
            hasBracketPrice = false
            if let open = clusters.firstIndex(where: { $0.isScalar(0x3016) }),  // 〖
                let close = clusters[open...].firstIndex(where: { $0.isScalar(0x3017) })  // 〗
            {
                hasBracketPrice = clusters[open..<close].contains {
                    $0.isDigit || $0.isScalar(0xA5) || $0.isScalar(0x5143)  // ¥, 元
                }
            }
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
