import Foundation
import KolvetKit

/// `kolvet import mediacrawler|pugongying PATH… [--shortlist SHEET.csv] [--output DIR]`: MediaCrawler exports
/// or Pugongying responses (joined to the MCN's shortlist when one is given) to dossiers, as JSON Lines on
/// standard output or one file per creator in DIR.
enum ImportCommand {
    static var usage: String { CommandTables.importing.usage }

    static func run(_ arguments: [String]) -> ExitStatus {
        let parsed: Arguments
        do {
            let table = CommandTables.importing
            parsed = try Arguments(arguments, valued: table.valued, switches: table.switches)
        } catch {
            return usageError(error.message)
        }
        if !parsed.flags.isDisjoint(with: ["--help", "-h"]) {
            Console.out(Help.importHelp)
            return .success
        }
        let source = parsed.positionals.first
        guard source == "mediacrawler" || source == "pugongying" else {
            return usageError(
                source.map { "unknown source '\($0)' (expected mediacrawler or pugongying)" }
                    ?? "missing the source: mediacrawler or pugongying")
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
        var result: (dossiers: [Dossier], diagnostics: [Diagnostic])
        var alternateIDs: [String: [String]] = [:]
        if source == "pugongying" {
            let imported = PugongyingImporter().importFiles(files)
            result = (imported.dossiers, imported.diagnostics)
            alternateIDs = imported.redIDs.mapValues { [$0] }
        } else {
            let imported = MediaCrawlerImporter().importFiles(files)
            result = (imported.dossiers, imported.diagnostics)
        }
        if let sheet = parsed.options["--shortlist"] {
            let bytes: [UInt8]
            do {
                bytes = try Console.read(sheet)
            } catch {
                Console.error(
                    "\(Console.escaped(sheet)): error: cannot read the shortlist: \(error.localizedDescription)")
                return .unreadable
            }
            files.append((sheet, []))  // an input: --output must not overwrite it
            let rows = ShortlistImporter().records(bytes, file: sheet)
            let rowProblems = rows.records.flatMap(\.diagnostics)
            let exportName = paths.count == 1 ? paths[0] : MediaCrawlerImporter.commonFolder(of: paths)
            let joined = ShortlistJoin.join(
                export: result.dossiers, shortlist: rows.records, exportName: exportName, alternateIDs: alternateIDs)
            result.dossiers = joined.dossiers
            result.diagnostics += rows.diagnostics + rowProblems + joined.diagnostics
        }
        for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
        if result.diagnostics.containsError { status = .unreadable }
        var written = result.dossiers.count
        if let directory = parsed.options["--output"] {
            written = 0
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                Console.error(
                    "\(Console.escaped(directory)): error: cannot create the directory: \(error.localizedDescription)")
                return .unreadable
            }
            var used: [String: String] = [:]
            for dossier in result.dossiers {
                let name = DossierFileName.name(forCreatorID: dossier.creator.id)
                if let other = used[name] {
                    Console.error(
                        "\(Console.escaped(directory)): error: creators \(Console.escaped(other)) and "
                            + "\(Console.escaped(dossier.creator.id)) map to one file name \(name); the second was not written"
                    )
                    status = .unreadable
                    continue
                }
                used[name] = dossier.creator.id
                let file = (directory as NSString).appendingPathComponent(name)
                do {
                    let output = try OutputFile(path: file, inputs: files.map(\.name))
                    output.write(JSONWriter(isPretty: true).write(DossierWriter.value(of: dossier)) + "\n")
                    try output.commit()
                    written += 1
                } catch {
                    Console.error("\(String(describing: error)) (creator \(Console.escaped(dossier.creator.id)))")
                    status = .unreadable
                }
            }
        } else {
            for dossier in result.dossiers { Console.out(DossierWriter.line(dossier)) }
        }
        let notWritten = result.dossiers.count - written
        Console.error(
            "imported \(written) creators from \(files.count) files"
                + (notWritten > 0 ? "; \(notWritten) could not be written (see above)" : ""))
        return status
    }

    static func usageError(_ message: String) -> ExitStatus {
        Console.usageError(message, usage: usage)
    }
}
