import Foundation
import Testing
@testable import SalesPlanKit

/// A pay construct and hand-computed payouts (multiples of target incentive) at attainments.
struct PayCurveCase: CustomTestStringConvertible, Sendable {
    var name: String
    var plan: CompPlan
    var expected: [(attainment: Double, payout: Double)]
    var testDescription: String { name }

    init(_ name: String, curve: PayCurve, _ expected: [(Double, Double)]) {
        self.name = name
        plan = CompPlan(id: "p", name: name, baseSalary: 0, targetIncentive: 1,
                        measures: [PlanMeasure(name: "m", weight: 1, payCurve: curve)])
        self.expected = expected.map { (attainment: $0.0, payout: $0.1) }
    }

    init(_ name: String, plan: CompPlan, _ expected: [(Double, Double)]) {
        self.name = name
        self.plan = plan
        self.expected = expected.map { (attainment: $0.0, payout: $0.1) }
    }
}

private let benchCurve = PayCurve(threshold: 0.5, zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2)], payoutCap: 3)

let payCurveCases: [PayCurveCase] = [
    PayCurveCase("no constructs: pays the attainment", curve: PayCurve(),
                 [(0, 0), (0.37, 0.37), (1, 1), (2.5, 2.5)]),
    PayCurveCase("threshold, 2x accelerator, payout cap (bench model v1)", curve: benchCurve,
                 [(0, 0), (0.49, 0), (0.5, 0.5), (0.8, 0.8), (1.0, 1.0), (1.2, 1.4), (1.75, 2.5), (2.0, 3.0), (2.5, 3.0)]),
    PayCurveCase("marginal tiers with a decelerator above 150 %",
                 curve: PayCurve(threshold: 0.5, zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2), RateZone(from: 1.5, rate: 1.2)], payoutCap: 3.5),
                 [(0.4, 0), (0.6, 0.6), (1.5, 2.0), (2.0, 2.6), (2.5, 3.2), (3.0, 3.5)]),
    PayCurveCase("decelerated zone below quota",
                 curve: PayCurve(zones: [RateZone(from: 0, rate: 0.5), RateZone(from: 0.5, rate: 1.5), RateZone(from: 1, rate: 1)]),
                 [(0.4, 0.2), (0.5, 0.25), (0.8, 0.7), (1.0, 1.0), (1.3, 1.3)]),
    PayCurveCase("whole-amount tiers",
                 curve: PayCurve(threshold: 0.4, tierMethod: .wholeAmount,
                                 zones: [RateZone(from: 0, rate: 0.8), RateZone(from: 1, rate: 1), RateZone(from: 1.25, rate: 1.25)], payoutCap: 2.5),
                 [(0.39, 0), (0.4, 0.32), (0.99, 0.792), (1.0, 1.0), (1.24, 1.24), (1.25, 1.5625), (1.9, 2.375), (2.0, 2.5), (3.0, 2.5)]),
    PayCurveCase("attainment cap", curve: PayCurve(attainmentCap: 1.5),
                 [(1.2, 1.2), (1.5, 1.5), (2.0, 1.5), (4.0, 1.5)]),
    PayCurveCase("first zone starting above zero pays nothing below it",
                 curve: PayCurve(zones: [RateZone(from: 0.6, rate: 1.5)]),
                 [(0.5, 0), (0.6, 0), (1.0, 0.6), (1.2, 0.9)]),
    PayCurveCase("threshold above the first zone: pays from the first dollar once reached",
                 curve: PayCurve(threshold: 0.8, zones: [RateZone(from: 0, rate: 1)]),
                 [(0.79, 0), (0.8, 0.8), (0.9, 0.9)]),
    PayCurveCase("two weighted measures and a plan cap",
                 plan: CompPlan(id: "p", name: "two measures", baseSalary: 0, targetIncentive: 1, measures: [
                     PlanMeasure(name: "new bookings", weight: 0.7, payCurve: benchCurve),
                     PlanMeasure(name: "renewals", weight: 0.3,
                                 payCurve: PayCurve(threshold: 0.6, zones: [RateZone(from: 0, rate: 1)], payoutCap: 2)),
                 ], payoutCap: 1.5),
                 [(0.55, 0.385), (0.6, 0.6), (1.0, 1.0), (1.2, 1.34), (1.4, 1.5), (3.0, 1.5)]),
]

@Suite("Pay curves")
struct PayCurveTests {
    @Test(arguments: payCurveCases)
    func referenceEvaluationMatchesHandComputedPayouts(_ testCase: PayCurveCase) {
        for (attainment, payout) in testCase.expected {
            #expect(abs(testCase.plan.payoutMultiple(at: attainment) - payout) < 1e-12, "at \(attainment)")
        }
    }

