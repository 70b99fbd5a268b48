import Foundation

/// Exact first and second moments of sums of ``FunnelTerms`` terms: the funnel's expected values,
/// and the spread of the marketing-sourced pipeline that ``MarketingPlan/successLogSigma`` is
/// matched to.
///
/// Factors are independent, so E[Π fᵢ^kᵢ] = Π E[fᵢ^kᵢ]; a factor two terms share (a funnel rate,
/// a deal size) enters a cross moment squared, which is how shared inputs add covariance. For a
/// log-normal f with log-median μ and σ, E[fᵏ] = e^(kμ + k²σ²/2); for a rate capped at 1,
/// E[min(f, 1)ᵏ] = e^(kμ + k²σ²/2) Φ((−μ − kσ²)/σ) + 1 − Φ(−μ/σ), exactly.
enum FunnelMoments {
    static func moment(_ factor: FunnelTerms.Factor, _ k: Int) -> Double {
        let (mu, sigma) = (factor.logMedian, factor.sigma)
        let kk = Double(k)
        guard factor.cappedAtOne, k > 0 else { return exp(kk * mu + kk * kk * sigma * sigma / 2) }
        guard sigma > 0 else { return pow(min(exp(mu), 1), kk) }
        let below = normalCDF((-mu - kk * sigma * sigma) / sigma)
        return exp(kk * mu + kk * kk * sigma * sigma / 2) * below + (1 - normalCDF(-mu / sigma))
    }

    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// E[Σ terms].
    static func mean(_ terms: [FunnelTerms.Term], factors: [FunnelTerms.Factor]) -> Double {
        terms.reduce(0) { sum, term in sum + term.constant * term.powers.reduce(1) { $0 * moment(factors[$1.factor], $1.exponent) } }
    }

    /// E[(Σ terms)²] = Σₐ Σ_b E[Tₐ T_b].
    static func secondMoment(_ terms: [FunnelTerms.Term], factors: [FunnelTerms.Factor]) -> Double {
        var total = 0.0
        for a in terms {
            for b in terms {
                var exponents: [Int: Int] = [:]
                for power in a.powers + b.powers { exponents[power.factor, default: 0] += power.exponent }
                // In factor order: a dictionary's own order changes from process to process, and the
                // product's last bits with it (results must not depend on the process).
                total += a.constant * b.constant * exponents.keys.sorted().reduce(1) { $0 * moment(factors[$1], exponents[$1]!) }
            }
        }
        return total
    }
}

/// What the simulation's join reads from the marketing plan, besides
/// ``MarketingPlan/sourcedShare(segment:territory:)``. Each is computed on each call (the plan
/// has a few dozen terms: microseconds); read it once per run.
extension MarketingPlan {
    /// Expected marketing-sourced pipeline $ the channels deliver over the year: the "planned"
    /// pipeline marketing success is measured against. 0 without channels.
    public var plannedSourcedPipeline: Double {
        let terms = FunnelTerms(self)
        return FunnelMoments.mean(terms.terms(.pipeline), factors: terms.factors)
    }

    /// Expected won bookings from that pipeline (pipeline × win rate).
    public var plannedSourcedWon: Double {
        let terms = FunnelTerms(self)
        return FunnelMoments.mean(terms.terms(.won), factors: terms.factors)
    }

    /// E[win rate] (opportunity → won, capped at 1); nil without a funnel.
    public var expectedWinRate: Double? {
        funnel.map { FunnelMoments.moment(FunnelTerms.Factor(logMedian: log($0.opportunityToWon.median), sigma: $0.opportunityToWon.sigma,
                                                             cappedAtOne: true), 1) }
    }

    /// σ of ln(marketing success), success = realised ÷ planned marketing-sourced pipeline.
    ///
    /// The sourced pipeline T = Σ over channels and segments of spend × share × the channel's
    /// uncertain inputs (cost per lead or per click and click-to-lead, or pipeline per dollar) ×
    /// the funnel's rates × the segment's deal size, all independent log-normals. Its mean and
    /// second moment are computed exactly (``FunnelMoments``: shared rates and deal sizes make
    /// channels covary), and success is the log-normal with the same first two moments as
    /// T ÷ E[T] (Fenton–Wilkinson moment matching): mean 1, σ² = ln(E[T²] ÷ E[T]²), median
    /// e^(−σ²/2). With one channel in one segment T is itself log-normal and σ is exactly the
    /// inputs' σs in quadrature, √(Σ σᵢ²). 0 without channels or uncertainty.
    public var successLogSigma: Double {
        let terms = FunnelTerms(self)
        let pipeline = terms.terms(.pipeline)
        let mean = FunnelMoments.mean(pipeline, factors: terms.factors)
        guard mean > 0 else { return 0 }
        let ratio = FunnelMoments.secondMoment(pipeline, factors: terms.factors) / (mean * mean)
        return log(max(ratio, 1)).squareRoot()
    }

    /// ln of the median of marketing success, −σ²/2, so that its mean is exactly 1.
    public var successLogMedian: Double { -successLogSigma * successLogSigma / 2 }

    /// ROMI = (sourced bookings × gross margin − spend) ÷ spend; nil when nothing is spent.
    public func romi(sourcedBookings: Double, grossMargin: Double) -> Double? {
        let spend = totalSpend
        return spend > 0 ? (sourcedBookings * grossMargin - spend) / spend : nil
    }
}
