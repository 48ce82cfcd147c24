/// Small descriptive statistics over `Double`s. Each returns nil for empty input rather than 0 or NaN.
package enum Statistics {
    /// The median: the middle value of the sorted values, or the mean of the two middle values.
    package static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The arithmetic mean Σx / n.
    package static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// The population standard deviation √(Σ(x − mean)² / n).
    package static func standardDeviation(_ values: [Double]) -> Double? {
        guard let mean = mean(values) else { return nil }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count)).squareRoot()
    }

    /// The coefficient of variation σ / mean (population σ); nil when the mean is 0.
    package static func coefficientOfVariation(_ values: [Double]) -> Double? {
        guard let mean = mean(values), mean > 0, let deviation = standardDeviation(values) else { return nil }
        return deviation / mean
    }

    /// The median absolute deviation median(|x − median(x)|).
    package static func medianAbsoluteDeviation(_ values: [Double]) -> Double? {
        guard let center = median(values) else { return nil }
        return median(values.map { ($0 - center).magnitude })
    }
}
