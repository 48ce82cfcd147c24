import Dispatch
import Foundation

/// Where a report goes: standard output, or a file written under a temporary name and renamed into place at
/// the end, so that an interrupted run never leaves a half-written report behind.
///
/// Every write goes through one serial queue, in the order asked; `writeInBackground` lets the caller go on
/// while a block is written (one block at a time, so memory stays bounded). That queue is why the class may be
/// shared with it.
final class OutputFile: @unchecked Sendable {
    private let queue = DispatchQueue(label: "kolvet.output")
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
        queue.sync { handle.write(Data(text.utf8)) }
    }

    /// Prints `errors` to standard error, then joins and writes `texts`, on the output's queue, after the previous
    /// background write has finished — so that diagnostics and reports keep their order when both go to one place.
    func writeInBackground(_ texts: [String], errors: [String] = []) {
        queue.sync {}
        queue.async {
            for error in errors { Console.error(error) }
            var block = ""
            for text in texts { block += text }
            if !block.isEmpty { self.handle.write(Data(block.utf8)) }
        }
    }

    /// Moves the finished file into place.
    func commit() throws {
        queue.sync {}
        guard let destination, let temporary else { return }
        try handle.close()
        _ = try? FileManager.default.removeItem(at: destination)
        try FileManager.default.moveItem(at: temporary, to: destination)
    }

    /// Removes the unfinished file.
    func discard() {
        queue.sync {}
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
