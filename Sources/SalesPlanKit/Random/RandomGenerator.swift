import CGSL
import Foundation

/// A GSL random number generator, owned by one thread at a time.
///
/// This is the only type in SalesPlan that touches GSL pointers: it allocates the generator,
/// seeds it, draws from it and frees it when the value goes away. Draws are exact GSL draws:
/// ``logNormal(logMedian:sigma:)`` is `exp(μ + σ·z)` with `z` from GSL's ziggurat normal sampler,
/// which has the same distribution as `gsl_ran_lognormal` at about a third of the cost.
///
/// It is deliberately not `Sendable`: a generator is mutable state, and the simulation gives every
/// chunk of trials a generator of its own.
public final class RandomGenerator {
    private let state: UnsafeMutablePointer<gsl_rng>
    public let algorithm: RandomAlgorithm

    /// Creates a generator seeded with `seed`.
    ///
    /// GSL seeds are `unsigned long`, but `taus2` and `mt19937` use only their low 32 bits;
    /// callers that derive many streams from one master seed should use ``SeedSequence``, which
    /// keeps the derived 32-bit seeds distinct.
    public init(algorithm: RandomAlgorithm = .standard, seed: UInt64) {
        let type: UnsafePointer<gsl_rng_type> = switch algorithm {
        case .mt19937: salesplan_rng_mt19937()
        case .taus2: salesplan_rng_taus2()
        case .gfsr4: salesplan_rng_gfsr4()
        case .ranlxd2: salesplan_rng_ranlxd2()
        }
        guard let state = gsl_rng_alloc(type) else {
            fatalError("GSL could not allocate a \(algorithm.rawValue) generator (out of memory)")
        }
        gsl_rng_set(state, UInt(truncatingIfNeeded: seed))
        self.state = state
        self.algorithm = algorithm
    }

    deinit {
        gsl_rng_free(state)
    }

    /// A uniform draw in [0, 1).
    @inline(__always)
    public func uniform() -> Double {
        gsl_rng_uniform(state)
    }

    /// A standard normal draw (mean 0, standard deviation 1) from GSL's ziggurat sampler.
    @inline(__always)
    public func standardNormal() -> Double {
        gsl_ran_gaussian_ziggurat(state, 1.0)
    }

    /// A log-normal draw whose logarithm has mean `logMedian` and standard deviation `sigma`,
    /// i.e. median `exp(logMedian)` and mean `exp(logMedian + sigma²/2)`.
    @inline(__always)
    public func logNormal(logMedian: Double, sigma: Double) -> Double {
        exp(logMedian + sigma * gsl_ran_gaussian_ziggurat(state, 1.0))
    }

    /// A log-normal draw through `gsl_ran_lognormal` (Box–Muller based). Slower; kept so the two
    /// GSL paths can be checked against each other.
    public func logNormalBoxMuller(logMedian: Double, sigma: Double) -> Double {
        gsl_ran_lognormal(state, logMedian, sigma)
    }
}
