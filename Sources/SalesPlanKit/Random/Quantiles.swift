import CGSL
import Foundation

/// Quantile functions that turn one uniform into a draw, so every stochastic part of a real plan
/// consumes exactly one random number per trial (or per seller and trial) whatever its
/// parameters: the draw layout then stays fixed across scenarios and comparisons keep common
/// random numbers. (GSL's own Beta and Poisson samplers consume a variable number of uniforms.)
enum BetaQuantile {
    /// GSL's default error handler aborts the process; its inverse Beta CDF can fail to converge
    /// for very concentrated distributions (a spread of 0.01 % gives α, β in the millions), so the
    /// handler is turned off once and failures are handled here.
    private static let errorsReturned: Void = { _ = gsl_set_error_handler_off() }()

    /// The `uniform` quantile of Beta(α, β): GSL's inverse CDF, or, for α and β above 10⁴ (where
    /// the Beta is normal to within 10⁻⁴ of its spread and GSL's Newton steps may not converge),
    /// the normal approximation; if GSL still fails, bisection on GSL's CDF.
    static func value(_ uniform: Double, alpha: Double, beta: Double) -> Double {
        _ = errorsReturned
        let u = Swift.min(Swift.max(uniform, 0), 1)
        if u == 0 { return 0 }
        if u == 1 { return 1 }
        if Swift.min(alpha, beta) > 10_000 {
            let mean = alpha / (alpha + beta)
            let sd = (alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1))).squareRoot()
            return Swift.min(Swift.max(mean + sd * NormalQuantile.value(u), 0), 1)
        }
        let value = gsl_cdf_beta_Pinv(u, alpha, beta)
        if value.isFinite, value >= 0, value <= 1 { return value }
        var low = 0.0, high = 1.0
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if gsl_cdf_beta_P(middle, alpha, beta) < u { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}

/// A Beta quantile function tabulated once per run: GSL's inverse Beta CDF costs about a
/// microsecond, too much once per trial and plan. Linear interpolation between 4,097 exact
/// quantiles in the body (u in 2 %…98 %), and in each tail between exact quantiles 1/32 of an
/// octave of u (or of 1 − u) apart down to 10⁻⁶, in log u, where the curve is close to straight
/// (within 2·10⁻⁶ of the rate for the scenarios' spreads; tested); exact GSL values beyond.
struct BetaQuantileTable: Sendable {
    private let values: [Double]
    /// Quantiles at u = 2 % · 2^(−k/32) (low) and 1 − that (high), k = 0…`tailSteps`.
    private let lowTail: [Double]
    private let highTail: [Double]
    let alpha: Double
    let beta: Double
    private static let steps = 4_096
    private static let tailEdge = 0.02
    private static let tailStepsPerOctave = 32.0
    /// Steps from 2 % down to 10⁻⁶: 32 · log₂(0.02 / 10⁻⁶), rounded down.
    private static let tailSteps = Int(tailStepsPerOctave * log2(tailEdge / 1e-6))

    init(alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
        values = (0...Self.steps).map { BetaQuantile.value(Double($0) / Double(Self.steps), alpha: alpha, beta: beta) }
        let tail = (0...Self.tailSteps).map { Self.tailEdge * exp2(-Double($0) / Self.tailStepsPerOctave) }
        lowTail = tail.map { BetaQuantile.value($0, alpha: alpha, beta: beta) }
        highTail = tail.map { BetaQuantile.value(1 - $0, alpha: alpha, beta: beta) }
    }

    func callAsFunction(_ uniform: Double) -> Double {
        if uniform >= Self.tailEdge, uniform <= 1 - Self.tailEdge {
            let position = uniform * Double(Self.steps)
            let index = Int(position)
            let fraction = position - Double(index)
            return values[index] + fraction * (values[index + 1] - values[index])
        }
        let tailUniform = uniform < Self.tailEdge ? uniform : 1 - uniform
        let position = Self.tailStepsPerOctave * log2(Self.tailEdge / tailUniform)  // ≥ 0; NaN or ∞ beyond [0, 1]
        guard position < Double(Self.tailSteps) else { return BetaQuantile.value(uniform, alpha: alpha, beta: beta) }
        let table = uniform < Self.tailEdge ? lowTail : highTail
        let index = Int(position)
        let fraction = position - Double(index)
        return table[index] + fraction * (table[index + 1] - table[index])
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
