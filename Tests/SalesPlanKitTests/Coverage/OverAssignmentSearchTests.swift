import Foundation
import Testing
@testable import SalesPlanKit

/// The over-assignment search against an independent answer, and the quota elasticity at its two
/// extremes.
@Suite("Over-assignment for a target probability")
struct OverAssignmentSearchTests {
    /// 20 identical sellers (quota 1 each at k = 0, goal 20), one year type (median 0.9, σ 0.3),
    /// no shock, no history: total bookings at k are (1 + k) × a sum of 20 independent log-normals.
    static func scenario(elasticity: Double = 1, trials: Int = 20_000) -> Scenario {
        var scenario = ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(20, quota: 1), plans: [ScenarioBuilder.plan(targetIncentive: 1_000)], goal: 20,
            yearTypes: [YearType(name: "y", probability: 1, medianAttainment: 0.9, sigma: 0.3)], trials: trials, seed: 7)
        scenario.simulation.quotaElasticity = elasticity
        return scenario
    }

    /// A large independent sample of the same sum (its own generator: xorshift and Box–Muller).
    static func independentSums(count: Int) -> [Double] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func uniform() -> Double {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return (Double(state >> 11) + 0.5) / 9_007_199_254_740_992
        }
        return (0..<count).map { _ in
            var sum = 0.0
            for _ in 0..<10 {
                let radius = (-2 * log(uniform())).squareRoot(), angle = 2 * Double.pi * uniform()
                sum += exp(log(0.9) + 0.3 * radius * cos(angle)) + exp(log(0.9) + 0.3 * radius * sin(angle))
            }
            return sum
        }
    }

    @Test func theAnswerMeetsTheTargetWithinMonteCarloError() throws {
        let scenario = Self.scenario()
        let planner = QuotaPlanner(scenario: scenario, method: .even, setting: QuotaSetting(),
                                   options: SimulationOptions(trials: 20_000, seed: 7, threads: 2))
        let plan = try planner.plan(.probability(0.9)).get()
        let k = try #require(plan.search?.total.overAssignment)
        let reference = Self.independentSums(count: 200_000)
        let met = Double(reference.filter { $0 * (1 + k) >= 20 }.count) / Double(reference.count)
        let error = (0.9 * 0.1 / 20_000 + 0.9 * 0.1 / 200_000).squareRoot()
        #expect(abs(met - 0.9) < 4 * error, "P(goal met) at k = \(k) is \(met) in the independent sample")
        let low = try #require(plan.search?.total.low), high = try #require(plan.search?.total.high)
        #expect(low < k && k < high)
        #expect(abs(plan.overAssignment - k) < 1e-12, "no goal parts: the total binds")
        #expect(abs(plan.allocation.total - 20 * (1 + k)) < 1e-9)
    }

    /// β = 1: bookings scale with quota, draw for draw. β = 0: quotas move only the bar, so
    /// P(goal met) does not move while the payout falls.
    @Test func quotaElasticityAtItsExtremes() throws {
        func plan(_ k: Double, elasticity: Double) throws -> QuotaPlanner.Plan {
            try QuotaPlanner(scenario: Self.scenario(elasticity: elasticity, trials: 4_000), method: .even, setting: QuotaSetting(),
                             options: SimulationOptions(trials: 4_000, seed: 7, threads: 2)).plan(.overAssignment(k)).get()
        }
        let (low1, high1) = (try plan(0.2, elasticity: 1), try plan(0.4, elasticity: 1))
        #expect(abs(high1.result.headline.revenue.mean / low1.result.headline.revenue.mean - 1.4 / 1.2) < 1e-9)
        #expect(high1.result.headline.goalMet.probability > low1.result.headline.goalMet.probability)
        let (low0, high0) = (try plan(0.2, elasticity: 0), try plan(0.4, elasticity: 0))
        #expect(abs(high0.result.headline.goalMet.probability - low0.result.headline.goalMet.probability) <= 1.0 / 4_000)
        #expect(abs(high0.result.headline.revenue.mean / low0.result.headline.revenue.mean - 1) < 1e-9)
        #expect(high0.result.headline.variableComp.mean < 0.9 * low0.result.headline.variableComp.mean)
        // And the search says the target cannot be bought with quota when β = 0.
        let search = QuotaPlanner(scenario: Self.scenario(elasticity: 0, trials: 4_000), method: .even, setting: QuotaSetting(),
                                      options: SimulationOptions(trials: 4_000, seed: 7, threads: 2)).plan(.probability(0.99))
        #expect(throws: QuotaMethodProblem.self) { try search.get() }
    }

    @Test func bindingPartAndUnreachableTargets() {
        let bookings = (1...100).map(Double.init)
        let search = OverAssignmentSearch(target: 0.9, elasticity: 1, total: (goal: 10, bookings: bookings),
                                          parts: [(.region, "east", 20, bookings)])
        // P(b × (1 + k) ≥ goal) ≥ 0.9 needs the 11th smallest bookings (11) to reach the goal.
        #expect(abs(search.total.overAssignment! - (10.0 / 11 - 1)) < 1e-6)
        #expect(abs(search.parts[0].overAssignment! - (20.0 / 11 - 1)) < 1e-6)
        #expect(search.binding.name == "east")
        let never = OverAssignmentSearch(target: 0.9, elasticity: 1, total: (goal: 10, bookings: [Double](repeating: 0, count: 100)), parts: [])
        #expect(never.total.overAssignment == nil && never.total.unreachable != nil)
    }
}
