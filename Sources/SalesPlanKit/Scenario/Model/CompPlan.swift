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
    /// Correlation matrix of the normals of measure 1 (the primary, bookings attainment) and of
    /// each measure with its own ``PlanMeasure/attainment``, in plan order (YAML
    /// `measure_correlations`); nil: each such measure's ``MeasureAttainment/correlation`` with
    /// the primary. Must be symmetric, unit-diagonal and positive semi-definite.
    public var measureCorrelations: [[Double]]?
    /// Share of bookings churning within a window, whose pay is reclaimed (YAML `clawback`).
    public var clawback: Clawback?
    /// Guaranteed pay for new hires' first months (YAML `draw`).
    public var newHireDraw: NewHireDraw?
    /// Whether a ramping seller's quota is cut in proportion to ramp productivity (YAML
    /// `ramp_quota_relief`, default false: a ramping seller carries the full monthly quota).
    public var rampQuotaRelief: Bool

    public init(
        id: String,
        name: String,
        baseSalary: Double,
        targetIncentive: Double,
        measures: [PlanMeasure],
        payoutCap: Double? = nil,
        measureCorrelations: [[Double]]? = nil,
        clawback: Clawback? = nil,
        newHireDraw: NewHireDraw? = nil,
        rampQuotaRelief: Bool = false
    ) {
        self.measureCorrelations = measureCorrelations
        self.clawback = clawback
        self.newHireDraw = newHireDraw
        self.rampQuotaRelief = rampQuotaRelief
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

extension CompPlan {
    /// Whether the plan needs the engine's general path: a measure with its own attainment or
    /// credit, a gate, a clawback or a draw. A plan without them pays every measure on the one
    /// primary attainment through one compiled curve.
    public var usesRealPlanFeatures: Bool {
        clawback != nil || newHireDraw != nil || rampQuotaRelief
            || measures.contains { $0.attainment != nil || $0.gate != nil || $0.credits != .bookings }
    }
}
