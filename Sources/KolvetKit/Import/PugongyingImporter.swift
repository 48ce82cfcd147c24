import Foundation

/// Turns the JSON that Pugongying's (蒲公英) web API returns for a creator into one dossier per creator
/// (docs/pugongying.md has every field mapping).
///
/// A file is either one response — `{"code": 0, "data": {…}}`, its kind from the base name (`kol_info_…`,
/// `kol_note_list_…`) or else from the keys of `data` — or a bundle of them under `data` keyed by kind
/// (`{"kol_id": …, "data": {"kol_info": {…}, "kol_note_list": {…}}}`). Single responses belong to the creator
/// whose 24-hex user id their file name carries, else to the others in the same folder.
public struct PugongyingImporter: Sendable {
    /// What one response holds, named as the API and its common file names call it.
    public enum Section: String, CaseIterable, Sendable {
        case info = "kol_info"
        case noteRate = "kol_note_rate"
        case noteList = "kol_note_list"
        case fansPortrait = "kol_fans_portrait"
        case fansSummary = "kol_fans_summary"
        case fansTrend = "kol_fans_trend"
        case dataSummaryV2 = "kol_data_summary_v2"
        case dataSummaryV1 = "kol_data_summary_v1"
        case coreData = "kol_core_data"
        case costEffective = "kol_cost_effective"

        /// The kind of a file from its base name (the longest section name it starts with).
        static func of(fileNamed name: String) -> Section? {
            let base = (name as NSString).lastPathComponent.lowercased()
            return allCases.sorted { $0.rawValue.count > $1.rawValue.count }.first { base.hasPrefix($0.rawValue) }
        }

        /// The kind of a response from the keys of its `data`.
        static func of(data: JSONObject) -> Section? {
            if data["fansCount"] != nil || data["likeCollectCountInfo"] != nil { return .info }
            if data["ages"] != nil || data["gender"] != nil { return .fansPortrait }
            if data["activeFansL28"] != nil { return .fansSummary }
            if data["readMedian"] != nil, data["notes"] != nil { return .noteRate }
            if data["readMedian"] != nil { return .dataSummaryV2 }
            guard case .array(let list)? = data["list"], case .object(let first)? = list.first else { return nil }
            if first["noteId"] != nil { return .noteList }
            if first["dateKey"] != nil { return .fansTrend }
            return nil
        }
    }

    public struct Result: Sendable {
        public var dossiers: [Dossier]
        public var diagnostics: [Diagnostic]
        /// The 小红书号 (`redId`) of each creator id, a further key for the shortlist join.
        public var redIDs: [String: String]
    }

    /// One response's `data`, where it came from, and the JSON path of `data` in its file.
    struct Response {
        var data: JSONObject
        var file: String
        var path: String
    }

    public init() {}

