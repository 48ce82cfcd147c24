import Foundation

/// A configuration read from a file, with the warnings (unknown keys) found on the way.
public struct LoadedConfiguration: Sendable {
    public var configuration: Configuration
    public var diagnostics: [Diagnostic]
}

/// Why a configuration file could not be used.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic
    public var description: String { diagnostic.description }
}

/// Reads configuration files: the file's values are laid over the defaults, so a partial file is valid.
///
/// The defaults are encoded to JSON, the file's JSON is merged over them key by key (objects recursively, any
/// other value replaces), and the result is decoded. A key that the defaults do not have is reported as a
/// warning and ignored; a value of the wrong type is an error naming its path.
public enum ConfigurationLoader {
    /// Reads a configuration from a file's bytes.
    public static func load(_ bytes: [UInt8], file: String) throws(ConfigurationError) -> LoadedConfiguration {
        let value: JSONValue
        do {
            value = try JSONParser().parse(bytes)
        } catch {
            throw ConfigurationError(
                diagnostic: Diagnostic(
                    .error, file: file, at: .position(line: error.line, column: error.column), error.message))
        }
        return try load(value, file: file)
    }

    /// Reads a configuration from parsed JSON.
    public static func load(_ value: JSONValue, file: String) throws(ConfigurationError) -> LoadedConfiguration {
        guard case .object(let overrides) = value else {
            throw ConfigurationError(
                diagnostic: Diagnostic(
                    .error, file: file, at: .path(""), "expected an object, got \(value.kindDescription)"))
        }
        if let version = overrides["version"], version != .number(String(Configuration.currentVersion)) {
            throw ConfigurationError(
                diagnostic: Diagnostic(
                    .error, file: file, at: .path("version"),
                    "unsupported version \(version.quoted), this kolvet reads version \(Configuration.currentVersion)"))
        }
        var diagnostics: [Diagnostic] = []
        let defaults = defaultsJSON()
        let merged = merge(overrides, over: defaults, path: "", file: file, diagnostics: &diagnostics)
        if let violation = SettingRanges.firstViolation(in: .object(overrides)) {
            throw ConfigurationError(
                diagnostic: Diagnostic(
                    .error, file: file, at: .path(violation.path),
                    "\(violation.text) is out of range: expected a number from \(bound(violation.range.lowerBound)) "
                        + "to \(bound(violation.range.upperBound))"))
        }
        do {
            let data = Data(JSONWriter().write(.object(merged)).utf8)
            let configuration = try JSONDecoder().decode(Configuration.self, from: data)
            return LoadedConfiguration(configuration: configuration, diagnostics: diagnostics)
        } catch let error as DecodingError {
            var diagnostic = describe(error, file: file)
            if case .path("") = diagnostic.location, let path = culprit(overrides, over: defaults, path: "") {
                diagnostic = Diagnostic(
                    .error, file: file, at: .path(path),
                    "a value of the wrong kind (e.g. a fraction for a whole number)")
            }
            throw ConfigurationError(diagnostic: diagnostic)
        } catch {
            throw ConfigurationError(diagnostic: Diagnostic(.error, file: file, at: .file, "\(error)"))
        }
    }

    /// The default configuration as JSON, as `kolvet config` would print it.
    public static func defaultsJSON() -> JSONObject {
        let encoder = JSONEncoder()
        guard let data = try? encoder.encode(Configuration()),
            case .object(let object)? = try? JSONParser().parse(Array(data))
        else { preconditionFailure("the default configuration always encodes") }
        return object
    }

    /// Objects whose keys are the user's to choose (vertical names), so that no key of theirs is unknown.
    static let openMaps: Set<String> = [
        "benchmarks.vertical_engagement_rate", "cost.vertical_price_factor", "shortlist.extra_aliases",
        "content.category_keywords", "cost.vertical_market_cpe",
    ]

    private static func merge(
        _ overrides: JSONObject,
        over defaults: JSONObject,
        path: String,
        file: String,
        diagnostics: inout [Diagnostic]
    ) -> JSONObject {
        var result = defaults
        for member in overrides.members {
            let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
            guard let base = defaults[member.key] else {
                if openMaps.contains(path) {
                    result.set(member.key, member.value)
                    continue
                }
                diagnostics.append(Diagnostic(.warning, file: file, at: .path(memberPath), "unknown key, ignored"))
                continue
            }
            if case .object(let baseObject) = base, case .object(let overrideObject) = member.value {
                result.set(
                    member.key,
                    .object(
                        merge(overrideObject, over: baseObject, path: memberPath, file: file, diagnostics: &diagnostics)
                    ))
            } else {
                result.set(member.key, member.value)
            }
        }
        return result
    }

    private static func describe(_ error: DecodingError, file: String) -> Diagnostic {
        let (context, message): (DecodingError.Context, String) =
            switch error {
            case .typeMismatch(let type, let context): (context, "expected \(describe(type))")
            case .valueNotFound(let type, let context): (context, "expected \(describe(type)), got null")
            case .keyNotFound(let key, let context): (context, "missing key \(key.stringValue)")
            case .dataCorrupted(let context): (context, context.debugDescription)
            @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "invalid value")
            }
        var path = ""
        for key in context.codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return Diagnostic(.error, file: file, at: .path(path), message)
    }

    /// The path of the member of `overrides` that makes decoding fail, found by laying one member at a time over
    /// the defaults (descending into objects): Foundation's decoder reports some mistakes, such as 1.5 for a whole
    /// number, only as "The given data was not valid JSON." with no place.
    private static func culprit(_ overrides: JSONObject, over defaults: JSONObject, path: String) -> String? {
        for member in overrides.members {
            guard let base = defaults[member.key] else { continue }
            let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
            var single = JSONObject()
            single.set(member.key, member.value)
            var ignored: [Diagnostic] = []
            let merged = merge(single, over: defaults, path: path, file: "", diagnostics: &ignored)
            guard !decodes(merged, at: path) else { continue }
            if case .object(let inner) = member.value, case .object(let innerBase) = base {
                return culprit(inner, over: innerBase, path: memberPath) ?? memberPath
            }
            return memberPath
        }
        return nil
    }

    /// Whether the defaults with `object` at `path` decode as a configuration.
    private static func decodes(_ object: JSONObject, at path: String) -> Bool {
        var whole = defaultsJSON()
        if !path.isEmpty {
            var diagnostics: [Diagnostic] = []
            var nested = JSONObject()
            var value = JSONValue.object(object)
            for key in path.split(separator: ".").reversed() {
                nested = JSONObject()
                nested.set(String(key), value)
                value = .object(nested)
            }
            whole = merge(nested, over: whole, path: "", file: "", diagnostics: &diagnostics)
        } else {
            whole = object
        }
        let data = Data(JSONWriter().write(.object(whole)).utf8)
        return (try? JSONDecoder().decode(Configuration.self, from: data)) != nil
    }

    /// A range bound as a user would type it (`1000000000`, `0.5`).
    private static func bound(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type: return "a number"
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "a string"
        default: return "a value of type \(type)"
        }
    }
}
