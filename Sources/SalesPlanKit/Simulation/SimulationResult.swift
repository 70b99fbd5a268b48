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

/// Per-trial figures, one element per trial.
public struct TrialOutcomes: Sendable {
    /// Total bookings of direct sellers.
    public var revenue: [Double]
    /// Total variable pay of all sellers (including managers and overlays).
    public var variableComp: [Double]
    /// Base salaries plus variable pay.
    public var totalComp: [Double]
    /// Total compensation ÷ revenue.
    public var costOfSales: [Double]
    /// Share of all sellers at or above 100 % of quota.
    public var shareAtQuota: [Double]
    /// Share of all sellers whose variable pay reached their target incentive (on-target earnings).
    public var shareAtTarget: [Double]
    /// Index of the trial's year type in the scenario's list.
    public var yearType: [UInt8]
    /// The trial's macro shock (a factor on every seller's median; 1 when shocks are off).
    public var macroShock: [Double]

    public var count: Int { revenue.count }
}

/// The distributions finance reads first.
public struct Headline: Sendable, Equatable, Codable {
    public var revenue: Distribution
    public var variableComp: Distribution
    public var totalComp: Distribution
    public var costOfSales: Distribution
    public var shareAtQuota: Distribution
    public var shareAtTarget: Distribution
    /// Probability that revenue reaches the company goal.
    public var goalMet: Proportion
}

/// Can variable compensation push EBITDA negative in a plausible worst year?
///
/// EBITDA before variable comp minus variable comp, at the 99th percentile of variable comp and
/// at the most expensive trial; the annual review wants both non-negative.
public struct EBITDACheck: Sendable, Equatable, Codable {
    public var ebitdaBeforeVariableComp: Double
    public var ebitdaAtP99VariableComp: Double
    public var ebitdaAtMaxVariableComp: Double
    /// Share of trials in which EBITDA after variable comp is negative.
    public var probabilityNegative: Proportion

    public var negativeAtP99: Bool { ebitdaAtP99VariableComp < 0 }
    public var negativeAtMax: Bool { ebitdaAtMaxVariableComp < 0 }
    public var passes: Bool { !negativeAtP99 && !negativeAtMax }
}

/// One seller's simulated year, across trials.
public struct SellerOutcome: Sendable, Equatable {
    public var id: String
    public var name: String
    public var role: SellerRole
    public var planID: String
    public var quota: Double
    /// Persistent skill multiplier on the median (1 = average; from prior attainments).
    public var skill: Double
    /// Attainment percentiles (1.0 = 100 % of quota), from the seller's histogram.
    public var attainmentP10: Double
    public var attainmentP50: Double
    public var attainmentP90: Double
    /// Variable pay percentiles, in the scenario currency.
    public var payP10: Double
    public var payP50: Double
    public var payP90: Double
    public var meanPay: Double
    /// Probability of finishing at or above quota.
    public var probabilityAtQuota: Double
}

/// The run's figures restricted to trials of one year type.
public struct YearTypeOutcome: Sendable, Equatable {
    public var name: String
    /// Probability in the scenario's mixture.
    public var probability: Double
    public var medianAttainment: Double
    public var sigma: Double
    /// Number of trials that drew this year type.
    public var trials: Int
    public var revenue: Distribution?
    public var variableComp: Distribution?
    public var totalComp: Distribution?
    public var costOfSales: Distribution?
    public var goalMet: Proportion
    public var meanShareAtQuota: Double
    public var meanShareAtTarget: Double
    /// Direct sellers' attainment across all trials of this type: share of seller-years in each
    /// log-attainment bin (see ``SimulationResult/attainmentBinEdges``).
    public var attainmentShares: [Double]
    /// Percentiles of that seller-year population's attainment (P10, P25, P50, P75, P90).
    public var attainmentPercentiles: [Double]
}
