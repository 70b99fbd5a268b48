import Foundation
import Testing
@testable import SalesPlanKit

/// The engine's general path pays four trials at a time (``RealPlanPay/multiples(lanes:netOfChurn:)``)
/// and simple plans from the attainment bin's compiled line; the one-trial
/// ``RealPlanPay/multiple(_:netOfChurn:)``, which the hand-computed seat tests check, is the
/// reference. The engine's figures are only as right as this agreement, so it is checked to the
/// bit on attainments around every breakpoint and gate.
@Suite("Real plans: four trials at a time")
struct PlanLanesTests {
    static let plans: [CompPlan] = [
        SeatYearTests.gatedPlan(fallback: .noAccelerator),
        SeatYearTests.gatedPlan(fallback: .nothing, cap: 1.2),
        {
            // Whole-amount tiers (jumps at 1 and 1.25), a threshold, the curve's cap and the plan's.
            var plan = ScenarioBuilder.plan(curve: PayCurve(threshold: 0.4, tierMethod: .wholeAmount,
                                                            zones: [RateZone(from: 0, rate: 0.8), RateZone(from: 1, rate: 1),
                                                                    RateZone(from: 1.25, rate: 1.25)],
                                                            payoutCap: 2.5))
            plan.payoutCap = 2.2
            return plan
        }(),
    ]

    /// Attainments on, just below and just above each breakpoint and gate, and far out.
    static let attainments: [Double] = {
        var values: [Double] = [0, 0.05, 3, 7.5]
        for edge in [0.4, 0.5, 0.9, 1, 1.25, 1.5] { values += [edge, edge.nextDown, edge.nextUp, edge * 0.97, edge * 1.03] }
        return values
    }()

    @Test(arguments: plans.indices)
    func fourLanesGiveTheOneTrialBits(_ planIndex: Int) {
        let plan = RealPlanPay(plan: Self.plans[planIndex])
        let values = Self.attainments
        var checked = 0
        for first in values.indices {
            // Four trials with different attainments in every measure, and churn in some lanes.
            var trials = [MeasureAttainments](repeating: MeasureAttainments(repeating: 0), count: 4)
            var lanes = [RealPlanPay.Lanes](repeating: RealPlanPay.Lanes(), count: plan.count)
            var churn = RealPlanPay.Lanes()
            for lane in 0..<4 {
                for measure in 0..<plan.count {
                    let value = values[(first + lane * 7 + measure * 3) % values.count]
                    trials[lane][measure] = value
                    lanes[measure][lane] = value
                }
                churn[lane] = lane % 2 == 0 ? 0.1 : 0.03
            }
            let gross = lanes.withUnsafeBufferPointer { plan.multiple(lanes: $0.baseAddress!) }
            let both = lanes.withUnsafeBufferPointer { plan.multiples(lanes: $0.baseAddress!, netOfChurn: 1 - churn) }
            for lane in 0..<4 {
                #expect(gross[lane].bitPattern == plan.multiple(trials[lane]).bitPattern, "plan \(planIndex) \(trials[lane])")
                #expect(both.gross[lane].bitPattern == gross[lane].bitPattern)
                #expect(both.net[lane].bitPattern == plan.multiple(trials[lane], netOfChurn: 1 - churn[lane]).bitPattern)
                checked += 1
            }
        }
        #expect(checked == 4 * values.count)
    }

    @Test func aSimpleCurvePaysFromItsBinLikeTheMeasureItself() {
        let plan = RealPlanPay(plan: Self.plans[2])
        let curve = CompiledPayouts([plan.measures[0].payout]).plan(0)
        #expect(!curve.hasCrowdedBins)
        for attainment in Self.attainments where attainment > 0 {
            let logAttainment = log(attainment)
            let fromBin = Swift.min(plan.weights[0] * curve(attainment, bin: AttainmentBins.bin(forLog: logAttainment)),
                                    plan.payoutCap ?? .infinity)
            #expect(fromBin.bitPattern == plan.multiple(MeasureAttainments(repeating: attainment)).bitPattern, "\(attainment)")
        }
    }
}
