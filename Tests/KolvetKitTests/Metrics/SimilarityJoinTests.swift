import Foundation
import KolvetSimulation
import Testing

@testable import KolvetKit

/// The exact similarity join against the definition it replaces: every pair of keys of 4+ characters whose
/// character-bigram sets have Jaccard ≥ t, found by comparing every pair.
@Suite("Near-duplicate join: exact, without comparing every pair")
struct SimilarityJoinTests {
    /// Xiaohongshu-like comment keys: Chinese phrases with full-width punctuation, emoji (some of several scalars),
    /// English and digits; near-copies of earlier keys (a character changed, added or removed); very short keys,
    /// sticker-only keys, keys of one repeated character, and keys longer than the 1,000-character bound.
    static func keys(count: Int, seed: UInt64) -> [String?] {
        var random = SeededGenerator(seed: seed)
        let phrases = [
            "好好看", "求链接", "救命这也太好吃了吧", "我真的会谢", "说实话这个颜色显黑吗", "蹲一个后续", "姐妹这个在哪买的",
            "学到了感谢分享", "这个价格可以冲", "上次试了确实不错", "哈哈哈哈笑死我了", "有没有平替推荐", "博主皮肤好好啊",
            "已三连期待下期", "第一次刷到关注了", "宝子们冲", "OOTD", "yyds", "iPhone16", "第3张", "399块", "质地很清爽",
        ]
        let marks = ["！", "？", "～", "，", "。", "…", "!!", "😭", "✨", "👍🏻", "👩‍👩‍👧", "🇨🇳", "[赞R]", ""]
        var keys: [String?] = []
        for index in 0..<count {
            let roll = random.integer(0...19)
            switch roll {
            case 0:
                keys.append(nil)
            case 1:
                keys.append("\u{1}" + random.pick(["[赞R]", "[哭惹R]", "[赞R][赞R]"]))
            case 2:
                keys.append(random.pick(["好", "好看", "绝了", "哈哈", "👍🏻"]))
            case 3:
                keys.append(String(repeating: random.pick(["哈", "啊", "😭"]), count: random.integer(4...30)))
            case 4:
                let base = (0..<200).map { _ in random.pick(phrases) }.joined(separator: random.pick(marks))
                keys.append(index % 2 == 0 ? base : base + random.pick(phrases))  // past the 1,000 bound
            case 5...11:
                let earlier = keys.compactMap { $0 }.filter { !$0.hasPrefix("\u{1}") && $0.count >= 4 }
                guard var copy = earlier.isEmpty ? nil : Array(random.pick(earlier)) else {
                    keys.append(random.pick(phrases))
                    continue
                }
                let position = random.integer(0...(copy.count - 1))
                switch random.integer(0...2) {
                case 0: copy[position] = Character(random.pick(["了", "呀", "!", "好", "😭", "a", "9"]))
                case 1: copy.insert(Character(random.pick(["的", "～", "✨", "x"])), at: position)
                default: if copy.count > 4 { copy.remove(at: position) }
                }
                keys.append(String(copy))
            default:
                let parts = (0..<random.integer(1...4)).map { _ in random.pick(phrases) + random.pick(marks) }
                keys.append(parts.joined())
            }
        }
        return keys
    }

    /// The definition: character bigram sets over at most the first 1,000 characters, every pair compared; the
    /// similarity of each pair computed once, and the groups for each threshold from it.
    static func bruteForce(_ keys: [String?], similarities thresholds: [Double]) -> [Double: Set<[Int]>] {
        struct Pair: Hashable {
            var first: Character
            var second: Character
        }
        var sets: [Int: Set<Pair>] = [:]
        for (index, key) in keys.enumerated() {
            guard let key, !key.hasPrefix("\u{1}") else { continue }
            let characters = Array(key.prefix(1_000))
            guard characters.count >= 4 else { continue }
            sets[index] = Set(zip(characters, characters.dropFirst()).map { Pair(first: $0, second: $1) })
        }
        var equal: [(Int, Int)] = []
        var similar: [(Int, Int, Double)] = []
        for i in keys.indices {
            for j in keys.indices where j > i {
                guard let a = keys[i], let b = keys[j] else { continue }
                if a == b {
                    equal.append((i, j))
                } else if let left = sets[i], let right = sets[j] {
                    let shared = left.intersection(right).count
                    let union = left.count + right.count - shared
                    similar.append((i, j, Double(shared) / Double(union)))
                }
            }
        }
        var result: [Double: Set<[Int]>] = [:]
        for threshold in thresholds {
            var parent = Array(keys.indices)
            func root(_ node: Int) -> Int {
                var node = node
                while parent[node] != node { node = parent[node] }
                return node
            }
            for (i, j) in equal { parent[root(i)] = root(j) }
            for (i, j, value) in similar where value >= threshold { parent[root(i)] = root(j) }
            var groups: [Int: [Int]] = [:]
            for index in keys.indices where keys[index] != nil { groups[root(index), default: []].append(index) }
            result[threshold] = Set(groups.values.map { $0.sorted() })
        }
        return result
    }

