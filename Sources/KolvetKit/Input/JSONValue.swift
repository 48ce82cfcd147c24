/// A parsed JSON document that keeps what the dossier format needs and `JSONSerialization` loses: the order of
/// object members and the exact text of every number (so that counts beyond `Int64` are detected, not rounded).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, as its literal text (`12`, `-0.5`, `1e3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A short name of the value's kind for messages ("a string", "an object").
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The value as it would be quoted in a message: strings in quotes and shortened to 40 characters.
    public var quoted: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text):
            let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "\"\(short)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON object: its members in document order. Keys are unique (the parser rejects duplicates).
public struct JSONObject: Sendable, Equatable {
    /// One `"key": value` pair.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in document order.
    public var members: [Member]

    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// The value under `key`, if present.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }

    /// Sets `key` to `value`, replacing an existing member in place or appending a new one.
    public mutating func set(_ key: String, _ value: JSONValue) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append(Member(key: key, value: value))
        }
    }
}
