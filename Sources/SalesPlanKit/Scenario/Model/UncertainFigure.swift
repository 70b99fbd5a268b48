import Foundation

/// A planning figure that is not known exactly (a cost per lead, a conversion rate, a deal
/// size), read as a log-normal distribution: its logarithm is normal with mean ln(median) and
/// standard deviation ``sigma``.
///
/// Log-normal because every such figure is positive and its errors are multiplicative ("20 %
/// either way"), and because products of log-normal figures (spend ÷ CPL × rates × deal size)
/// stay log-normal, which gives the funnel's moments in closed form. A figure written as a plain
/// number is certain: σ = 0.
public struct UncertainFigure: Sendable, Equatable {
    /// The typical value (P50). For a certain figure, the figure itself.
    public var median: Double
    /// σ of ln(figure): 0 for a certain figure; 0.2 is roughly "±20 %" (P10–P90 × 0.77–1.29).
    public var sigma: Double

    /// z of the 90th percentile of a standard normal, Φ⁻¹(0.9): a P10–P90 range spans 2z σ in logs.
    public static let z90 = 1.2815515655446004

    public init(median: Double, sigma: Double = 0) {
        self.median = median
        self.sigma = sigma
    }

    /// A certain figure.
    public static func exactly(_ value: Double) -> UncertainFigure { UncertainFigure(median: value) }

    /// The log-normal whose P10 and P90 are `low` and `high`: median √(low·high), σ = ln(high ÷ low) ÷ 2z₉₀.
    public init(p10 low: Double, p90 high: Double) {
        median = (low * high).squareRoot()
        sigma = log(high / low) / (2 * Self.z90)
    }

    public var isCertain: Bool { sigma == 0 }
    /// E[figure] = median · e^(σ²/2).
    public var mean: Double { median * exp(sigma * sigma / 2) }
    public var p10: Double { median * exp(-Self.z90 * sigma) }
    public var p90: Double { median * exp(Self.z90 * sigma) }
}
