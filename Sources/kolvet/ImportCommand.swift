import Foundation
import KolvetKit

/// `kolvet import mediacrawler PATH… [--output DIR]`: MediaCrawler exports to dossiers, as JSON Lines on
/// standard output or one file per creator in DIR.
enum ImportCommand {
    static let usage = "kolvet import mediacrawler <path>... [--output <directory>]"

    static func run(_ arguments: [String]) -> ExitStatus {
        let parsed: Arguments
        do {
            parsed = try Arguments(arguments, valued: ["--output"], switches: ["--help", "-h"])
        } catch {
            return usageError(error.message)
        }
        if !parsed.flags.isDisjoint(with: ["--help", "-h"]) {
            Console.out(Help.importHelp)
            return .success
        }
        guard parsed.positionals.first == "mediacrawler" else {
            return usageError(
                parsed.positionals.isEmpty
                    ? "missing the source: mediacrawler" : "unknown source '\(parsed.positionals[0])'")
        }
        let paths = Array(parsed.positionals.dropFirst())
        guard !paths.isEmpty else { return usageError("missing <path>") }
        var files: [(name: String, bytes: [UInt8])] = []
        var status = ExitStatus.success
        for input in InputFinder.inputs(paths) {
            switch input {
            case .file(let path, _):
                do {
                    files.append((path, try Console.read(path)))
                } catch {
                    Console.error("\(path): error: cannot read the file: \(error.localizedDescription)")
                    status = .unreadable
                }
            case .problem(let path, let message):
                Console.error("\(path): error: \(message)")
                status = .unreadable
            }
        }
        let result = MediaCrawlerImporter().importFiles(files)
        for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
        if result.diagnostics.containsError { status = .unreadable }
        if let directory = parsed.options["--output"] {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                for dossier in result.dossiers {
                    let name = dossier.creator.id.map {
                        $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_"
                    }
                    let file = (directory as NSString).appendingPathComponent(String(name) + ".json")
                    let output = try OutputFile(path: file)
                    output.write(JSONWriter(isPretty: true).write(DossierWriter.value(of: dossier)) + "\n")
                    try output.commit()
                }
            } catch {
                Console.error("\(directory): error: cannot write: \(error.localizedDescription)")
                return .unreadable
            }
        } else {
            for dossier in result.dossiers { Console.out(DossierWriter.line(dossier)) }
        }
        Console.error("imported \(result.dossiers.count) creators from \(files.count) files")
        return status
    }

    static func usageError(_ message: String) -> ExitStatus {
        Console.usageError(message, usage: usage)
    }
}
