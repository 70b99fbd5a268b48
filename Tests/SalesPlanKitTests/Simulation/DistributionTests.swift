import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Distributions and proportions")
struct DistributionTests {
    @Test func percentilesInterpolateBetweenOrderStatistics() throws {
        let distribution = try #require(Distribution((1...10).map(Double.init).shuffled()))
        #expect(distribution.mean == 5.5)
        #expect(distribution.min == 1 && distribution.max == 10)
        #expect(abs(distribution.p10 - 1.9) < 1e-12)
        #expect(abs(distribution.p25 - 3.25) < 1e-12)
        #expect(abs(distribution.p50 - 5.5) < 1e-12)
        #expect(abs(distribution.p75 - 7.75) < 1e-12)
        #expect(abs(distribution.p90 - 9.1) < 1e-12)
        #expect(abs(distribution.p99 - 9.91) < 1e-12)
        #expect(abs(distribution.standardDeviation - (55.0 / 6).squareRoot()) < 1e-12)
        #expect(abs(distribution.standardError - (55.0 / 6 / 10).squareRoot()) < 1e-12)
        #expect(Distribution([Double]()) == nil)
        #expect(Distribution([4.0])?.p99 == 4)
    }

    @Test func proportionHasItsBinomialStandardError() {
        let proportion = Proportion(successes: 3, trials: 10)
        #expect(proportion.probability == 0.3)
        #expect(abs(proportion.standardError - (0.3 * 0.7 / 10).squareRoot()) < 1e-15)
    }

    @Test func ebitdaCheckFlagsNegativeEBITDA() {
        let years = [YearType(name: "y", probability: 1, medianAttainment: 1, sigma: 0.3)]
        let scenario = ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(10), plans: [ScenarioBuilder.plan(targetIncentive: 100_000)],
            yearTypes: years, trials: 2_000, ebitda: 1_200_000)
        let result = ScenarioBuilder.run(scenario)
        let check = try! #require(result.ebitdaCheck)
        #expect(check.model == .fixed, "no gross margin: EBITDA does not follow bookings")
        #expect(abs(check.ebitda.p1 - (1_200_000 - result.headline.variableComp.p99)) < 1e-6)
        #expect(check.mostExpensiveTrial.ebitda == 1_200_000 - result.headline.variableComp.max)
        #expect(check.negativeAtMostExpensive == (result.headline.variableComp.max > 1_200_000))
        let negative = result.trials.variableComp.filter { $0 > 1_200_000 }.count
        #expect(check.probabilityNegative.probability == Double(negative) / 2_000)
        #expect(negative > 0 && !check.passes, "this plan is built to break EBITDA in good years")
    }
}

@Suite("Radix sort of per-trial figures")
struct RadixSortTests {
    @Test func sortsLikeTheStandardSort() {
        var generator = SystemRandomNumberGenerator()
        var values = (0..<20_000).map { _ in Double.random(in: -1e9...1e9, using: &generator) }
        values += [0, -0.0, Double.leastNonzeroMagnitude * 1_000, -Double.leastNonzeroMagnitude * 1_000, .infinity, -.infinity, 5, 5, 5, 1e300, -1e300]
        values += (0..<100).map { Double($0 % 7) }
        let radix = RadixSort.sorted(values)
        #expect(radix == values.sorted())
        #expect(radix.allSatisfy { $0 != 0 || $0.sign == .plus })
        let constant = [Double](repeating: 3.25, count: 5_000)
        #expect(RadixSort.sorted(constant) == constant)
    }
}
