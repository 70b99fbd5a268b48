import Foundation
import Testing
@testable import SalesPlanKit

/// Each annual-review check on small scenarios built to pass it and to fail it.
@Suite("Annual-review checks")
struct AnnualReviewChecksTests {
    /// 40 identical sellers (quota 1M, target incentive 100k, pay = attainment), one year type.
    static func checks(median: Double, goal: Double, ebitda: Double?) -> [AnnualReviewChecks.Check] {
        let scenario = ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(40), plans: [ScenarioBuilder.plan(targetIncentive: 100_000)], goal: goal,
            yearTypes: [YearType(name: "y", probability: 1, medianAttainment: median, sigma: 0.2)], trials: 4_000,
            ebitda: ebitda, grossMargin: ebitda == nil ? nil : 0.7)
        let result = ScenarioBuilder.run(scenario)
        return AnnualReviewChecks(result: result, settings: ReviewSettings()).checks
    }

    @Test func eachCheckPassesAndFails() {
        // Median 0.97, σ 0.2: P(attainment ≥ 1) = 1 − Φ(ln(1/0.97)/0.2) ≈ 44 %, inside 35–45 %.
        // Goal 20M against 40M of quota at median 0.97: met in every trial. EBITDA 10M at goal.
        let passing = Self.checks(median: 0.97, goal: 20_000_000, ebitda: 10_000_000)
        #expect(passing.map(\.passes) == [true, true, true, nil])
        #expect(passing[0].figure.hasPrefix("4"), "\(passing[0].figure)")
        // Median 0.6: ≈ 0.5 % at OTE; a 40M goal is never met; EBITDA 1M at goal, and every trial
        // misses the goal by about 16M of bookings at 70 % margin.
        let failing = Self.checks(median: 0.6, goal: 40_000_000, ebitda: 1_000_000)
        #expect(failing.map(\.passes) == [false, false, false, nil])
        #expect(Self.checks(median: 0.97, goal: 20_000_000, ebitda: nil)[2].passes == nil, "no EBITDA figure: cannot judge")
    }
}
