import CGSL
import Foundation

/// Quantile functions that turn one uniform into a draw, so every stochastic part of a real plan
/// consumes exactly one random number per trial (or per seller and trial) whatever its
/// parameters: the draw layout then stays fixed across scenarios and comparisons keep common
/// random numbers. (GSL's own Beta and Poisson samplers consume a variable number of uniforms.)
enum BetaQuantile {
    /// The `uniform` quantile of Beta(α, β), from GSL.
    static func value(_ uniform: Double, alpha: Double, beta: Double) -> Double {
        gsl_cdf_beta_Pinv(Swift.min(Swift.max(uniform, 0), 1), alpha, beta)
    }
}

/// A Beta quantile function tabulated once per run: GSL's inverse Beta CDF costs about a
/// microsecond, too much once per trial and plan. Linear interpolation between 4,097 exact
/// quantiles (error below 10⁻⁶ of the rate in the body), exact GSL values in the outer 1/4,096
/// of each tail where the curve bends sharply.
struct BetaQuantileTable: Sendable {
    private let values: [Double]
    let alpha: Double
    let beta: Double
    private static let steps = 4_096

    init(alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
        values = (0...Self.steps).map { BetaQuantile.value(Double($0) / Double(Self.steps), alpha: alpha, beta: beta) }
    }

    func callAsFunction(_ uniform: Double) -> Double {
        let position = uniform * Double(Self.steps)
        guard position >= 1, position < Double(Self.steps - 1) else { return BetaQuantile.value(uniform, alpha: alpha, beta: beta) }
        let index = Int(position)
        let fraction = position - Double(index)
        return values[index] + fraction * (values[index + 1] - values[index])
    }
}

enum PoissonQuantile {
    /// The smallest k with P(N ≤ k) > `uniform` for N ~ Poisson(`mean`): inversion by sequential
    /// search, about `mean` steps (SPIF deal counts are small).
    @inline(__always)
    static func value(_ uniform: Double, mean: Double) -> Int {
        value(uniform, mean: mean, expNegativeMean: exp(-mean))
    }

    /// The same with e^(−mean) given, for a mean used over and over.
    @inline(__always)
    static func value(_ uniform: Double, mean: Double, expNegativeMean: Double) -> Int {
        guard mean > 0 else { return 0 }
        // e^(−mean) underflows past ~700: use the normal approximation, exact enough at that size.
        if mean > 500 { return Swift.max(0, Int((mean + mean.squareRoot() * NormalQuantile.value(uniform)).rounded())) }
        var probability = expNegativeMean
        var cumulative = probability
        var count = 0
        while uniform >= cumulative, count < 10_000 {
            count += 1
            probability *= mean / Double(count)
            cumulative += probability
        }
        return count
    }
}

enum NormalQuantile {
    /// The `uniform` quantile of the standard normal, from GSL (used once per trial).
    static func value(_ uniform: Double) -> Double {
        gsl_cdf_ugaussian_Pinv(Swift.min(Swift.max(uniform, 1e-300), 1 - 1e-16))
    }
}
