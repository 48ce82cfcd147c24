import Dispatch
import Foundation

/// Where a report goes: standard output, or a file written under a temporary name and renamed into place at
/// the end, so that an interrupted run never leaves a half-written report behind.
final class OutputFile {
    private let destination: URL?
    private let temporary: URL?
    private let handle: FileHandle
    /// SIGINT and SIGTERM handlers that remove the temporary file before the process ends.
    private var signalSources: [any DispatchSourceSignal] = []

    /// Opens `path` for writing (standard output when nil).
    init(path: String?) throws {
        guard let path else {
            destination = nil
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let url = URL(fileURLWithPath: path)
        let hidden = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).kolvet-\(ProcessInfo.processInfo.processIdentifier).tmp")
        // The handlers come first, so that no signal can arrive between creating the file and guarding it.
        for (number, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let path = hidden.path
            source.setEventHandler {
                unlink(path)
                exit(status)
            }
            source.resume()
            signalSources.append(source)
        }
        guard FileManager.default.createFile(atPath: hidden.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        destination = url
        temporary = hidden
        handle = try FileHandle(forWritingTo: hidden)
    }

    var isTerminal: Bool { destination == nil && isatty(STDOUT_FILENO) == 1 }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        handle.write(Data(text.utf8))
    }

    /// Moves the finished file into place.
    func commit() throws {
        guard let destination, let temporary else { return }
        try handle.close()
        _ = try? FileManager.default.removeItem(at: destination)
        try FileManager.default.moveItem(at: temporary, to: destination)
    }

    /// Removes the unfinished file.
    func discard() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
