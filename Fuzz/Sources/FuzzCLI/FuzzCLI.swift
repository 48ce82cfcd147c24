import Foundation
import KolvetKit

/// The command line's input handling: argument splitting, JSON Lines framing over a real file (lines of any
/// length, an over-long line skipped and counted), file names derived from creator ids, and diagnostic escaping.
/// `Arguments.swift` is the CLI's own file (a symbolic link into Sources/kolvet); `LineReader` is the library's.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let text = String(decoding: bytes, as: UTF8.self)
    // Arguments: NUL-separated, as the shell would pass them.
    let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    _ = try? Arguments(
        arguments, valued: ["--output", "--format", "--config", "--jobs"], switches: ["--help", "-h"])
    // Framing: every line is handed out once, in order, whole or as an over-long line; nothing is lost.
    let path = NSTemporaryDirectory() + "kolvet-fuzz-\(getpid()).jsonl"
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { unlink(path) }
    let limit = 64
    let expected = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    let expectedLines = bytes.isEmpty ? [] : bytes.last == 0x0A ? expected.dropLast() : expected[...]
    var seen = 0
    if let reader = try? LineReader(path: path, maximumLineBytes: limit) {
        while let block = try? reader.nextBlock(maximumBytes: 256), !block.isEmpty {
            for line in block.lines {
                seen += 1
                precondition(line.line == seen, "line numbers run on")
                precondition(Array(line.bytes) == Array(expectedLines[seen - 1]), "a line came back changed")
            }
            if let oversized = block.oversized {
                seen += 1
                precondition(oversized.line == seen && expectedLines[seen - 1].count > limit, "a line was skipped")
            }
        }
    }
    precondition(seen == expectedLines.count, "lines were lost: \(seen) of \(expectedLines.count)")
    // File names: bounded, safe, reversible when not shortened.
    let name = DossierFileName.name(forCreatorID: text)
    precondition(name.utf8.count <= 255 && !name.contains("/") && !name.hasPrefix("."))
    if !name.contains("~") { precondition(DossierFileName.decodedID(fromFileName: name) == text) }
    // Diagnostics never carry a control character.
    let shown = DiagnosticText.escaped(text)
    precondition(!shown.unicodeScalars.contains(where: DiagnosticText.isHidden))
    return 0
}
