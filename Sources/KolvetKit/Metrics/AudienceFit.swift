/// How well an audience matches a brief, as a range where the portrait leaves mass unknown.
public struct AudienceFit: Sendable, Equatable, Codable {
    /// The fit of one dimension.
    public struct DimensionFit: Sendable, Equatable, Codable {
        public var dimension: AudienceDimension
        public var weight: Double
        /// The fit if the unknown mass lands outside the target, and if it lands inside.
        public var worst: Double
        public var best: Double
        /// The audience share the portrait does not account for: 1 − Σ listed shares.
        public var unknownMass: Double
        /// For a distribution target, the group the audience falls shortest of, with the shortfall (target −
        /// audience; the whole target share for an unlisted group).
        public var weakestGroup: String?
        public var shortfall: Double
    }

    /// The dimensions both the brief and the audience give.
    public var dimensions: [DimensionFit]
    /// Σ wᵈ · worstᵈ / Σ wᵈ and likewise for the best case.
    public var worst: Double
    public var best: Double

    /// The dimension that lowers the combined fit most: the largest wᵈ · (1 − bestᵈ).
    public var weakestDimension: DimensionFit? {
        dimensions.max { lhs, rhs in
            let left = lhs.weight * (1 - lhs.best)
            let right = rhs.weight * (1 - rhs.best)
            return left != right ? left < right : lhs.dimension.rawValue > rhs.dimension.rawValue
        }
    }
}

/// Computes `AudienceFit`.
///
/// A distribution target *t* against audience shares *a* over groups *g*: histogram intersection
/// worst = Σ_listed min(a_g, t_g); the unknown mass u = 1 − Σ a_g belongs to groups the portrait does not list,
/// so best = worst + min(u, Σ_{g unlisted} t_g). A groups target *T*: worst = Σ_{g ∈ T, listed} a_g, best =
/// worst + u when some group of *T* is unlisted, else worst. Identical distributions fit 1, disjoint ones 0.
public enum AudienceFitCalculator {
    public static func fit(_ audience: Audience, to targets: [AudienceTarget]) -> AudienceFit? {
        var dimensions: [AudienceFit.DimensionFit] = []
        for target in targets where target.weight > 0 {
            guard let shares = target.dimension.distribution(in: audience), !shares.entries.isEmpty else { continue }
            dimensions.append(fit(shares, to: target))
        }
        let totalWeight = dimensions.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return nil }
        return AudienceFit(
            dimensions: dimensions,
            worst: dimensions.reduce(0) { $0 + $1.weight * $1.worst } / totalWeight,
            best: dimensions.reduce(0) { $0 + $1.weight * $1.best } / totalWeight)
    }

    static func fit(_ shares: Distribution, to target: AudienceTarget) -> AudienceFit.DimensionFit {
        let listed = Dictionary(shares.entries.map { (RegionName.normalize($0.name), $0.share) }, uniquingKeysWith: +)
        let unknown = max(0, 1 - shares.total)
        var worst = 0.0
        var best = 0.0
        var weakest: (group: String, shortfall: Double)?
        switch target.shape {
        case .distribution(let wanted):
            var unlistedTarget = 0.0
            for entry in wanted.entries {
                let group = RegionName.normalize(entry.name)
                if let share = listed[group] {
                    worst += min(share, entry.share)
                    let shortfall = entry.share - share
                    if shortfall > (weakest?.shortfall ?? 0) { weakest = (entry.name, shortfall) }
                } else {
                    unlistedTarget += entry.share
                    if entry.share > (weakest?.shortfall ?? 0) { weakest = (entry.name, entry.share) }
                }
            }
            best = worst + min(unknown, unlistedTarget)
        case .groups(let groups):
            let wanted = Set(groups.map(RegionName.normalize))
            worst = listed.filter { wanted.contains($0.key) }.reduce(0) { $0 + $1.value }
            best = worst + (wanted.subtracting(listed.keys).isEmpty ? 0 : unknown)
        }
        return AudienceFit.DimensionFit(
            dimension: target.dimension, weight: target.weight, worst: min(1, worst), best: min(1, best),
            unknownMass: unknown, weakestGroup: weakest?.group, shortfall: weakest?.shortfall ?? 0)
    }
}

/// Province and region names as portraits and IP locations write them: `广东省`, `广东` and `Guangdong` are
/// one region. Suffixes 省, 市, 自治区, 特别行政区 and the ethnic names of the autonomous regions are removed;
/// Latin names are lower-cased.
public enum RegionName {
    public static func normalize(_ name: String) -> String {
        var text = name.trimmingWhitespace().lowercased()
        // Most names end in an ideograph that ends no suffix (a unified ideograph has no other canonical form).
        if let last = text.unicodeScalars.last?.value, (0x4E00...0x9FFF).contains(last),
            last != 0x533A, last != 0x7701, last != 0x5E02  // 区, 省, 市
        {
            return text
        }
        for suffix in ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"]
        where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
            break
        }
        return text
    }
}
