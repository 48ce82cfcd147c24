import Foundation
import KolvetKit

/// The per-creator sections of an HTML or Markdown report, written to a temporary file as each creator is
/// vetted and read back in ranking order at the end, so that a batch keeps in memory only what its ranking reads.
///
/// The file is made with `mkstemp` in `TMPDIR` and unlinked at once: it takes no name, and disappears when kolvet
/// exits, however it exits.
final class SectionSpool {
    struct SpoolError: Error, CustomStringConvertible {
        var reason: String
        var description: String { "error: cannot keep the report's sections in a temporary file: \(reason)" }
    }

    private let descriptor: Int32
    private var size: Int64 = 0
    private var places: [Int: (offset: Int64, length: Int)] = [:]
    /// The first write that failed (a full disk); after it nothing more is kept, and the report is not written.
    private(set) var failure: SpoolError?

    init() throws {
        let folder = NSTemporaryDirectory()
        var template = Array((folder as NSString).appendingPathComponent("kolvet-sections-XXXXXX").utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else { throw SpoolError(reason: DescriptorWriter.describe(errno)) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = opened
    }

    deinit { close(descriptor) }

    /// Keeps the section of the entry at `index`; a failure is kept in `failure`.
    func append(_ text: String, for index: Int) {
        guard failure == nil else { return }
        do {
            try write(text, for: index)
        } catch {
            failure = error as? SpoolError ?? SpoolError(reason: "\(error)")
        }
    }

    private func write(_ text: String, for index: Int) throws {
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(size) + off_t(written))
            }
            guard count > 0 else { throw SpoolError(reason: DescriptorWriter.describe(errno)) }
            written += count
        }
        places[index] = (size, bytes.count)
        size += Int64(bytes.count)
        bytes.removeAll()
    }

    /// The section of the entry at `index` ("" when none was kept).
    func section(for index: Int) throws -> String {
        guard let place = places[index], place.length > 0 else { return "" }
        var bytes = [UInt8](repeating: 0, count: place.length)
        var read = 0
        while read < place.length {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + read, buffer.count - read, off_t(place.offset) + off_t(read))
            }
            guard count > 0 else { throw SpoolError(reason: DescriptorWriter.describe(errno)) }
            read += count
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
