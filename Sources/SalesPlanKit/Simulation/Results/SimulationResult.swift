import Foundation

/// Everything one Monte Carlo run found: per-trial totals, their distributions, the EBITDA check,
/// per-seller and per-year-type figures.
public struct SimulationResult: Sendable {
    public var scenarioName: String
    public var scenarioDescription: String?
    /// The scenario's plans (for pay-curve charts).
    public var plans: [CompPlan]
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
    /// Sum of all sellers' target incentives: the variable-comp budget, what the plans pay when
    /// every seller lands exactly on target.
    public var variableCompBudget: Double
    /// Sum of all sellers' on-target earnings (base + target incentive).
    public var totalOnTargetEarnings: Double
    /// Per-trial figures, in trial order.
    public var trials: TrialOutcomes
    public var headline: Headline
    /// Nil when the scenario gives no EBITDA before variable comp.
    public var ebitdaCheck: EBITDACheck?
    /// Variable comp and bookings by plan, role, region and segment (empty when the run was too
    /// large to keep them: see ``PayCells/maxGroupTrials``).
    public var breakdowns: [PayBreakdown]
    /// Goal coverage as ratios and as probabilities, in total and per goal part.
    public var coverage: CoverageResult
    /// The bands the annual-review checks use.
    public var review: ReviewSettings
    public var sellers: [SellerOutcome]
    /// SPIFs, clawbacks, draws, renewals, vacancy and ramp, double credit; nil for a scenario on
    /// the fast path (none of these modelled).
    public var realPlan: RealPlanOutcome?
    /// Wall time of the trials (drawing and paying) and of summarising them, for `--timings`.
    public var timings = RunTimings()
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

/// Where a run's time went: the Monte Carlo trials themselves, and the summaries built from them
/// (distributions, per-seller and per-year-type figures). Not part of any report: timings differ
/// from run to run, reports do not.
public struct RunTimings: Sendable {
    public var trialsSeconds = 0.0
    public var summarySeconds = 0.0
}
