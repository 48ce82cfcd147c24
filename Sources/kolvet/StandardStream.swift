import Foundation

/// Writes bytes to a file descriptor with `write(2)`, reporting failure instead of trapping.
///
/// `FileHandle.write` traps when the system refuses a write (a full disk, a pipe whose reader has gone while
/// SIGPIPE is ignored); kolvet must turn that into a diagnostic and exit status 2 instead.
enum DescriptorWriter {
    /// Writes all of `bytes`, retrying interrupted and partial writes; the `errno` of the first failure, or nil.
    static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32? {
        // A native String's UTF-8 is contiguous already: no copy on the output path.
        if let result = bytes.withContiguousStorageIfAvailable({ write(UnsafeRawBufferPointer($0), to: descriptor) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { write($0, to: descriptor) }
    }

    /// Writes all of `buffer`, retrying interrupted and partial writes.
    private static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard var base = buffer.baseAddress else { return nil }
        var remaining = buffer.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, base, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            remaining -= written
            base += written
        }
        return nil
    }

    /// The system's words for an `errno`.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

/// Remembers the first failure to write standard output, so that the command can end with status 2.
final class StandardOutputHealth: @unchecked Sendable {
    static let shared = StandardOutputHealth()
    private let lock = NSLock()
    private var failure: Int32?

    /// Records a failed write (only the first is kept).
    func record(_ code: Int32) {
        lock.lock()
        if failure == nil { failure = code }
        lock.unlock()
    }

    /// The `errno` of the first failed write to standard output, if any.
    var firstFailure: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }
}
