/// Marketing joined to the simulation, across trials: how much pipeline and bookings marketing
/// sourced, what it influenced, and its return, as distributions rather than point guesses.
public struct MarketingOutcome: Sendable {
    /// Realised ÷ planned marketing-sourced pipeline, per trial.
    public var success: Distribution
    public var sourcedPipeline: Distribution
    /// New bookings marketing sourced (each seller's bookings × their sourced share at the
    /// trial's success).
    public var sourcedBookings: Distribution
    /// New bookings × the plan's influenced share (0 without one).
    public var influencedBookings: Distribution
    /// (Sourced bookings × gross margin − spend) ÷ spend; nil without a gross margin or spend.
    public var romi: Distribution?
    /// Sourced pipeline ÷ spend.
    public var pipelineToSpend: Distribution?
    public var spend: Double
    /// Whether success was fixed by the scenario (`marketing.fixed_success`) rather than drawn.
    public var isFixed: Bool
    /// P(bookings ≥ goal) among the trials in each fifth of marketing success (lowest first), with
    /// the mean success and mean variable comp in it: how the plan moves with marketing.
    public var byQuintile: [Quintile]

    public struct Quintile: Sendable, Equatable, Encodable {
        public var meanSuccess: Double
        public var goalMet: Double
        public var meanVariableComp: Double
    }
}

extension MarketingOutcome {
    init(columns: RealPlanColumns, join: MarketingJoin, bookings: [Double], variableComp: [Double], goal: Double) {
        let success = columns.array(.marketingSuccess)
        let pipeline = columns.array(.sourcedPipeline)
        let sourced = columns.array(.sourcedBookings)
        self.success = Distribution(success)!
        sourcedPipeline = Distribution(pipeline)!
        sourcedBookings = Distribution(sourced)!
        influencedBookings = Distribution(columns.array(.influencedBookings))!
        spend = join.spend
        isFixed = join.fixedSuccess != nil
        if join.spend > 0, let margin = join.grossMargin {
            romi = Distribution(sourced.map { ($0 * margin - join.spend) / join.spend })
        }
        if join.spend > 0 { pipelineToSpend = Distribution(pipeline.map { $0 / join.spend }) }
        let order = success.indices.sorted { success[$0] < success[$1] }
        let size = order.count / 5
        byQuintile = size == 0 ? [] : (0..<5).map { fifth in
            let members = order[(fifth * size)..<(fifth == 4 ? order.count : (fifth + 1) * size)]
            let count = Double(members.count)
            return Quintile(meanSuccess: members.reduce(0) { $0 + success[$1] } / count,
                            goalMet: Double(members.filter { bookings[$0] >= goal }.count) / count,
                            meanVariableComp: members.reduce(0) { $0 + variableComp[$1] } / count)
        }
    }
}
