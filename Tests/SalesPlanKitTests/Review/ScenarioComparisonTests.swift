import Foundation
import Testing
@testable import SalesPlanKit

/// Comparisons on common random numbers: zero delta against itself, far smaller errors than
/// independent runs, and draws keyed by seller id.
@Suite("Scenario comparison")
struct ScenarioComparisonTests {
    static func baseline() -> Scenario {
        var sellers = ScenarioBuilder.sellers(30)
        sellers.append(Seller(id: "mgr", name: "Manager", role: .manager, planID: "plan", quota: 30_000_000))
        for index in 0..<30 { sellers[index].managerID = "mgr" }
        return ScenarioBuilder.scenario(
            sellers: sellers, plans: [ScenarioBuilder.plan(targetIncentive: 100_000, curve: PayCurve(threshold: 0.5, zones: [
                RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2)]))],
            goal: 25_000_000, yearTypes: ScenarioBuilder.whitepaperYears, trials: 6_000, macroShockSigma: 0.05,
            ebitda: 8_000_000, grossMargin: 0.7)
    }

    /// The same plan with its accelerator a little richer (2 → 2.2): a small plan change.
    static func richer() -> Scenario {
        var scenario = baseline()
        scenario.plans[0].measures[0].payCurve.zones[1].rate = 2.2
        return scenario
    }

    static let options = SimulationOptions(trials: 6_000, seed: 11, threads: 2)

    @Test func aScenarioComparedWithItselfHasNoDelta() {
        let comparison = ScenarioComparison([("a", Self.baseline()), ("a again", Self.baseline())], options: Self.options)
        for delta in comparison.deltas[0] {
            #expect(delta.delta == 0 && delta.standardError == 0, "\(delta.figure) \(delta.statistic)")
        }
        #expect(comparison.sellerChanges[0].allSatisfy { $0.change == 0 })
        #expect(comparison.entries[1].checks[3].passes == true)
    }

    /// Drawing once for all scenarios gives each exactly what it draws alone on the same plan.
    @Test func sharedDrawsAreTheScenariosOwnDraws() {
        var larger = Self.richer()
        larger.sellers.insert(Seller(id: "extra", name: "Extra", planID: "plan", quota: 800_000), at: 5)
        let scenarios = [("base", Self.baseline()), ("larger", larger)]
        let comparison = ScenarioComparison(scenarios, options: Self.options)
        let plan = DrawPlan(scenarios: scenarios.map(\.1))
        for (index, scenario) in scenarios.enumerated() {
            let alone = MonteCarloEngine(scenario: scenario.1, drawPlan: plan).run(Self.options)
            #expect(comparison.entries[index].result.trials.variableComp == alone.trials.variableComp)
            #expect(comparison.entries[index].result.trials.revenue == alone.trials.revenue)
            #expect(comparison.entries[index].result.sellers.map(\.meanPay) == alone.sellers.map(\.meanPay))
        }
    }

    @Test func commonRandomNumbersShrinkTheErrorOfADelta() throws {
        let paired = ScenarioComparison([("base", Self.baseline()), ("richer", Self.richer())], options: Self.options)
        let delta = try #require(paired.deltas[0].first { $0.figure == "Variable comp" && $0.statistic == "mean" })
        // Independent runs: each with its own seed; the delta's error combines both means' errors.
        let a = MonteCarloEngine(scenario: Self.baseline()).run(SimulationOptions(trials: 6_000, seed: 11, threads: 2))
        let b = MonteCarloEngine(scenario: Self.richer()).run(SimulationOptions(trials: 6_000, seed: 12, threads: 2))
        let independent = (pow(a.headline.variableComp.standardError, 2) + pow(b.headline.variableComp.standardError, 2)).squareRoot()
        #expect(delta.delta > 0, "a richer accelerator costs more")
        #expect(delta.standardError * 5 < independent, "paired s.e. \(delta.standardError) vs independent \(independent)")
        let bookings = try #require(paired.deltas[0].first { $0.figure == "Bookings" && $0.statistic == "mean" })
        #expect(bookings.delta == 0, "a pay change does not change anyone's draws")
    }

    /// A seller added to the second scenario (no manager, so nobody's credit changes) leaves every
    /// other seller's draws, hence attainment and pay, exactly as they were.
    @Test func addingASellerChangesNoOtherSellersDraws() {
        var larger = Self.baseline()
        larger.sellers.insert(Seller(id: "new-hire", name: "New hire", planID: "plan", quota: 900_000), at: 3)
        let comparison = ScenarioComparison([("base", Self.baseline()), ("larger", larger)], options: Self.options)
        let before = Dictionary(uniqueKeysWithValues: comparison.entries[0].result.sellers.map { ($0.id, $0) })
        for seller in comparison.entries[1].result.sellers where seller.id != "new-hire" && seller.id != "mgr" {
            #expect(seller.meanPay == before[seller.id]!.meanPay && seller.attainmentP50 == before[seller.id]!.attainmentP50, "\(seller.id)")
        }
        let check = comparison.entries[1].checks[3]
        #expect(check.figure.contains("1 seller added"))
    }
}
