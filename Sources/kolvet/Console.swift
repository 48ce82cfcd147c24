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
        var errorDescription: String? {
            "the file is \(size) bytes, above the limit of \(limit) (limits.maximum_file_bytes)"
        }
    }

    /// Reads a whole file, or standard input for "-", refusing files above `maximumBytes`.
    static func read(_ path: String, maximumBytes: Int = Limits().maximumFileBytes) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maximumBytes else { throw TooLarge(size: data.count, limit: maximumBytes) }
            return Array(data)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maximumBytes {
            throw TooLarge(size: size, limit: maximumBytes)
        }
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
