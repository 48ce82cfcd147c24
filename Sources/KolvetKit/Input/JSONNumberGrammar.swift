/// The JSON number grammar (RFC 8259 §6) over bytes — `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` —
/// shared by the exact parser (which reports why a literal is not a number) and the fast dossier path.
enum JSONNumberGrammar {
    /// Why the bytes are not a number literal.
    enum Failure {
        case noDigit, leadingZero, noFractionDigit, noExponentDigit

        /// The parser's message.
        var message: String {
            switch self {
            case .noDigit: return "a number needs a digit"
            case .leadingZero: return "a number cannot start with 0"
            case .noFractionDigit: return "a digit must follow '.'"
            case .noExponentDigit: return "a digit must follow the exponent"
            }
        }
    }

    /// The index just past the number literal that starts at `start`, or why there is none and the index where
    /// that was found.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Result<Int, Located> {
        var index = start
        func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        if index < bytes.count && bytes[index] == 0x2D { index += 1 }
        guard isDigit(index) else { return .failure(Located(failure: .noDigit, index: index)) }
        if bytes[index] == 0x30 {
            index += 1
            if isDigit(index) { return .failure(Located(failure: .leadingZero, index: index)) }
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count && bytes[index] == 0x2E {
            index += 1
            guard isDigit(index) else { return .failure(Located(failure: .noFractionDigit, index: index)) }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == 0x65 || bytes[index] == 0x45) {
            index += 1
            if index < bytes.count && (bytes[index] == 0x2B || bytes[index] == 0x2D) { index += 1 }
            guard isDigit(index) else { return .failure(Located(failure: .noExponentDigit, index: index)) }
            while isDigit(index) { index += 1 }
        }
        return .success(index)
    }

    /// A failure and the index where it was found.
    struct Located: Error {
        var failure: Failure
        var index: Int
    }
}
