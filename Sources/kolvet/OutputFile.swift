import Dispatch
import Foundation

/// Where a report goes: standard output, or a file written under a temporary name in the destination's folder and
/// renamed over the destination with one `rename(2)` at the end — so that an interrupted or failed run never leaves
/// a half-written report, and never removes anything it did not create.
///
/// A destination that is a directory, a device, a FIFO or socket, or one of the run's inputs is refused before
/// anything is written (`OutputFile.Refusal`, exit 64). A write error is remembered, later writes are skipped,
/// and `commit` reports it (exit 2) after removing the temporary file.
///
/// Every write goes through one serial queue, in the order asked; `writeInBackground` lets the caller go on
/// while a block is written (one block at a time, so memory stays bounded). That queue is why the class may be
/// shared with it.
final class OutputFile: @unchecked Sendable {
    /// Why a destination cannot be written; nothing was touched.
    struct Refusal: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(Console.escaped(path)): error: cannot write the report here: \(reason)" }
    }

    /// A failed write or rename; the temporary file is gone.
    struct WriteFailure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(Console.escaped(path)): error: cannot write the output: \(reason)" }
    }

    private let queue = DispatchQueue(label: "kolvet.output")
    private let destination: String?
    private let temporary: String?
    private let descriptor: Int32
    /// The `errno` of the first failed write, after which nothing more is written.
    private var failure: Int32?
    /// SIGINT and SIGTERM handlers that remove the temporary file before the process ends.
    private var signalSources: [any DispatchSourceSignal] = []

    /// Opens `path` for writing (standard output when nil), refusing destinations that would lose data:
    /// a directory, anything but a regular file, or one of `inputs` (compared by device and inode).
    init(path: String?, inputs: [String] = []) throws {
        guard let path else {
            destination = nil
            temporary = nil
            descriptor = STDOUT_FILENO
            return
        }
        let target = try Self.checkedDestination(path, inputs: inputs)
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var template = Array(
            (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).kolvet-XXXXXX").utf8CString)
        // The handlers come first, so that no signal can arrive between creating the file and guarding it.
        let opened = template.withUnsafeMutableBufferPointer { buffer -> (Int32, String) in
            let descriptor = mkstemp(buffer.baseAddress!)
            return (descriptor, String(cString: buffer.baseAddress!))
        }
        guard opened.0 >= 0 else {
            throw Refusal(path: path, reason: "cannot create a file in \(folder): \(DescriptorWriter.describe(errno))")
        }
        descriptor = opened.0
        temporary = opened.1
        destination = target
        // mkstemp creates 0600; a report is an ordinary file: 0666 less the umask.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        for (number, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let hidden = opened.1
            source.setEventHandler {
                unlink(hidden)
                exit(status)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    /// The path to write (symbolic links followed), after checking that writing it loses nothing.
    static func checkedDestination(_ path: String, inputs: [String]) throws -> String {
        guard !path.isEmpty else { throw Refusal(path: path, reason: "the path is empty") }
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw Refusal(path: path, reason: "it is a symbolic link to nothing that can be reached")
            }
            target = String(cString: resolved)
            free(resolved)
        }
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw Refusal(path: path, reason: "it is a directory; name a file, e.g. \(path)/report")
            case S_IFREG:
                break
            default:
                throw Refusal(path: path, reason: "it is not a regular file (a device, FIFO or socket)")
            }
            for input in inputs where input != "-" {
                var other = stat()
                if stat(input, &other) == 0, other.st_dev == info.st_dev, other.st_ino == info.st_ino {
                    throw Refusal(path: path, reason: "it is one of the inputs (\(Console.escaped(input)))")
                }
            }
        } else if errno != ENOENT {
            throw Refusal(path: path, reason: DescriptorWriter.describe(errno))
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw Refusal(path: path, reason: "the directory \(Console.escaped(folder)) does not exist")
        }
        return target
    }

    var isTerminal: Bool { destination == nil && isatty(STDOUT_FILENO) == 1 }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        queue.sync { self.put(text) }
    }

    /// Prints `errors` to standard error, then joins and writes `texts`, on the output's queue, after the previous
    /// background write has finished — so that diagnostics and reports keep their order when both go to one place.
    func writeInBackground(_ texts: [String], errors: [String] = []) {
        queue.sync {}
        queue.async {
            for error in errors { Console.error(error) }
            var block = ""
            for text in texts { block += text }
            self.put(block)
        }
    }

    /// Writes on the queue; after a failure nothing more is written.
    private func put(_ text: String) {
        guard failure == nil, !text.isEmpty else { return }
        if let code = DescriptorWriter.write(text.utf8, to: descriptor) {
            failure = code
            if destination == nil { StandardOutputHealth.shared.record(code) }
        }
    }

    /// Moves the finished file into place with one `rename(2)`; on any failure removes the temporary file and
    /// throws `WriteFailure`.
    func commit() throws {
        queue.sync {}
        // A failed write to standard output is reported once, by `main`, from `StandardOutputHealth`.
        guard let destination, let temporary else { return }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteFailure(path: destination, reason: DescriptorWriter.describe(failure))
        }
        guard rename(temporary, destination) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteFailure(path: destination, reason: DescriptorWriter.describe(code))
        }
    }

    /// Removes the unfinished file.
    func discard() {
        queue.sync {}
        guard let temporary else { return }
        close(descriptor)
        unlink(temporary)
    }
}
