/// A compensation plan: base salary plus a target incentive paid through weighted measures.
///
/// On-target earnings (OTE) are ``baseSalary`` + ``targetIncentive``. Variable pay for an
/// attainment is the target incentive times the weighted sum of the measures' pay curves,
/// optionally capped for the plan as a whole by ``payoutCap``.
public struct CompPlan: Sendable, Equatable {
    public var id: String
    public var name: String
    /// Fixed annual salary, in the scenario currency.
    public var baseSalary: Double
    /// Variable pay at 100 % attainment of every measure, in the scenario currency.
    public var targetIncentive: Double
    /// The plan's measures. Their weights sum to 1.
    public var measures: [PlanMeasure]
    /// Maximum variable pay of the whole plan, as a multiple of the target incentive.
    public var payoutCap: Double?

    public init(
        id: String,
        name: String,
        baseSalary: Double,
        targetIncentive: Double,
        measures: [PlanMeasure],
        payoutCap: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.baseSalary = baseSalary
        self.targetIncentive = targetIncentive
        self.measures = measures
        self.payoutCap = payoutCap
    }

    /// On-target earnings: what the seller earns at exactly 100 % attainment.
    public var onTargetEarnings: Double { baseSalary + targetIncentive }

    /// Share of on-target earnings that is variable (0.5 for a 50/50 pay mix).
    public var variableShare: Double {
        onTargetEarnings > 0 ? targetIncentive / onTargetEarnings : 0
    }
}

/// One measure of a plan (new bookings, renewals, ...): a weight and a pay curve.
public struct PlanMeasure: Sendable, Equatable {
    public var name: String
    /// Share of the target incentive that rides on this measure (0...1).
    public var weight: Double
    public var payCurve: PayCurve

    public init(name: String, weight: Double, payCurve: PayCurve) {
        self.name = name
        self.weight = weight
        self.payCurve = payCurve
    }
}
