import Foundation

/// The distribution of one per-trial figure: mean with its standard error, and percentiles.
///
/// Percentiles interpolate linearly between order statistics (the definition numpy and R use by
/// default), so P50 of an even number of trials is the midpoint of the middle two.
public struct Distribution: Sendable, Equatable, Codable {
    public var mean: Double
    /// Standard error of the mean: sample standard deviation ÷ √trials.
    public var standardError: Double
    public var standardDeviation: Double
    public var min: Double
    public var p1: Double
    public var p5: Double
    public var p10: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p90: Double
    public var p95: Double
    public var p99: Double
    public var max: Double

    public init?(_ values: some Collection<Double>) {
        guard !values.isEmpty else { return nil }
        let sorted = RadixSort.sorted(values)
        let count = Double(sorted.count)
        // Two-pass mean and variance: exact enough for money sums of 10⁷ trials.
        var sum = 0.0
        for value in sorted { sum += value }
        let mean = sum / count
        var squares = 0.0
        for value in sorted { squares += (value - mean) * (value - mean) }
        let deviation = sorted.count > 1 ? (squares / (count - 1)).squareRoot() : 0
        self.mean = mean
        standardDeviation = deviation
        standardError = deviation / count.squareRoot()
        min = sorted[0]
        max = sorted[sorted.count - 1]
        p1 = Distribution.percentile(0.01, sorted: sorted)
        p5 = Distribution.percentile(0.05, sorted: sorted)
        p10 = Distribution.percentile(0.10, sorted: sorted)
        p25 = Distribution.percentile(0.25, sorted: sorted)
        p50 = Distribution.percentile(0.50, sorted: sorted)
        p75 = Distribution.percentile(0.75, sorted: sorted)
        p90 = Distribution.percentile(0.90, sorted: sorted)
        p95 = Distribution.percentile(0.95, sorted: sorted)
        p99 = Distribution.percentile(0.99, sorted: sorted)
    }

    /// Linear interpolation between order statistics at rank `p × (n − 1)`.
    public static func percentile(_ p: Double, sorted: [Double]) -> Double {
        let rank = p * Double(sorted.count - 1)
        let lower = Int(rank.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        let fraction = rank - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
