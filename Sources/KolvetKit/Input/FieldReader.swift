import Foundation

/// Reads typed fields out of parsed JSON, collecting a diagnostic with the file and JSON path for every
/// problem instead of stopping at the first.
///
/// `null` counts as absent everywhere: exports write it for "not available".
struct FieldReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func error(_ path: String, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, at: .path(path), message))
    }

    mutating func warning(_ path: String, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, at: .path(path), message))
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The object at `path`, or nil with an error when the value is of another kind.
    mutating func object(_ value: JSONValue?, at path: String, allowedKeys: Set<String>) -> JSONObject? {
        guard let value, value != .null else { return nil }
        guard case .object(let object) = value else {
            error(path, "expected an object, got \(value.kindDescription)")
            return nil
        }
        for key in object.keys where !allowedKeys.contains(key) {
            warning(Self.join(path, key), "unknown key, ignored")
        }
        return object
    }

    /// The elements of the array at `path` with their paths, or an empty list (with an error when the value is
    /// of another kind).
    mutating func array(_ value: JSONValue?, at path: String) -> [(JSONValue, String)] {
        guard let value, value != .null else { return [] }
        guard case .array(let elements) = value else {
            error(path, "expected an array, got \(value.kindDescription)")
            return []
        }
        return elements.enumerated().map { ($1, "\(path)[\($0)]") }
    }

    /// Runs `parse` on `object[key]` when present, turning a `FieldError` into a diagnostic at its path.
    mutating func read<T>(
        _ object: JSONObject,
        _ key: String,
        at path: String,
        _ parse: (JSONValue) throws(FieldError) -> T
    ) -> T? {
        guard let value = object[key], value != .null else { return nil }
        do {
            return try parse(value)
        } catch {
            self.error(Self.join(path, key), error.message)
            return nil
        }
    }

    mutating func count(_ object: JSONObject, _ key: String, at path: String) -> Count? {
        read(object, key, at: path, CountParser.parse)
    }

    mutating func share(_ object: JSONObject, _ key: String, at path: String) -> Double? {
        read(object, key, at: path, ShareParser.parse)
    }

    mutating func date(_ object: JSONObject, _ key: String, at path: String) -> Date? {
        read(object, key, at: path, TimestampParser.parse)
    }

    mutating func string(_ object: JSONObject, _ key: String, at path: String) -> String? {
        read(object, key, at: path) { value throws(FieldError) in
            switch value {
            case .string(let text): return text
            case .number(let text): return text
            default: throw FieldError("expected a string, got \(value.kindDescription)")
            }
        }
    }

    mutating func bool(_ object: JSONObject, _ key: String, at path: String) -> Bool? {
        read(object, key, at: path) { value throws(FieldError) in
            switch value {
            case .bool(let flag): return flag
            case .number("0"), .string("0"), .string("false"): return false
            case .number("1"), .string("1"), .string("true"): return true
            default: throw FieldError("expected true or false, got \(value.quoted)")
            }
        }
    }

    /// A non-negative amount: money or an average, possibly fractional, possibly written like a count
    /// (`"1.2万"`) or with a currency sign (`"¥6,000"`).
    mutating func amount(_ object: JSONObject, _ key: String, at path: String) -> Double? {
        read(object, key, at: path, AmountParser.parse)
    }
}
