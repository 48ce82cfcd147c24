/// Why one field's value could not be read; the decoder adds the file and the JSON path.
public struct FieldError: Error, Sendable, Equatable {
    /// A short, lower-case message, e.g. `expected a count, got "abc"`.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
