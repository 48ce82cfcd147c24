/// The range every numeric setting of `kolvet.config/1` must lie in, checked when a file is loaded, so that
/// nothing downstream sees a NaN, an infinity or a value that overflows (docs/configuration.md, "Ranges").
///
/// A number is checked against the first rule whose key matches its path: an exact path, or a suffix of the last
/// key (`_rate`, `_cutoff`, `_share`). Every other number must be finite and between `defaultRange`'s bounds.
package enum SettingRanges {
    /// The range of a number no rule names: 0 to 10⁹.
    package static let defaultRange: ClosedRange<Double> = 0...1e9

    /// Exact paths with their own range; `*` stands for any one key.
    package static let exact: [(path: String, range: ClosedRange<Double>)] = [
        ("limits.maximum_nesting", 1...256),
        ("limits.maximum_file_bytes", 1...1e12),
        ("limits.maximum_records_per_file", 1...1e10),
        ("limits.maximum_string_bytes", 1...1e12),
        ("benchmarks.peer_curve.intercept", -100...100),
        ("benchmarks.peer_curve.slope", 0...2),
        ("cost.platform_fee_rate", 0...1),
        ("cost.market_cpe", 0...1_000_000),
    ]

    /// Ranges by the end of the last key.
    package static let suffixes: [(suffix: String, range: ClosedRange<Double>)] = [
        ("_cutoff", 0...1),
        ("_share", 0...1),
    ]

    /// The range for the number at `path` (array indices removed, e.g. `signals.cost.cpe.fail_above`).
    package static func range(for path: String) -> ClosedRange<Double> {
        if let rule = exact.first(where: { $0.path == path }) { return rule.range }
        let last = path.split(separator: ".").last.map(String.init) ?? path
        if let rule = suffixes.first(where: { last.hasSuffix($0.suffix) }) { return rule.range }
        return defaultRange
    }

    /// The first number in `value` (found depth first, keys in file order) outside its range, with its path and
    /// the range it broke.
    package static func firstViolation(
        in value: JSONValue, path: String = ""
    ) -> (path: String, text: String, range: ClosedRange<Double>)? {
        switch value {
        case .object(let object):
            for member in object.members {
                let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
                if let found = firstViolation(in: member.value, path: memberPath) { return found }
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = firstViolation(in: element, path: "\(path)[\(index)]") { return found }
            }
        case .number(let text):
            let allowed = range(for: path.replacing(/\[\d+\]/, with: ""))
            guard let number = Double(text), number.isFinite, allowed.contains(number) else {
                return (path, text, allowed)
            }
        default:
            break
        }
        return nil
    }
}