    @Test(arguments: payCurveCases)
    func compiledFunctionMatchesHandComputedPayouts(_ testCase: PayCurveCase) {
        let function = testCase.plan.payoutFunction()
        let compiled = CompiledPayouts([function])
        for (attainment, payout) in testCase.expected {
            #expect(abs(function(attainment) - payout) < 1e-12, "PayoutFunction at \(attainment)")
            #expect(abs(compiled.plan(0)(attainment) - payout) < 1e-12, "engine evaluator at \(attainment)")
            if attainment > 0 {
                let bin = AttainmentBins.bin(forLog: log(attainment))
                #expect(abs(compiled.plan(0)(attainment, bin: bin) - payout) < 1e-12, "line table at \(attainment)")
            }
        }
    }

    /// Random curves of every construct: the compiled piecewise-linear function must agree with
    /// the definition everywhere, including right at breakpoints.
    @Test func compiledAgreesWithDefinitionOnRandomCurves() {
        let random = RandomGenerator(algorithm: .mt19937, seed: 99)
        for _ in 0..<300 {
            var zones: [RateZone] = []
            var from = random.uniform() < 0.7 ? 0 : random.uniform()
            for _ in 0..<(1 + Int(random.uniform() * 4)) {
                zones.append(RateZone(from: from, rate: random.uniform() * 3))
                from += 0.05 + random.uniform()
            }
            let threshold = random.uniform() < 0.5 ? 0 : random.uniform()
            let curve = PayCurve(
                threshold: threshold,
                tierMethod: random.uniform() < 0.5 ? .marginal : .wholeAmount,
                zones: zones,
                payoutCap: random.uniform() < 0.5 ? nil : 0.5 + random.uniform() * 3,
                attainmentCap: random.uniform() < 0.7 ? nil : threshold + 0.1 + random.uniform() * 2)
            let plan = CompPlan(id: "p", name: "p", baseSalary: 0, targetIncentive: 1,
                                measures: [PlanMeasure(name: "m", weight: 1, payCurve: curve)])
            let function = plan.payoutFunction()
            let compiled = CompiledPayouts([function]).plan(0)
            let probes = stride(from: 0.0, through: 4.0, by: 0.001).map { $0 } + zones.map(\.from) + [threshold]
            for attainment in probes where attainment > 0 {
                let expected = curve.payout(at: attainment)
                #expect(abs(function(attainment) - expected) < 1e-9, "\(curve) at \(attainment)")
                #expect(abs(compiled(attainment) - expected) < 1e-9, "\(curve) at \(attainment)")
                // The engine's paths: the lines of the attainment's histogram bin, searching the
                // segments only where several breakpoints crowd into one bin.
                let bin = AttainmentBins.bin(forLog: log(attainment))
                #expect(abs(compiled.searchingCrowdedBins(attainment, bin: bin) - expected) < 1e-9, "\(curve) at \(attainment), bin \(bin)")
                if !compiled.hasCrowdedBins {
                    #expect(abs(compiled(attainment, bin: bin) - expected) < 1e-9, "\(curve) at \(attainment), bin \(bin)")
                }
            }
        }
    }

    /// A rate zone narrower than a histogram bin puts two breakpoints in one bin: the plan must
    /// be flagged so the engine takes the searching loop, and a plain threshold must not be.
    @Test func crowdedBinsAreDetected() {
        func compiled(_ curve: PayCurve) -> CompiledPayouts.Plan {
            let plan = CompPlan(id: "p", name: "p", baseSalary: 0, targetIncentive: 1,
                                measures: [PlanMeasure(name: "m", weight: 1, payCurve: curve)])
            return CompiledPayouts([plan.payoutFunction()]).plan(0)
        }
        #expect(!compiled(benchCurve).hasCrowdedBins)
        let narrowZone = PayCurve(tierMethod: .marginal, zones: [RateZone(from: 0, rate: 1), RateZone(from: 1.001, rate: 4),
                                                                 RateZone(from: 1.002, rate: 1)])
        let crowded = compiled(narrowZone)
        #expect(crowded.hasCrowdedBins)
        for attainment in [1.0005, 1.0015, 1.0025] {
            let bin = AttainmentBins.bin(forLog: log(attainment))
            #expect(abs(crowded.searchingCrowdedBins(attainment, bin: bin) - narrowZone.payout(at: attainment)) < 1e-12)
        }
    }

    @Test func monotonicityIsDetected() {
        #expect(CompPlan(id: "p", name: "p", baseSalary: 0, targetIncentive: 1,
                         measures: [PlanMeasure(name: "m", weight: 1, payCurve: benchCurve)]).payoutFunction().isNonDecreasing)
        let falling = PayCurve(tierMethod: .wholeAmount, zones: [RateZone(from: 0, rate: 1.5), RateZone(from: 1, rate: 0.5)])
        #expect(!falling.payoutFunction().isNonDecreasing)
    }

    @Test func onTargetEarningsAndPayMix() {
        let plan = CompPlan(id: "p", name: "p", baseSalary: 120_000, targetIncentive: 80_000, measures: [])
        #expect(plan.onTargetEarnings == 200_000)
        #expect(abs(plan.variableShare - 0.4) < 1e-15)
    }
}
