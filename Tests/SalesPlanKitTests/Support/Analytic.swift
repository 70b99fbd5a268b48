import Foundation

/// Closed forms the statistical tests compare the simulation with.
enum Analytic {
    /// Standard normal cumulative distribution Φ(x).
    static func normalCDF(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// Mean of a log-normal with log-mean μ and log-sd σ: exp(μ + σ²/2).
    static func logNormalMean(mu: Double, sigma: Double) -> Double {
        exp(mu + sigma * sigma / 2)
    }

    static func logNormalVariance(mu: Double, sigma: Double) -> Double {
        (exp(sigma * sigma) - 1) * exp(2 * mu + sigma * sigma)
    }

    /// Partial expectation E[Aᵏ; low ≤ A < high] of a log-normal A: exp(kμ + k²σ²/2) ×
    /// (Φ((ln high − μ − kσ²)/σ) − Φ((ln low − μ − kσ²)/σ)).
    static func partialMoment(_ k: Double, mu: Double, sigma: Double, from low: Double, to high: Double) -> Double {
        let upper = high.isInfinite ? 1 : normalCDF((log(high) - mu - k * sigma * sigma) / sigma)
        let lower = low <= 0 ? 0 : normalCDF((log(low) - mu - k * sigma * sigma) / sigma)
        return exp(k * mu + k * k * sigma * sigma / 2) * (upper - lower)
    }

    /// P(A ≥ x) for a log-normal A.
    static func survival(_ x: Double, mu: Double, sigma: Double) -> Double {
        1 - normalCDF((log(x) - mu) / sigma)
    }
}
