import Foundation
import KolvetKit

/// Standard output and error, and what the terminal allows.
enum Console {
    /// Writes to standard output; a failure is remembered (`StandardOutputHealth`) and ends the run with status 2.
    static func out(_ text: String) {
        if let code = DescriptorWriter.write(text.utf8, to: STDOUT_FILENO) {
            StandardOutputHealth.shared.record(code)
        }
    }

    /// Writes a line to standard error; when even that fails there is nobody left to tell.
    static func error(_ text: String) {
        _ = DescriptorWriter.write((text.hasSuffix("\n") ? text : text + "\n").utf8, to: STDERR_FILENO)
    }

    /// Prints a usage error — the problem, the usage line, the pointer to help — and returns its status.
    static func usageError(_ message: String, usage: String) -> ExitStatus {
        error("error: \(message)\nusage: \(usage)\n  See 'kolvet --help'.")
        return .usage
    }

    /// A path or value made safe for a diagnostic (`DiagnosticText`).
    static func escaped(_ text: String) -> String {
        DiagnosticText.escaped(text)
    }

    /// Colour on standard output: only on a terminal and when NO_COLOR is unset (no-color.org).
    static var stdoutWantsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// A file larger than the limit.
    struct TooLarge: Error, LocalizedError {
        var size: Int
        var limit: Int
        /// The input was still arriving (standard input, a pipe): `size` is how much had been read when it stopped.
        var isAtLeast = false
        var errorDescription: String? {
            "the input is \(isAtLeast ? "at least " : "")\(size) bytes, above the limit of \(limit) (limits.maximum_file_bytes)"
        }
    }

    /// A file that cannot be read, with the system's reason ("is a directory", "too many levels of symbolic
    /// links" …) rather than Foundation's error numbers.
    struct Unreadable: Error, LocalizedError {
        var reason: String
        var errorDescription: String? { reason }
    }

    /// Reads a whole file, or standard input for "-", in chunks, refusing input above `maximumBytes` as soon as
    /// that many bytes have arrived (standard input included: nothing is read past the limit + 1 byte).
    static func read(_ path: String, maximumBytes: Int = Limits().maximumFileBytes) throws -> [UInt8] {
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            guard !path.isEmpty else { throw Unreadable(reason: "an empty path was given") }
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Unreadable(reason: DescriptorWriter.describe(errno)) }
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw Unreadable(reason: "it is a directory") }
            if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > maximumBytes {
                throw TooLarge(size: Int(info.st_size), limit: maximumBytes)
            }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Unreadable(reason: DescriptorWriter.describe(errno))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumBytes { throw TooLarge(size: bytes.count, limit: maximumBytes, isAtLeast: true) }
        }
    }
}