    /// Imports files given as (name, bytes).
    public func importFiles(_ files: [(name: String, bytes: [UInt8])]) -> Result {
        var diagnostics: [Diagnostic] = []
        var groups: [String: [Section: Response]] = [:]
        var folders: [String: Set<String>] = [:]
        var order: [String] = []
        for file in files {
            guard let (text, _) = TextDecoder.decode(file.bytes) else {
                diagnostics.append(
                    Diagnostic(.error, file: file.name, at: .file, "the file is neither UTF-8 nor GB18030 text"))
                continue
            }
            let top: JSONValue
            do {
                top = try JSONParser().parse(Array(text.utf8))
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, file: file.name, at: .position(line: error.line, column: error.column), error.message))
                continue
            }
            guard case .object(let object) = top else {
                diagnostics.append(Diagnostic(.error, file: file.name, at: .file, "expected a JSON object"))
                continue
            }
            guard object["code"] != nil || object["data"] != nil else {
                diagnostics.append(
                    Diagnostic(
                        .warning, file: file.name, at: .file, "not a Pugongying response (no code, no data); ignored"))
                continue
            }
            var found: [(Section, Response)] = []
            if case .object(let bundle)? = object["data"], bundle["kol_info"] != nil || bundle["kol_note_list"] != nil {
                for section in Section.allCases {
                    guard let response = bundle[section.rawValue] else { continue }
                    if let data = Self.data(
                        of: response, file: file.name, path: "data.\(section.rawValue)", &diagnostics)
                    {
                        found.append(
                            (section, Response(data: data, file: file.name, path: "data.\(section.rawValue).data")))
                    }
                }
            } else if let data = Self.data(of: top, file: file.name, path: "", &diagnostics) {
                guard let section = Section.of(fileNamed: file.name) ?? Section.of(data: data) else {
                    diagnostics.append(
                        Diagnostic(
                            .warning, file: file.name, at: .file,
                            "not a Pugongying response kolvet reads (kol_info, kol_note_list, kol_note_rate, "
                                + "kol_fans_portrait, kol_fans_summary, kol_fans_trend, kol_data_summary); ignored"))
                    continue
                }
                found.append((section, Response(data: data, file: file.name, path: "data")))
            } else {
                continue
            }
            let key = Self.creatorKey(file.name, object: object, found: found)
            if groups[key] == nil { order.append(key) }
            folders[key, default: []].insert((file.name as NSString).deletingLastPathComponent)
            for (section, response) in found { groups[key, default: [:]][section] = response }
        }
        // Responses without an id join the one creator with an id in their folder (kol_info names the user).
        for key in order where key.hasPrefix("folder:") {
            let folder = String(key.dropFirst("folder:".count))
            let owners = order.filter { !$0.hasPrefix("folder:") && folders[$0]?.contains(folder) == true }
            guard owners.count == 1, let owner = owners.first, let loose = groups[key] else { continue }
            groups[owner, default: [:]].merge(loose) { kept, _ in kept }
            groups[key] = nil
        }
        var dossiers: [Dossier] = []
        var redIDs: [String: String] = [:]
        for key in order {
            guard let sections = groups[key] else { continue }
            var reader = CreatorReader(sections: sections, fallbackID: key)
            if let dossier = reader.dossier() {
                dossiers.append(dossier)
                if let red = reader.redID { redIDs[dossier.creator.id] = red }
            }
            diagnostics += reader.diagnostics
        }
        if !files.isEmpty && groups.isEmpty && !diagnostics.containsError {
            let place = files.count == 1 ? files[0].name : MediaCrawlerImporter.commonFolder(of: files.map(\.name))
            diagnostics.append(Diagnostic(.error, file: place, at: .file, "no Pugongying response among the files"))
        }
        return Result(dossiers: dossiers, diagnostics: diagnostics, redIDs: redIDs)
    }

    /// The `data` object of a response; nil (with a diagnostic) when the API reported an error.
    static func data(of response: JSONValue, file: String, path: String, _ diagnostics: inout [Diagnostic])
        -> JSONObject?
    {
        guard case .object(let object) = response else {
            diagnostics.append(Diagnostic(.error, file: file, at: .path(path), "expected a response object"))
            return nil
        }
        let codePath = path.isEmpty ? "code" : "\(path).code"
        if let code = object["code"], code != .number("0"), code != .string("0"), code != .null {
            let message = MediaCrawlerImporter.text(object["message"] ?? .null).map { ": \($0)" } ?? ""
            diagnostics.append(
                Diagnostic(
                    .error, file: file, at: .path(codePath),
                    "the platform answered with error code \(code.quoted)\(message); no data"))
            return nil
        }
        guard case .object(let data)? = object["data"] else {
            diagnostics.append(
                Diagnostic(.error, file: file, at: .path(path.isEmpty ? "data" : "\(path).data"), "no data object"))
            return nil
        }
        return data
    }

    /// The creator a file belongs to: a bundle's `kol_id`, the info's `userId`, a 24-hex id in the file name,
    /// else the folder.
    static func creatorKey(_ name: String, object: JSONObject, found: [(Section, Response)]) -> String {
        if let id = MediaCrawlerImporter.text(object["kol_id"]) { return id }
        if let info = found.first(where: { $0.0 == .info }), let id = MediaCrawlerImporter.text(info.1.data["userId"]) {
            return id
        }
        let base = (name as NSString).lastPathComponent
        let parts = base.split { $0 == "_" || $0 == "." }
        if let id = parts.first(where: { $0.count == 24 && $0.allSatisfy(\.isHexDigit) }) { return String(id) }
        return "folder:" + (name as NSString).deletingLastPathComponent
    }
}
