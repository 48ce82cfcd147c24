/// The result of reading a brief.
public struct BriefDecoding: Sendable {
    public var brief: Brief?
    public var diagnostics: [Diagnostic]
}

/// Reads `kolvet.brief/1` JSON (docs/brief-format.md), validating every field with its JSON path.
public struct BriefDecoder: Sendable {
    /// The weight a dimension gets when the brief's `weights` does not name it.
    public var defaultWeight: Double

    public init(defaultWeight: Double = 1) {
        self.defaultWeight = defaultWeight
    }

    public func decode(_ bytes: [UInt8], file: String) -> BriefDecoding {
        do {
            return decode(try JSONParser().parse(bytes), file: file)
        } catch {
            let diagnostic = Diagnostic(
                .error, file: file, at: .position(line: error.line, column: error.column), error.message)
            return BriefDecoding(brief: nil, diagnostics: [diagnostic])
        }
    }

    public func decode(_ value: JSONValue, file: String) -> BriefDecoding {
        var reader = FieldReader(file: file)
        let keys: Set<String> = [
            "format", "brand", "campaign", "vertical", "target", "weights", "requirements", "platform_fee_rate",
            "min_score",
            "keywords", "competitors",
        ]
        guard case .object = value, let top = reader.object(value, at: "", allowedKeys: keys) else {
            reader.error("", "expected a brief object, got \(value.kindDescription)")
            return BriefDecoding(brief: nil, diagnostics: reader.diagnostics)
        }
        if let format = reader.string(top, "format", at: ""), format != Brief.formatIdentifier {
            reader.error("format", "unsupported format \"\(format)\", expected \"\(Brief.formatIdentifier)\"")
        }
        var brief = Brief()
        brief.brand = reader.string(top, "brand", at: "")
        brief.campaign = reader.string(top, "campaign", at: "")
        brief.vertical = reader.string(top, "vertical", at: "")?.lowercased()
        brief.platformFeeRate = reader.share(top, "platform_fee_rate", at: "")
        for (key, path) in [("keywords", "keywords"), ("competitors", "competitors")] {
            let words = reader.array(top[key], at: path).compactMap { value, place -> String? in
                guard case .string(let word) = value, !word.trimmingWhitespace().isEmpty else {
                    reader.error(place, "expected a non-empty word, got \(value.quoted)")
                    return nil
                }
                return word.trimmingWhitespace()
            }
            if key == "keywords" { brief.keywords = words } else { brief.competitors = words }
        }
        brief.minimumScore = reader.read(top, "min_score", at: "") { value throws(FieldError) in
            guard case .number(let text) = value, let score = Double(text), (0...100).contains(score) else {
                throw FieldError("expected a score from 0 to 100, got \(value.quoted)")
            }
            return score
        }
        let dimensionNames = AudienceDimension.allCases.map(\.rawValue)
        var weights: [AudienceDimension: Double] = [:]
        if let weightObject = reader.object(top["weights"], at: "weights", allowedKeys: Set(dimensionNames)) {
            for dimension in AudienceDimension.allCases {
                weights[dimension] = reader.read(weightObject, dimension.rawValue, at: "weights") {
                    value throws(FieldError) in
                    guard case .number(let text) = value, let weight = Double(text), weight >= 0, weight <= 1_000_000
                    else {
                        throw FieldError("expected a weight from 0 to 1000000, got \(value.quoted)")
                    }
                    return weight
                }
            }
        }
        if let targets = reader.object(top["target"], at: "target", allowedKeys: Set(dimensionNames)) {
            for dimension in AudienceDimension.allCases {
                let path = "target.\(dimension.rawValue)"
                guard let value = targets[dimension.rawValue], value != .null else { continue }
                let weight = weights[dimension] ?? defaultWeight
                switch value {
                case .array(let elements):
                    let groups = elements.enumerated().compactMap { index, element -> String? in
                        guard case .string(let name) = element else {
                            reader.error("\(path)[\(index)]", "expected a group name, got \(element.kindDescription)")
                            return nil
                        }
                        return name
                    }
                    brief.targets.append(AudienceTarget(dimension: dimension, shape: .groups(groups), weight: weight))
                case .object(let object):
                    var entries: [Distribution.Entry] = []
                    for key in object.keys {
                        if let share = reader.share(object, key, at: path) {
                            entries.append(Distribution.Entry(name: key, share: share))
                        }
                    }
                    let distribution = Distribution(entries)
                    if dimension != .interests && distribution.total > 1.02 {
                        reader.error(
                            path, "target shares sum to \(ReportFormatting.percent(distribution.total, 0)), above 100%")
                    }
                    brief.targets.append(
                        AudienceTarget(dimension: dimension, shape: .distribution(distribution), weight: weight))
                default:
                    reader.error(
                        path, "expected shares per group (an object) or a list of groups, got \(value.kindDescription)")
                }
            }
        }
        for (element, path) in reader.array(top["requirements"], at: "requirements") {
            guard
                let object = reader.object(element, at: path, allowedKeys: ["dimension", "group", "min", "max"] as Set)
            else {
                continue
            }
            let dimension = reader.read(object, "dimension", at: path) { value throws(FieldError) in
                guard case .string(let name) = value, let dimension = AudienceDimension(rawValue: name) else {
                    throw FieldError("expected one of \(dimensionNames.joined(separator: ", ")), got \(value.quoted)")
                }
                return dimension
            }
            let group = reader.string(object, "group", at: path)
            let minimum = reader.share(object, "min", at: path)
            let maximum = reader.share(object, "max", at: path)
            if object["dimension"] == nil { reader.error("\(path).dimension", "missing") }
            if object["group"] == nil { reader.error("\(path).group", "missing") }
            if minimum == nil && maximum == nil && object["min"] == nil && object["max"] == nil {
                reader.error(path, "a requirement needs min or max")
            }
            if let dimension, let group, minimum != nil || maximum != nil {
                brief.requirements.append(
                    AudienceRequirement(dimension: dimension, group: group, minimum: minimum, maximum: maximum))
            }
        }
        let hasError = reader.diagnostics.containsError
        return BriefDecoding(brief: hasError ? nil : brief, diagnostics: reader.diagnostics)
    }
}