    static func grouped(_ keys: [String?], similarity: Double, byCharacters: Bool = false) -> Set<[Int]> {
        let groups =
            byCharacters
            ? CharacterReference.duplicateGroups(keys: keys, similarity: similarity)
            : DuplicateGrouping.groups(keys: keys, similarity: similarity)
        return Set(groups.values.map { $0.sorted() })
    }

    @Test(
        "identical groups to the all-pairs definition on realistic keys, at several thresholds",
        arguments: [(1_200, UInt64(11)), (90, UInt64(12))])
    func differential(count: Int, seed: UInt64) {
        let keys = Self.keys(count: count, seed: seed)
        let thresholds = [0.8, 0.6, 0.95]
        let definition = Self.bruteForce(keys, similarities: thresholds)
        for similarity in thresholds {
            let expected = definition[similarity] ?? []
            #expect(Self.grouped(keys, similarity: similarity) == expected, "similarity \(similarity)")
            #expect(Self.grouped(keys, similarity: similarity, byCharacters: true) == expected)
            // Not a vacuous comparison: near-copies were joined.
            #expect(expected.contains { group in Set(group.compactMap { keys[$0] }).count >= 2 })
        }
    }

    @Test("the join's pairs are exactly the all-pairs ones on random sets, edge thresholds included")
    func pairsOnRandomSets() {
        var random = SeededGenerator(seed: 5)
        // 800 sets take the indexed join; 60 (at most `smallJoin`) the direct loop. Both must give the definition.
        for count in [800, 60] {
            let sets: [[Int]] = (0..<count).map { _ in
                let size = random.integer(0...12)
                return Array(Set((0..<size).map { _ in random.integer(0...40) })).sorted()
            }
            Self.checkPairs(sets)
        }
        #expect(SimilarityJoin.smallJoin < 800 && SimilarityJoin.smallJoin >= 60)
    }

    static func checkPairs(_ sets: [[Int]]) {
        for threshold in [0.0, 0.3, 0.5, 2.0 / 3.0, 0.8, 1.0, 1.5] {
            var expected: Set<[Int]> = []
            for i in sets.indices where !sets[i].isEmpty {
                for j in sets.indices where j > i && !sets[j].isEmpty {
                    if SimilarityJoin.jaccard(sets[i], sets[j]) >= threshold { expected.insert([i, j]) }
                }
            }
            let found = SimilarityJoin.pairs(sets, threshold: threshold)
            #expect(Set(found.map { [$0.0, $0.1] }) == expected, "threshold \(threshold)")
            #expect(found.count == Set(found.map { [$0.0, $0.1] }).count, "no pair twice")
        }
    }

    @Test("no cap: near-duplicates are found beyond the old 5,000th distinct key")
    func noCap() {
        var keys: [String?] = (0..<6_000).map { "评论编号\($0)号的内容" + String(repeating: "好", count: $0 % 7) }
        keys.append("第一次刷到这个博主，关注了！")
        keys.append("第一次刷到这个博主，关注了!!")
        let groups = Self.grouped(keys, similarity: 0.8)
        #expect(groups.contains([6_000, 6_001]))
    }

    @Test("the least overlap decides exactly as the division: every size up to 40, thresholds that divide evenly")
    func minimumOverlap() {
        for threshold in [0.5, 0.6, 2.0 / 3.0, 0.7, 0.75, 0.8, 0.9, 0.95, 1.0] {
            for a in 1...40 {
                for b in 1...40 {
                    let least = SimilarityJoin.minimumOverlap(a, b, threshold)
                    for overlap in 0...min(a, b) {
                        let divides = Double(overlap) / Double(a + b - overlap) >= threshold
                        #expect(divides == (overlap >= least), "a \(a) b \(b) o \(overlap) t \(threshold)")
                    }
                }
            }
        }
        // 4 shared of 5 in the union is exactly 0.8: similar at 0.8.
        #expect(SimilarityJoin.isSimilar([1, 2, 3, 4], [1, 2, 3, 4, 5], 0.8))
        #expect(!SimilarityJoin.isSimilar([1, 2, 3, 4], [1, 2, 3, 5, 6], 0.8))
    }

    @Test("prefix length: n − ⌈t·n⌉ + 1, never shortened by rounding")
    func prefixLength() {
        #expect(SimilarityJoin.prefixLength(10, 0.8) == 3)  // ⌈8⌉ = 8 → 3
        #expect(SimilarityJoin.prefixLength(7, 0.8) == 2)  // ⌈5.6⌉ = 6 → 2
        #expect(SimilarityJoin.prefixLength(5, 0.6) == 3)  // 0.6 × 5 = 3.0000000000000004 in binary: ⌈3⌉ → 3
        #expect(SimilarityJoin.prefixLength(1, 0.8) == 1)
    }
}
