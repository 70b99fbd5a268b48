import Foundation

/// Everything one Monte Carlo run found: per-trial totals, their distributions, the EBITDA check,
/// per-seller and per-year-type figures.
public struct SimulationResult: Sendable {
    public var scenarioName: String
    public var currency: String
    public var options: SimulationOptions
    public var generator: RandomAlgorithm
    public var sellerCount: Int
    public var directSellerCount: Int
    /// Company bookings goal.
    public var goal: Double
    /// Sum of direct sellers' quotas.
    public var totalDirectQuota: Double
    /// Sum of all sellers' base salaries (the fixed part of total compensation).
    public var totalBaseSalary: Double
    /// Per-trial figures, in trial order.
    public var trials: TrialOutcomes
    public var headline: Headline
    /// Nil when the scenario gives no EBITDA before variable comp.
    public var ebitdaCheck: EBITDACheck?
    public var sellers: [SellerOutcome]
    public var yearTypes: [YearTypeOutcome]
}

extension SimulationResult {
    /// Lower and upper attainment edge of each bin of ``YearTypeOutcome/attainmentShares``: bins
    /// are 1/64 wide in log attainment, from 0.4 % to 2,009 % of quota (the edge bins also hold
    /// everything beyond).
    public static var attainmentBinEdges: [(lower: Double, upper: Double)] {
        (0..<AttainmentBins.count).map { (AttainmentBins.lowerEdge(of: $0), AttainmentBins.lowerEdge(of: $0 + 1)) }
    }
}
