import Foundation

/// Lines read from a JSON Lines file, in order; a line longer than the limit comes after them as `oversized`.
public struct LineBlock {
    public var lines: [(line: Int, bytes: ArraySlice<UInt8>)] = []
    /// A line that was longer than the limit: its number and length in bytes. Its bytes were skipped, and reading
    /// goes on with the next line.
    public var oversized: (line: Int, bytes: Int)?

    public var isEmpty: Bool { lines.isEmpty && oversized == nil }
}

/// Where a batch's JSON Lines come from, a block at a time (`BatchPipeline`).
public protocol LineSource: AnyObject {
    /// The next lines; empty at the end.
    func nextBlock() throws -> LineBlock
    /// Starts reading the next block while the current one is vetted (a hint; may do nothing).
    func prefetch()
}

/// Reads a file (or standard input) in chunks and hands out its lines in blocks, so that a JSON Lines file of
/// any size is read in bounded memory. A line may be as long as `maximumLineBytes`; a longer one is skipped up to
/// its end and reported (`LineBlock.oversized`), never silently dropped with the lines after it.
public final class LineReader: LineSource {
    /// A file or standard input, read a chunk at a time; or bytes already in memory, handed out once.
    private enum Origin {
        case handle(FileHandle)
        case memory
    }

    private let origin: Origin
    private var buffer: [UInt8] = []
    private var nextLine = 1
    private var isAtEnd = false
    private let chunkSize = 4 << 20
    private let maximumLineBytes: Int

    /// `firstLine` numbers the first line (above 1 when the stream is the tail of a larger file).
    public init(path: String, maximumLineBytes: Int, firstLine: Int = 1) throws {
        origin = .handle(
            path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path)))
        self.maximumLineBytes = maximumLineBytes
        nextLine = firstLine
    }

    /// The lines of `bytes`, a whole file already read.
    public init(bytes: [UInt8], maximumLineBytes: Int) {
        origin = .memory
        buffer = bytes
        isAtEnd = true
        self.maximumLineBytes = maximumLineBytes
    }

    deinit {
        if case .handle(let handle) = origin, handle !== FileHandle.standardInput { try? handle.close() }
    }

    public func prefetch() {}

    /// The next chunk of the input; empty at its end.
    private func readChunk() throws -> Data {
        guard case .handle(let handle) = origin else { return Data() }
        return try handle.read(upToCount: chunkSize) ?? Data()
    }

    /// The next lines (about `maximumBytes` of them, or one longer line), each with its 1-based number; empty at the
    /// end of the file.
    public func nextBlock() throws -> LineBlock { try nextBlock(maximumBytes: 8 << 20) }

    /// The next lines, about `maximumBytes` of them.
    public func nextBlock(maximumBytes: Int) throws -> LineBlock {
        var ranges: [(line: Int, range: Range<Int>)] = []
        var start = 0
        reading: while true {
            while let end = Self.newline(in: buffer, from: start) {
                if end - start > maximumLineBytes {
                    let block = buffer
                    let oversized = (line: nextLine, bytes: end - start)
                    nextLine += 1
                    buffer = Array(block[(end + 1)...])
                    return LineBlock(lines: ranges.map { ($0.line, block[$0.range]) }, oversized: oversized)
                }
                ranges.append((nextLine, start..<end))
                nextLine += 1
                start = end + 1
                if start >= maximumBytes { break reading }
            }
            if isAtEnd {
                if start < buffer.count {
                    ranges.append((nextLine, start..<buffer.count))
                    nextLine += 1
                    start = buffer.count
                }
                break
            }
            if !ranges.isEmpty && buffer.count >= maximumBytes { break }
            if buffer.count - start > maximumLineBytes {
                let block = buffer
                let lines = ranges.map { ($0.line, block[$0.range]) }
                let oversized = (line: nextLine, bytes: try skipLine(from: start))
                nextLine += 1
                return LineBlock(lines: lines, oversized: oversized)
            }
            let data = try readChunk()
            if data.isEmpty { isAtEnd = true } else { buffer.append(contentsOf: data) }
        }
        let block = buffer
        buffer = Array(block[start...])
        return LineBlock(lines: ranges.map { ($0.line, block[$0.range]) })
    }

    /// Drops the line that starts at `start` up to and including its line feed; returns its length in bytes.
    private func skipLine(from start: Int) throws -> Int {
        var skipped = buffer.count - start
        buffer = []
        while true {
            let data = try readChunk()
            guard !data.isEmpty else {
                isAtEnd = true
                return skipped
            }
            if let end = data.firstIndex(of: 0x0A) {
                skipped += end - data.startIndex
                buffer = Array(data[(end + 1)...])
                return skipped
            }
            skipped += data.count
        }
    }

    /// The index of the first line feed at or after `start` (found with `memchr`).
    private static func newline(in block: [UInt8], from start: Int) -> Int? {
        block.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < buffer.count,
                let found = memchr(base + start, 0x0A, buffer.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}

/// A `LineReader` that can read its next block on another thread while the current one is processed.
public final class PrefetchingLineReader: LineSource, @unchecked Sendable {
    // The reader is touched by one thread at a time: the prefetch, or the caller after waiting for it.
    private let reader: LineReader
    private let queue = DispatchQueue(label: "kolvet.line-reader")
    private var pending: Result<LineBlock, any Error>?
    private var isPrefetching = false

    public init(_ reader: LineReader) {
        self.reader = reader
    }

    /// Starts reading the next block in the background.
    public func prefetch() {
        guard !isPrefetching else { return }
        isPrefetching = true
        queue.async { self.pending = Result { try self.reader.nextBlock() } }
    }

    /// The next block: the prefetched one (waiting for it), or one read now.
    public func nextBlock() throws -> LineBlock {
        guard isPrefetching else { return try reader.nextBlock() }
        queue.sync {}
        isPrefetching = false
        defer { pending = nil }
        return try pending!.get()
    }
}
