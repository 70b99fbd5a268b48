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

enum PoissonQuantile {
    /// The smallest k with P(N ≤ k) > `uniform` for N ~ Poisson(`mean`): inversion by sequential
    /// search, about `mean` steps (SPIF deal counts are small).
    @inline(__always)
    static func value(_ uniform: Double, mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        // e^(−mean) underflows past ~700: use the normal approximation, exact enough at that size.
        if mean > 500 { return Swift.max(0, Int((mean + mean.squareRoot() * NormalQuantile.value(uniform)).rounded())) }
        var probability = exp(-mean)
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
