import Foundation

/// Can variable compensation push EBITDA negative in a plausible bad year?
///
/// Each trial's EBITDA follows the scenario's ``EBITDAModel``. Revenue-linked (the default when a
/// gross margin is given): EBITDA = E₀ + gross margin × (bookings − goal) − variable comp, where
/// E₀ is the planned EBITDA before variable comp in a year that lands exactly on goal; a poor
/// year loses the gross profit of the bookings it misses. Fixed: EBITDA = E₀ − variable comp.
///
/// The annual review's test is that EBITDA stays non-negative even at maximal payouts; the
/// whitepaper's sharper form, for plans with accelerators, is that the comp paid beyond the
/// plan point (every seller at quota, the whole target incentive paid) never exceeds the gross
/// profit of the bookings beyond it.
public struct EBITDACheck: Sendable, Equatable {
    public var model: EBITDAModel
    /// Planned EBITDA before variable comp when bookings equal the goal (E₀).
    public var ebitdaBeforeVariableComp: Double
    public var grossMargin: Double?
    /// EBITDA after variable comp, across trials.
    public var ebitda: Distribution
    /// Share of trials with negative EBITDA after variable comp.
    public var probabilityNegative: Proportion
    /// When no trial is negative: the 95 % upper confidence bound on that probability,
    /// 1 − 0.05^(1/trials) (about 3 ÷ trials, the "rule of three").
    public var probabilityNegativeUpperBound: Double?
    /// The trial with the largest variable comp (maximal payouts).
    public var mostExpensiveTrial: Trial
    /// The trial with the lowest EBITDA.
    public var worstTrial: Trial
    /// The whitepaper's incremental test in the most expensive trial; nil without a gross margin.
    public var incremental: IncrementalTest?

    /// One simulated year, as the check reads it.
    public struct Trial: Sendable, Equatable, Codable {
        /// 1-based, as in `trials.csv`.
        public var trial: Int
        public var bookings: Double
        public var variableComp: Double
        public var ebitda: Double
    }

    /// Comp beyond the plan point against the gross profit of bookings beyond it.
    public struct IncrementalTest: Sendable, Equatable, Codable {
        /// Variable comp − the variable-comp budget (Σ target incentives).
        public var compAboveBudget: Double
        /// Gross margin × (bookings − Σ direct quotas).
        public var grossProfitAboveQuota: Double
        public var passes: Bool { compAboveBudget <= max(grossProfitAboveQuota, 0) }
    }

    public var negativeAtMostExpensive: Bool { mostExpensiveTrial.ebitda < 0 }
    public var negativeAtP1: Bool { ebitda.p1 < 0 }
    /// EBITDA non-negative in the most expensive trial and in the 1-in-100 bad year.
    public var passes: Bool { !negativeAtMostExpensive && !negativeAtP1 }

    /// EBITDA of one trial.
    public static func ebitda(bookings: Double, variableComp: Double, finance: FinancePlan, goal: Double) -> Double? {
        guard let base = finance.ebitdaBeforeVariableComp else { return nil }
        switch finance.ebitdaModel {
        case .fixed: return base - variableComp
        case .revenueLinked: return base + (finance.grossMargin ?? 0) * (bookings - goal) - variableComp
        }
    }

    /// Every trial's EBITDA, in trial order; nil when the scenario has no EBITDA figure.
    static func perTrial(finance: FinancePlan, goal: Double, bookings: [Double], variableComp: [Double]) -> [Double]? {
        guard finance.ebitdaBeforeVariableComp != nil else { return nil }
        return zip(bookings, variableComp).map { ebitda(bookings: $0, variableComp: $1, finance: finance, goal: goal)! }
    }

    /// The check over a run's trials, whose EBITDA is `values` (``perTrial(finance:goal:bookings:variableComp:)``).
    init?(finance: FinancePlan, values: [Double], variableCompBudget: Double, totalDirectQuota: Double,
          bookings: [Double], variableComp: [Double]) {
        guard let base = finance.ebitdaBeforeVariableComp, !values.isEmpty else { return nil }
        model = finance.ebitdaModel
        ebitdaBeforeVariableComp = base
        grossMargin = finance.grossMargin
        ebitda = Distribution(values)!
        let negative = values.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
        probabilityNegative = Proportion(successes: negative, trials: values.count)
        probabilityNegativeUpperBound = negative == 0 ? 1 - pow(0.05, 1 / Double(values.count)) : nil
        // Ties go to the earliest trial, so the choice never depends on thread scheduling.
        var expensive = 0, worst = 0
        for index in values.indices {
            if variableComp[index] > variableComp[expensive] { expensive = index }
            if values[index] < values[worst] { worst = index }
        }
        let trial = { (index: Int) in
            Trial(trial: index + 1, bookings: bookings[index], variableComp: variableComp[index], ebitda: values[index])
        }
        mostExpensiveTrial = trial(expensive)
        worstTrial = trial(worst)
        incremental = finance.grossMargin.map { margin in
            IncrementalTest(compAboveBudget: variableComp[expensive] - variableCompBudget,
                            grossProfitAboveQuota: margin * (bookings[expensive] - totalDirectQuota))
        }
    }
}
