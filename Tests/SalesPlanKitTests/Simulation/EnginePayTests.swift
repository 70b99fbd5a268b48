import Foundation
import Testing
@testable import SalesPlanKit

/// Curves that exercise each path of the engine's pay lookup.
private let engineCurves: [(name: String, curve: PayCurve, crowded: Bool)] = [
    ("threshold, 2x accelerator, payout cap (bench model v1)",
     PayCurve(threshold: 0.5, zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2)], payoutCap: 3), false),
    ("whole-amount tiers with an attainment cap",
     PayCurve(tierMethod: .wholeAmount, zones: [RateZone(from: 0, rate: 0.8), RateZone(from: 1, rate: 1.5)], attainmentCap: 2), false),
    ("a 5x zone 0.2 % wide: two breakpoints in one histogram bin",
     PayCurve(zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 5), RateZone(from: 1.002, rate: 1)]), true),
]

@Suite("Engine pay lookup")
struct EnginePayTests {
    /// One seller with quota 1 and target incentive 1: each trial's revenue is the seller's
    /// attainment and its variable comp the pay multiple, so every trial can be checked against
    /// the curve's definition, through whichever lookup path the plan takes.
    @Test(arguments: engineCurves.indices)
    func everyTrialIsPaidByTheCurvesDefinition(_ index: Int) {
        let (name, curve, crowded) = engineCurves[index]
        let plan = ScenarioBuilder.plan(curve: curve)
        #expect(CompiledPayouts([plan.payoutFunction()]).plan(0).hasCrowdedBins == crowded, "\(name)")
        let scenario = ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(1, quota: 1), plans: [plan],
            yearTypes: [YearType(name: "wide", probability: 1, medianAttainment: 1, sigma: 0.5)], trials: 20_000, seed: 3)
        let trials = ScenarioBuilder.run(scenario).trials
        var nearBreakpoints = 0
        for trial in 0..<trials.count {
            let attainment = trials.revenue[trial]
            let expected = curve.payout(at: attainment)
            #expect(abs(trials.variableComp[trial] - expected) <= 1e-12 * max(1, expected), "\(name): attainment \(attainment)")
            #expect(trials.shareAtQuota[trial] == (attainment >= 1 ? 1 : 0))
            #expect(trials.shareAtTarget[trial] == (expected >= 1 ? 1 : 0))
            if abs(attainment - 1) < 0.01 { nearBreakpoints += 1 }
        }
        // The draws reach the bins around 100 % of quota, where the breakpoints are.
        #expect(nearBreakpoints > 100)
    }
}
