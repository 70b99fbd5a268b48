/// Goal coverage in total and for every part of the goal, read two ways: as a ratio (Σ quota ÷
/// goal, the over-assignment planners set) and as a probability (the share of simulated years in
/// which the part's bookings reach its goal, the whitepaper's "met in 95 % of scenarios").
public struct CoverageResult: Sendable {
    public var band: ClosedRange<Double>
    public var targetProbability: Double
    public var total: CoverageLine
    /// Parts with a goal (in goal-split order), then names with quota and no goal.
    public var parts: [CoverageLine]
    /// Per split dimension, quota of direct sellers credited to no part of it.
    public var unassignedQuota: [CoverageDimension: Double]

    /// One line: the total, or one region, segment, vertical, product or territory.
    public struct CoverageLine: Sendable {
        /// nil for the total.
        public var dimension: CoverageDimension?
        public var name: String
        /// nil: quota with no goal.
        public var goal: Double?
        public var quota: Double
        /// Share of trials whose bookings in this part reach its goal; nil without a goal, or when
        /// the run was too large to track parts.
        public var goalMet: Proportion?

        /// Σ quota ÷ goal (1.3 = 30 % over-assignment).
        public var ratio: Double? { goal.flatMap { $0 > 0 ? quota / $0 : nil } }
        public var overAssignment: Double? { ratio.map { $0 - 1 } }
        /// Goal ÷ Σ quota: the attainment at which the quotas exactly deliver the goal.
        public var attainmentFactor: Double? { goal.flatMap { quota > 0 ? $0 / quota : nil } }
        public var hasGoalWithoutQuota: Bool { goal != nil && quota == 0 }
        public var hasQuotaWithoutGoal: Bool { goal == nil && quota > 0 }
    }

    public func isOutsideBand(_ line: CoverageLine) -> Bool {
        line.overAssignment.map { !band.contains($0) } ?? false
    }

    public func isBelowTarget(_ line: CoverageLine) -> Bool {
        line.goalMet.map { $0.probability < targetProbability } ?? false
    }

    /// Coverage of a run: ratios from the scenario, probabilities from the per-trial bookings of
    /// the whole company and of each tracked part.
    init(scenario: Scenario, parts: GoalParts, totalBookings: [Double], partBookings: (Int) -> [Double]?) {
        band = scenario.coverage.band
        targetProbability = scenario.coverage.targetProbability
        let goal = scenario.goal.bookings
        total = CoverageLine(dimension: nil, name: "total", goal: goal, quota: scenario.totalDirectQuota,
                             goalMet: Self.proportion(totalBookings, reaching: goal))
        self.parts = parts.parts.enumerated().map { index, part in
            var goalMet: Proportion?
            if let goal = part.goal, let bookings = partBookings(index) { goalMet = Self.proportion(bookings, reaching: goal) }
            return CoverageLine(dimension: part.dimension, name: part.name, goal: part.goal, quota: part.quota, goalMet: goalMet)
        }
        unassignedQuota = parts.unassignedQuota
    }

    static func proportion(_ bookings: [Double], reaching goal: Double) -> Proportion? {
        guard !bookings.isEmpty else { return nil }
        return Proportion(successes: bookings.reduce(0) { $0 + ($1 >= goal ? 1 : 0) }, trials: bookings.count)
    }
}
