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
