import Foundation
import Testing
@testable import SalesPlanKit

/// What the bundled scenarios say about real plans holds when they are run.
@Suite("Real plans: the bundled scenarios")
struct BundledRealPlanScenarioTests {
    static let options = SimulationOptions(trials: 10_000, seed: 99, threads: 2)

    /// edge-case-overlays.yaml's description: stacked accelerators put variable comp's P99 far
    /// above the linear plans' expectation, and the EBITDA check fails where the linear plans pass.
    @Test func stackedAcceleratorsRunFarAboveTheLinearExpectation() throws {
        let edge = try ScenarioLoader().load(RepositoryFiles.path("scenarios/edge-case-overlays.yaml")).scenario
        let linear = try ScenarioLoader().load(RepositoryFiles.path("scenarios/edge-case-overlays-linear.yaml")).scenario
        let comparison = ScenarioComparison([("linear", linear), ("edge", edge)], options: Self.options)
        let linearResult = comparison.entries[0].result, edgeResult = comparison.entries[1].result
        #expect(linearResult.trials.revenue == edgeResult.trials.revenue, "the same bookings, trial by trial")
        let ratio = edgeResult.headline.variableComp.p99 / linearResult.headline.variableComp.mean
        #expect(ratio > 2.3 && ratio < 2.6, "P99 ÷ linear mean \(ratio) (the description says 2.45×)")
        #expect(edgeResult.ebitdaCheck?.passes == false)
        #expect(edgeResult.ebitdaCheck?.negativeAtMostExpensive == true)
        #expect(linearResult.ebitdaCheck?.passes == true)
    }

    /// The default scenario uses every real-plan feature the issue lists, and its report has them.
    @Test func theDefaultScenarioModelsRealPlans() throws {
        let scenario = try ScenarioLoader().load(RepositoryFiles.path("scenarios/acme-fy2027/scenario.yaml")).scenario
        #expect(scenario.usesRealPlanFeatures)
        #expect(scenario.sellers.contains { $0.role == .overlaySpecialist && $0.creditShare < 1 })
        #expect(scenario.sellers.contains { $0.role == .manager })
        #expect(scenario.plans.contains { plan in plan.measures.contains { $0.credits == .renewals } && plan.measures.count == 2 })
        #expect(!scenario.workforce.attritionRate.isEmpty && scenario.workforce.vacancyMonths > 0 && !scenario.workforce.rampProductivity.isEmpty)
        #expect(!scenario.spifs.isEmpty)
        let result = MonteCarloEngine(scenario: scenario).run(SimulationOptions(trials: 2_000, seed: 1, threads: 2))
        let realPlan = try #require(result.realPlan)
        #expect(realPlan.doubleCreditRatio.mean > 2, "managers at 100 % and overlays at 50 % of the same bookings")
        #expect(realPlan.departures.mean > 0 && realPlan.spifPay.mean > 0 && realPlan.renewed.mean > 0)
        let table = try #require(ReportContent(result).realPlanTable).plain(indent: 0)
        #expect(table.contains("Double-credit ratio") && table.contains("SPIF payouts") && table.contains("Lost to vacancy and ramp"))
        #expect(result.breakdowns.contains { $0.dimension == .role && $0.groups.count > 1 })
        #expect(result.breakdowns.contains { $0.dimension == .plan && $0.groups.count == scenario.plans.count })
    }
}
