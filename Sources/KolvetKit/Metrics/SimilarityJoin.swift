/// An exact Jaccard self-join: every pair of sets with |A ∩ B| / |A ∪ B| ≥ t, without comparing every pair.
///
/// Prefix filtering with a global token order and length filtering (Bayardo, Ma and Srikant, "Scaling Up All
/// Pairs Similarity Search", WWW 2007; Xiao et al., "Efficient Similarity Joins for Near Duplicate Detection"
/// (PPJoin), WWW 2008). Tokens are ranked rarest first; each set is listed in that order. With
/// k(n) = ⌈t·n⌉, a pair with J ≥ t overlaps in at least max(k(|A|), k(|B|)) tokens, so the first n − k(n) + 1
/// tokens of each (its prefix) share one; and |B| ≥ t·|A| when |B| ≤ |A|. Sets are processed by size; each probes
/// the index of earlier sets' prefixes through its own prefix, keeps those long enough, drops those that can no
/// longer reach the overlap ⌈t/(1+t)·(|A|+|B|)⌉ from the positions of the shared token (PPJoin's positional
/// filter), and every remaining candidate is verified with the same Jaccard the definition uses — so the pairs
/// are exactly those of the all-pairs loop.
/// Cost: near-linear in the total size for text, whose prefixes hold rare tokens; quadratic only when many sets
/// share their rarest tokens. t ≤ 0 pairs everything, t > 1 nothing.
enum SimilarityJoin {
    /// The index pairs (i < j by position in `sets`) with Jaccard ≥ `threshold`; each set is sorted and distinct.
    static func pairs<Token: Hashable & Comparable>(_ sets: [[Token]], threshold: Double) -> [(Int, Int)] {
        guard threshold <= 1 else { return [] }
        let nonEmpty = sets.indices.filter { !sets[$0].isEmpty }
        guard threshold > 0 else {
            // Jaccard ≥ 0 holds for every pair.
            return nonEmpty.enumerated().flatMap { offset, i in nonEmpty.dropFirst(offset + 1).map { (i, $0) } }
        }
        if nonEmpty.count <= smallJoin { return allPairs(sets, nonEmpty, threshold: threshold) }
        // Tokens ranked by document frequency, rarest first, ties by the token itself.
        var frequency: [Token: Int] = [:]
        for set in sets { for token in set { frequency[token, default: 0] += 1 } }
        let ranked = frequency.keys.sorted { lhs, rhs in
            let (left, right) = (frequency[lhs] ?? 0, frequency[rhs] ?? 0)
            return left != right ? left < right : lhs < rhs
        }
        var rank: [Token: Int32] = [:]
        rank.reserveCapacity(ranked.count)
        for (position, token) in ranked.enumerated() { rank[token] = Int32(position) }
        let records: [[Int32]] = sets.map { set in set.map { rank[$0] ?? 0 }.sorted() }
        let order = nonEmpty.sorted {
            records[$0].count != records[$1].count ? records[$0].count < records[$1].count : $0 < $1
        }

        // index[token]: (set, 1-based position of the token in it), in the order sets were processed.
        var index: [[(set: Int32, position: Int32)]] = Array(repeating: [], count: ranked.count)
        var start: [Int] = Array(repeating: 0, count: ranked.count)
        var overlap: [Int32] = Array(repeating: 0, count: sets.count)
        var touched: [Int] = []
        var found: [(Int, Int)] = []
        for x in order {
            let record = records[x]
            let size = record.count
            let minimumSize = threshold * Double(size) - 1e-9
            let indexed = indexPrefixLength(size, threshold)
            for (offset, token) in record.prefix(prefixLength(size, threshold)).enumerated() {
                let list = Int(token)
                let position = offset + 1
                // Sizes grow along a list: drop entries too short for this and every later set.
                while start[list] < index[list].count
                    && Double(records[Int(index[list][start[list]].set)].count) < minimumSize
                {
                    start[list] += 1
                }
                for entry in index[list][start[list]...] {
                    let y = Int(entry.set)
                    let other = records[y].count
                    // Positional filter: the overlap still reachable must reach ⌈t/(1+t)·(|x|+|y|)⌉.
                    let needed = Int((threshold / (1 + threshold) * Double(size + other) - 1e-9).rounded(.up))
                    let reachable = 1 + min(size - position, other - Int(entry.position))
                    if overlap[y] == 0 { touched.append(y) }
                    if Int(overlap[y]) + reachable >= needed {
                        overlap[y] += 1
                    } else {
                        overlap[y] = -1_000_000  // pruned for this x
                    }
                }
                if position <= indexed { index[list].append((Int32(x), Int32(position))) }
            }
            for y in touched {
                if overlap[y] > 0 && isSimilar(records[y], record, threshold) { found.append(x < y ? (x, y) : (y, x)) }
                overlap[y] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return found
    }

    /// Up to this many sets, every pair is compared (by set size, stopping where |A| < t·|B|): building the
    /// token order and index costs more than that for the few dozen comments of a small creator.
    static let smallJoin = 96

    /// The all-pairs loop with the size bound, for few sets: the same pairs, found directly.
    static func allPairs<Token: Comparable>(_ sets: [[Token]], _ indices: [Int], threshold: Double) -> [(Int, Int)] {
        let order = indices.sorted { sets[$0].count != sets[$1].count ? sets[$0].count < sets[$1].count : $0 < $1 }
        var found: [(Int, Int)] = []
        for (offset, x) in order.enumerated() {
            let limit = Double(sets[x].count)
            for y in order[(offset + 1)...] {
                guard limit >= threshold * Double(sets[y].count) - 1e-9 else { break }
                if isSimilar(sets[x], sets[y], threshold) { found.append(x < y ? (x, y) : (y, x)) }
            }
        }
        return found
    }

    /// n − ⌈2t/(1+t)·n⌉ + 1: the tokens of a set that go into the index. A set is probed only by sets at least
    /// as large, and then any pair with Jaccard ≥ t overlaps within this shorter prefix (PPJoin's mid-prefix).
    static func indexPrefixLength(_ count: Int, _ threshold: Double) -> Int {
        let overlap = min(count, max(1, Int((2 * threshold / (1 + threshold) * Double(count) - 1e-9).rounded(.up))))
        return count - overlap + 1
    }

    /// n − ⌈t·n⌉ + 1, the tokens a set must share with any set of Jaccard ≥ t; ⌈·⌉ taken a hair low, so that
    /// rounding can only lengthen the prefix (never lose a pair).
    static func prefixLength(_ count: Int, _ threshold: Double) -> Int {
        let overlap = min(count, max(1, Int((threshold * Double(count) - 1e-9).rounded(.up))))
        return count - overlap + 1
    }

    /// Whether |A ∩ B| / |A ∪ B| ≥ t, decided exactly as that division is (see `minimumOverlap`), but stopping
    /// the merge as soon as the overlap still reachable falls short.
    static func isSimilar<T: Comparable>(_ lhs: [T], _ rhs: [T], _ threshold: Double) -> Bool {
        let needed = minimumOverlap(lhs.count, rhs.count, threshold)
        guard needed <= min(lhs.count, rhs.count) else { return false }
        return (overlap(lhs, rhs, needed: needed) ?? 0) >= needed
    }

    /// |A ∩ B| of two sorted, distinct arrays, by merging them; nil as soon as fewer than `needed` shared elements
    /// remain possible.
    static func overlap<T: Comparable>(_ lhs: [T], _ rhs: [T], needed: Int = 0) -> Int? {
        var left = 0
        var right = 0
        var shared = 0
        while left < lhs.count && right < rhs.count {
            if shared + min(lhs.count - left, rhs.count - right) < needed { return nil }
            if lhs[left] == rhs[right] {
                shared += 1
                left += 1
                right += 1
            } else if lhs[left] < rhs[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return shared
    }

    /// The least overlap o of sets of sizes a and b with Double(o) / Double(a + b − o) ≥ t — the division the
    /// definition makes, so that comparing an overlap with it decides exactly as the division would (the
    /// quotient grows with o). min(a, b) + 1 when no overlap reaches t.
    static func minimumOverlap(_ a: Int, _ b: Int, _ threshold: Double) -> Int {
        // The real solution is t·(a+b)/(1+t); start two below it and step up to the first o the division accepts.
        var overlap = max(0, Int((threshold * Double(a + b) / (1 + threshold)).rounded(.down)) - 2)
        while overlap <= min(a, b) && !(Double(overlap) / Double(a + b - overlap) >= threshold) { overlap += 1 }
        return overlap
    }

    /// |A ∩ B| / |A ∪ B| of two sorted, distinct arrays: the definition, which `isSimilar` decides exactly.
    static func jaccard<T: Comparable>(_ lhs: [T], _ rhs: [T]) -> Double {
        let shared = overlap(lhs, rhs) ?? 0
        let union = lhs.count + rhs.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
