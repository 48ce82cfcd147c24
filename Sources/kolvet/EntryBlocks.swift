import KolvetKit

/// The entries a non-streaming format keeps for its final report, in blocks of a fixed size.
///
/// A batch entry is about 1.6 KB inline, and a growing array doubles its buffer: while it copied 131,072
/// entries into room for 262,144, a long batch held about three times what it keeps. Blocks are reserved at
/// their full size once, and joined into one array of the exact size at the end, each block freed as soon as
/// it is copied.
struct EntryBlocks {
    private var blocks: [[BatchEntry]] = []
    private static let blockSize = 4_096

    mutating func append(_ entry: BatchEntry) {
        if blocks.last.map({ $0.count == Self.blockSize }) ?? true {
            var block: [BatchEntry] = []
            block.reserveCapacity(Self.blockSize)
            blocks.append(block)
        }
        blocks[blocks.count - 1].append(entry)
    }

    /// Every entry, in the order appended; the blocks are emptied.
    mutating func joined() -> [BatchEntry] {
        var all: [BatchEntry] = []
        all.reserveCapacity(blocks.reduce(0) { $0 + $1.count })
        blocks.reverse()
        while let block = blocks.popLast() { all.append(contentsOf: block) }
        return all
    }
}
