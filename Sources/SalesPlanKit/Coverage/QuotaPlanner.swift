import Foundation

/// Sets next year's quotas for a scenario: shares by a method, a total from an over-assignment or
/// from a target probability of meeting every goal, then ramp, limits, rounding and roll-up; and
/// simulates the result so the payout the quotas imply is known.
public struct QuotaPlanner: Sendable {
    /// What the total is set from.
    public enum Target: Sendable, Equatable {
        /// goal × (1 + over-assignment).
        case overAssignment(Double)
        /// The smallest over-assignment at which the total and every goal part are met with this
        /// probability (found on common random numbers; see ``OverAssignmentSearch``).
        case probability(Double)
    }

    /// The quotas, how they were found, and their simulated year.
    public struct Plan: Sendable {
        public var allocation: QuotaAllocation
        public var overAssignment: Double
        /// The search, when the total came from a target probability.
        public var search: OverAssignmentSearch?
        /// The scenario with the new quotas (old quotas as baselines), simulated.
        public var scenario: Scenario
        public var result: SimulationResult
    }

    public var scenario: Scenario
    public var method: QuotaMethod
    public var setting: QuotaSetting
    public var options: SimulationOptions

    public init(scenario: Scenario, method: QuotaMethod, setting: QuotaSetting, options: SimulationOptions) {
        self.scenario = scenario
        self.method = method
        self.setting = setting
        self.options = options
    }

    public func plan(_ target: Target) -> Result<Plan, QuotaMethodProblem> {
        let shares: [Double]
        switch method.shares(scenario) {
        case .failure(let problem): return .failure(problem)
        case .success(let found): shares = found
        }
        let goal = scenario.goal.bookings
        var search: OverAssignmentSearch?
        let overAssignment: Double
        switch target {
        case .overAssignment(let k):
            overAssignment = k
        case .probability(let p):
            // The draws at quotas adding up to the goal (k = 0, no rounding or limits): every
            // other over-assignment scales them by (1 + k)^β.
            var plain = setting
            plain.roundTo = 0
            plain.maxChange = nil
            let atGoal: QuotaAllocation
            switch QuotaAllocation.allocate(scenario, method: method, shares: shares, total: goal, setting: plain) {
            case .failure(let problem): return .failure(problem)
            case .success(let allocation): atGoal = allocation
            }
            let result = MonteCarloEngine(scenario: atGoal.applied(to: scenario)).run(options)
            let found = Self.search(result, scenario: scenario, target: p)
            search = found
            guard let k = found.binding.overAssignment else {
                return .failure(QuotaMethodProblem("no over-assignment reaches \(NumberText.percent(p, decimals: 0)) for \(Self.label(found.binding)): \(found.binding.unreachable ?? "")"))
            }
            overAssignment = k
        }
        let allocation: QuotaAllocation
        switch QuotaAllocation.allocate(scenario, method: method, shares: shares, total: goal * (1 + overAssignment), setting: setting) {
        case .failure(let problem): return .failure(problem)
        case .success(let found): allocation = found
        }
        let planned = allocation.applied(to: scenario)
        let result = MonteCarloEngine(scenario: planned).run(options)
        return .success(Plan(allocation: allocation, overAssignment: overAssignment, search: search, scenario: planned, result: result))
    }

    /// The search over a run whose direct quotas add up to goal × (1 + k₀): its bookings are
    /// brought back to k = 0 by (1 + k₀)^−β, then searched.
    public static func search(_ result: SimulationResult, scenario: Scenario, target: Double) -> OverAssignmentSearch {
        let goal = scenario.goal.bookings
        let beta = scenario.simulation.quotaElasticity
        let scale = goal > 0 ? pow(result.totalDirectQuota / goal, -beta) : 1
        let parts = GoalParts(scenario: scenario).parts
        let tracked = result.trials.partBookings.indices.map { index in
            (dimension: parts[index].dimension, name: parts[index].name, goal: parts[index].goal ?? 0,
             bookings: result.trials.partBookings[index].map { $0 * scale })
        }
        return OverAssignmentSearch(target: target, elasticity: beta, total: (goal, result.trials.revenue.map { $0 * scale }),
                                    parts: tracked)
    }

    static func label(_ answer: OverAssignmentSearch.Answer) -> String {
        answer.dimension.map { "\($0.rawValue) \(answer.name)" } ?? "the total goal"
    }
}
