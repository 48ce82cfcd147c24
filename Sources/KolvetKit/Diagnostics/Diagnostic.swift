/// A problem found in an input file: an error stops that creator from being scored, a warning is shown beside
/// the result.
///
/// Diagnostics read like a compiler's (`mia.json: error: at notes[3].likes: expected a count, got "abc"`) and
/// always name the file and the place: a JSON path, or a line and column when the file is not valid JSON.
public struct Diagnostic: Sendable, Equatable, Hashable, CustomStringConvertible, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable, Hashable, Codable {
        /// The record cannot be scored.
        case error
        /// The record is scored, but a number in it is doubtful; the report repeats the warning.
        case warning
    }

    /// Where in a file a diagnostic points.
    public enum Location: Sendable, Equatable, Hashable, CustomStringConvertible, Codable {
        /// A JSON path such as `notes[3].likes`; the empty path is the document itself.
        case path(String)
        /// A line and a column, both counted from 1 (columns in bytes).
        case position(line: Int, column: Int)
        /// A line of a line-oriented file (CSV, JSON Lines), counted from 1.
        case line(Int)
        /// A JSON path inside the record on a line of a JSON Lines file.
        case linePath(line: Int, path: String)
        /// The file as a whole.
        case file

        public var description: String {
            switch self {
            case .path(let path): return path.isEmpty ? "the top level" : path
            case .position(let line, let column): return "\(line):\(column)"
            case .line(let line): return "line \(line)"
            case .linePath(let line, let path): return path.isEmpty ? "line \(line)" : "line \(line), \(path)"
            case .file: return ""
            }
        }
    }

    /// The severity.
    public var severity: Severity
    /// The file name as the user gave it (may be empty for standard input).
    public var file: String
    /// The place in the file.
    public var location: Location
    /// A short, lower-case message.
    public var message: String

    /// Makes a diagnostic. The message and file name are made safe to print (`DiagnosticText`): control
    /// characters and direction overrides are shown as `\u{…}`, and overlong values are elided in the middle.
    public init(_ severity: Severity, file: String, at location: Location, _ message: String) {
        self.severity = severity
        self.file = DiagnosticText.escaped(file)
        self.location = location
        self.message = DiagnosticText.escaped(message)
    }

    /// The diagnostic as one line: `file:line:col: error: message` or `file: error: at path: message`.
    public var description: String {
        let name = file.isEmpty ? "<stdin>" : file
        switch location {
        case .position(let line, let column):
            return "\(name):\(line):\(column): \(severity.rawValue): \(message)"
        case .line(let line):
            return "\(name):\(line): \(severity.rawValue): \(message)"
        case .linePath(let line, let path):
            let place = path.isEmpty ? "" : "at \(path): "
            return "\(name):\(line): \(severity.rawValue): \(place)\(message)"
        case .path(let path):
            let place = path.isEmpty ? "" : "at \(path): "
            return "\(name): \(severity.rawValue): \(place)\(message)"
        case .file:
            return "\(name): \(severity.rawValue): \(message)"
        }
    }

    /// The message with its place but without the file name, as the report lists warnings.
    public var placedMessage: String {
        switch location {
        case .file: return message
        case .path(let path) where path.isEmpty: return message
        default: return "at \(location): \(message)"
        }
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsError: Bool { contains { $0.severity == .error } }
}

extension Diagnostic {
    /// The same diagnostic placed on line `line` of a line-oriented file (a JSON Lines record).
    public func onLine(_ line: Int) -> Diagnostic {
        var moved = self
        switch location {
        case .path(let path): moved.location = .linePath(line: line, path: path)
        case .position(let row, let column): moved.location = .position(line: line + row - 1, column: column)
        case .file: moved.location = .line(line)
        case .line, .linePath: break
        }
        return moved
    }
}
