import Foundation

/// Reads a file (or standard input) in chunks and hands out its lines in blocks, so that a JSON Lines file of
/// any size is read in bounded memory.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var nextLine = 1
    private var isAtEnd = false
    private let chunkSize = 4 << 20

    init(path: String) throws {
        handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    }

    deinit {
        if handle !== FileHandle.standardInput { try? handle.close() }
    }

    /// The next lines (up to about `maximumBytes` of them, at least one), each with its 1-based number; empty at
    /// the end of the file.
    func nextBlock(maximumBytes: Int = 8 << 20) throws -> [(line: Int, bytes: ArraySlice<UInt8>)] {
        while !isAtEnd && buffer.count < maximumBytes {
            let data = try handle.read(upToCount: chunkSize) ?? Data()
            if data.isEmpty { isAtEnd = true } else { buffer.append(contentsOf: data) }
        }
        var lines: [(line: Int, bytes: ArraySlice<UInt8>)] = []
        var start = 0
        let block = buffer
        while start < block.count {
            guard let end = Self.newline(in: block, from: start) else {
                if isAtEnd {
                    lines.append((nextLine, block[start...]))
                    nextLine += 1
                    start = block.count
                }
                break
            }
            lines.append((nextLine, block[start..<end]))
            nextLine += 1
            start = end + 1
            if start >= maximumBytes { break }
        }
        buffer = Array(block[start...])
        return lines
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
final class PrefetchingLineReader: @unchecked Sendable {
    // The reader is touched by one thread at a time: the prefetch, or the caller after waiting for it.
    private let reader: LineReader
    private let queue = DispatchQueue(label: "kolvet.line-reader")
    private var pending: Result<[(line: Int, bytes: ArraySlice<UInt8>)], any Error>?
    private var isPrefetching = false

    init(_ reader: LineReader) {
        self.reader = reader
    }

    /// Starts reading the next block in the background.
    func prefetch() {
        guard !isPrefetching else { return }
        isPrefetching = true
        queue.async { self.pending = Result { try self.reader.nextBlock() } }
    }

    /// The next block: the prefetched one (waiting for it), or one read now.
    func nextBlock() throws -> [(line: Int, bytes: ArraySlice<UInt8>)] {
        guard isPrefetching else { return try reader.nextBlock() }
        queue.sync {}
        isPrefetching = false
        defer { pending = nil }
        return try pending!.get()
    }
}
