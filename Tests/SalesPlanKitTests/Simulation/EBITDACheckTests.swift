import Foundation
import Testing
@testable import SalesPlanKit

/// The EBITDA check against a hand computation: E₀ = 1,000 before variable comp at a goal of
/// 10,000, gross margin 50 %, budget (Σ target incentive) 800, total quota 12,000.
///
/// | trial | bookings | variable comp | revenue-linked EBITDA            | fixed EBITDA |
/// | 1     | 10,000   |   800         | 1,000 + 0      −   800 =    200  |    200       |
/// | 2     |  6,000   |   300         | 1,000 − 2,000  −   300 = −1,300  |    700       |
/// | 3     | 14,000   | 1,500         | 1,000 + 2,000  − 1,500 =  1,500  |   −500       |
/// | 4     |  8,000   |   500         | 1,000 − 1,000  −   500 =   −500  |    500       |
@Suite("EBITDA check")
struct EBITDACheckTests {
    static let bookings = [10_000.0, 6_000, 14_000, 8_000]
    static let variableComp = [800.0, 300, 1_500, 500]

    static func check(_ finance: FinancePlan) -> EBITDACheck {
        let values = EBITDACheck.perTrial(finance: finance, goal: 10_000, bookings: bookings, variableComp: variableComp)!
        return EBITDACheck(finance: finance, values: values, variableCompBudget: 800, totalDirectQuota: 12_000,
                           bookings: bookings, variableComp: variableComp)!
    }

    @Test func revenueLinkedEBITDAFollowsBookings() {
        let check = Self.check(FinancePlan(grossMargin: 0.5, ebitdaBeforeVariableComp: 1_000))
        #expect(check.model == .revenueLinked, "a gross margin makes EBITDA follow bookings by default")
        #expect(check.ebitda.mean == -25)
        #expect(check.ebitda.min == -1_300 && check.ebitda.max == 1_500)
        #expect(check.probabilityNegative.probability == 0.5)
        #expect(abs(check.probabilityNegative.standardError - (0.25 / 4).squareRoot()) < 1e-15)
        #expect(check.probabilityNegativeUpperBound == nil)
        #expect(check.mostExpensiveTrial == .init(trial: 3, bookings: 14_000, variableComp: 1_500, ebitda: 1_500))
        #expect(check.worstTrial == .init(trial: 2, bookings: 6_000, variableComp: 300, ebitda: -1_300))
        #expect(check.incremental == .init(compAboveBudget: 700, grossProfitAboveQuota: 1_000))
        #expect(check.incremental?.passes == true)
        #expect(!check.negativeAtMostExpensive && check.negativeAtP1 && !check.passes)
    }

    @Test func fixedEBITDAIgnoresBookings() {
        let check = Self.check(FinancePlan(grossMargin: 0.5, ebitdaBeforeVariableComp: 1_000, ebitdaModel: .fixed))
        #expect(check.ebitda.mean == 225)
        #expect(check.probabilityNegative.probability == 0.25)
        #expect(check.mostExpensiveTrial.ebitda == -500 && check.worstTrial.trial == 3)
        #expect(check.negativeAtMostExpensive && !check.passes)
    }

    @Test func noNegativeTrialGivesAnUpperBound() {
        let check = Self.check(FinancePlan(ebitdaBeforeVariableComp: 10_000))
        #expect(check.probabilityNegative.probability == 0)
        #expect(abs(check.probabilityNegativeUpperBound! - (1 - pow(0.05, 0.25))) < 1e-15)
        #expect(check.passes)
        let ones = Array(repeating: 1.0, count: 10_000), zeros = Array(repeating: 0.0, count: 10_000)
        let tenThousand = EBITDACheck(finance: FinancePlan(ebitdaBeforeVariableComp: 1), values: ones, variableCompBudget: 0,
                                      totalDirectQuota: 1, bookings: ones, variableComp: zeros)!
        #expect(abs(tenThousand.probabilityNegativeUpperBound! - 0.0002995) < 1e-6, "the rule of three: ≈ 3 ÷ trials")
        #expect(ReportContent.init(ScenarioBuilder.run(ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(2), yearTypes: ScenarioBuilder.whitepaperYears, trials: 10_000, ebitda: 1e12)))
            .ebitdaLines!.contains { $0.contains("P(EBITDA < 0): 0 of 10,000 trials (< 0.030% at 95% confidence)") })
    }

    @Test func aRevenueLinkedModelNeedsAGrossMargin() throws {
        let folder = try ScenarioFolder(files: ["s.yaml": """
            salesplan: 1
            goal: {bookings: 100}
            finance: {ebitda_before_variable_comp: 10, ebitda_model: revenue_linked}
            simulation:
              year_types: [{name: y, probability: 1, median_attainment: 1, sigma: 0.3}]
            plans: [{id: p, target_incentive: 1, pay_curve: {threshold: 0}}]
            sellers: [{id: s, plan: p, quota: 100}]
            """])
        let error = try #require(throws: ScenarioLoadError.self) { try ScenarioLoader().load(folder.path("s.yaml")) }
        #expect(error.description.contains("s.yaml:3:58: finance.ebitda_model: the revenue-linked EBITDA model needs finance.gross_margin"))
    }

    /// The engine's per-trial EBITDA is the formula applied to each trial's bookings and comp.
    @Test func theEngineAppliesTheModelTrialByTrial() throws {
        let scenario = ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(20), plans: [ScenarioBuilder.plan(targetIncentive: 50_000)], goal: 16_000_000,
            yearTypes: ScenarioBuilder.whitepaperYears, trials: 3_000, ebitda: 2_000_000, grossMargin: 0.7)
        let result = ScenarioBuilder.run(scenario)
        let check = try #require(result.ebitdaCheck)
        let expected = zip(result.trials.revenue, result.trials.variableComp).map { 2_000_000 + 0.7 * ($0 - 16_000_000) - $1 }
        #expect(check.ebitda == Distribution(expected))
        #expect(check.probabilityNegative.probability == Double(expected.filter { $0 < 0 }.count) / 3_000)
        #expect(check.probabilityNegative.probability > 0.05, "poor years lose gross profit: some trials are negative")
    }
}
