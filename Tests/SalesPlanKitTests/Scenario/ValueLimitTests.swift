import Foundation
import Testing
@testable import SalesPlanKit

private let base = MinimalScenario.self

/// Numbers that used to trap the loader or the simulation are refused where they were written.
let outOfRangeInputs: [BadInput] = [
    limit("trials 0 (trapped formatting the range Int.max)", line: 6, "  trials: 0", token: "0",
          field: "simulation.trials", message: "must be between 1 and 20,000,000 (got 0)"),
    limit("trials 2e17 written out (overflowed trials × 64 bytes)", line: 6, "  trials: 200000000000000000",
          token: "200000000000000000", field: "simulation.trials",
          message: "must be at most 20,000,000 (got 200000000000000000): percentiles are already stable"),
    limit("trials 2e17", line: 6, "  trials: 2e17", token: "2e17", field: "simulation.trials",
          message: "must be at most 20,000,000 (got 2e17)"),
    limit("trials beyond Int", line: 6, "  trials: 1e30", token: "1e30", field: "simulation.trials",
          message: "must be at most 20,000,000 (got 1e30)"),
    limit("count beyond Int", line: 18, "  - {id: s2, plan: ae, quota: 1000000, count: 1e19}", token: "1e19",
          field: "sellers[1].count", message: "must be between 1 and 200,000 (got 1e19)"),
    limit("goal split of 1e19 (trapped formatting the parts' sum)", line: 4, "  bookings: 1000000\n  by_region: {emea: 1e19}",
          tokenLine: 5, token: "1e19", field: "goal.by_region.emea",
          message: "must be at most 1,000,000,000,000,000 (10¹⁵, a quadrillion), the largest amount SalesPlan accepts (got 1e19)"),
    limit("quota of 1e308 (infinite credit in the simulation)", line: 17, "  - {id: s1, plan: ae, quota: 1e308}", token: "1e308",
          field: "sellers[0].quota", message: "must be at most 1,000,000,000,000,000 (10¹⁵, a quadrillion)"),
    limit("quota of a millionth (infinite attainment for a manager)", line: 17, "  - {id: s1, plan: ae, quota: 1e-6}", token: "1e-6",
          field: "sellers[0].quota", message: "must be at least 1 (one unit of the currency"),
    limit("money too large to be a Double", line: 12, "    target_incentive: 1e400", token: "1e400",
          field: "plans[0].target_incentive", message: "is too large for any plan figure (got 1e400)"),
    limit("goal of a quadrillion and a bit", line: 4, "  bookings: 1.1e15", token: "1.1e15", field: "goal.bookings",
          message: "must be at most 1,000,000,000,000,000"),
    limit("very negative EBITDA", line: 4, "  bookings: 1000000\nfinance: {ebitda_before_variable_comp: -2e15}",
          tokenLine: 5, token: "-2e15", field: "finance.ebitda_before_variable_comp", message: "must be at least -1,000,000,000,000,000"),
    limit("median attainment of 1e300", line: 9, "    - {name: average, probability: 1, median_attainment: 1e300, sigma: 0.3}",
          token: "1e300", field: "simulation.year_types[0].median_attainment", message: "must be at most 100 (10,000 % of quota)"),
    limit("pay rate of 1e6", line: 14, "      zones: [{from: 0, rate: 1e6}]", token: "1e6",
          field: "plans[0].pay_curve.zones[0].rate", message: "must be at most 1,000 (times the target incentive)"),
    limit("prior attainment of 1e-300", line: 17, "  - {id: s1, plan: ae, quota: 1000000, prior_attainments: [1, 1e-300]}",
          token: "[1", field: "sellers[0].prior_attainments", message: "attainments must be at least 0.0001"),
]

/// The minimal scenario with `line` replaced; the error must point at `token` on `tokenLine`
/// (the replaced line unless the replacement adds lines).
private func limit(_ name: String, line: Int, _ replacement: String, tokenLine: Int? = nil, token: String,
                   field: String, message: String) -> BadInput {
    let text = base.replacing(line: line, with: replacement)
    let at = tokenLine ?? line
    return BadInput(name: name, files: ["scenario.yaml": text], line: at,
                    column: BadInput.column(of: token, inLine: at, of: text), field: field, message: message)
}

@Suite("Numbers out of range are refused where they are written")
struct ValueLimitTests {
    @Test(arguments: outOfRangeInputs)
    func refusesWithTheLimitNamed(_ input: BadInput) throws {
        let folder = try ScenarioFolder(files: input.files)
        let diagnostics = folder.diagnostics()
        let matching = diagnostics.filter { $0.message.contains(input.message) && $0.severity == .error }
        #expect(!matching.isEmpty, "no error containing “\(input.message)” in:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        guard let diagnostic = matching.first else { return }
        #expect(diagnostic.location.line == input.line, "\(diagnostic)")
        #expect(diagnostic.location.column == input.column, "\(diagnostic)")
        #expect(diagnostic.field == input.field, "\(diagnostic)")
    }

    /// The largest figures allowed load, and simulate without trapping.
    @Test func theLimitsThemselvesAreAccepted() throws {
        var text = base.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: 1e15, prior_attainments: [0.0001, 100]}")
        text = text.replacingOccurrences(of: "  bookings: 1000000", with: "  bookings: 1e15")
        text = text.replacingOccurrences(of: "    target_incentive: 100000", with: "    target_incentive: 1e15")
        text = text.replacingOccurrences(of: "      payout_cap: 3", with: "      payout_cap: 1000\n      zones: [{from: 0, rate: 1000}]")
        text = text.replacingOccurrences(of: "median_attainment: 0.8", with: "median_attainment: 100")
        let folder = try ScenarioFolder(files: ["scenario.yaml": text])
        let scenario = try folder.load().scenario
        #expect(scenario.sellers[0].quota == 1e15)
        let result = ScenarioBuilder.run(scenario)
        let finite = result.trials.revenue.allSatisfy { $0.isFinite } && result.trials.variableComp.allSatisfy { $0.isFinite }
        #expect(finite)
    }

    @Test func integerMessagesKeepSmallBoundsPlain() throws {
        let folder = try ScenarioFolder(files: ["scenario.yaml": base.appending("fiscal_year: 20270\n")])
        let messages = folder.diagnostics().map(\.message)
        #expect(messages.contains("must be between 1900 and 2200 (got 20270)"), "\(messages)")
    }
}

/// The engine's per-seller pay total in cents saturates instead of trapping.
@Suite("Pay totals in cents")
struct PayCentsTests {
    @Test(arguments: [(0.0, Int64(0)), (12.345, 1_235), (-5, 0), (.nan, 0), (9.1e16, 9_100_000_000_000_000_000),
                      (1e17, .max), (.infinity, .max)])
    func centsSaturate(_ dollars: Double, _ cents: Int64) {
        #expect(WorkerTally.cents(dollars) == cents)
    }

    @Test func sumsSaturateInAnyOrder() {
        let big = Int64.max - 10
        #expect(WorkerTally.adding(big, 5) == Int64.max - 5)
        #expect(WorkerTally.adding(WorkerTally.adding(big, 20), 3) == .max)
        #expect(WorkerTally.adding(big, WorkerTally.adding(20, 3)) == .max)
    }

    /// A quadrillion-dollar target incentive paying up to 1,000 times over 1,000 trials: far
    /// beyond Int64 cents, which trapped the run.
    @Test func aHugePlanSimulatesWithoutTrapping() {
        let plan = ScenarioBuilder.plan(targetIncentive: 1e15, curve: PayCurve(zones: [RateZone(from: 0, rate: 1000)], payoutCap: 1000))
        let scenario = ScenarioBuilder.scenario(sellers: ScenarioBuilder.sellers(2, quota: 1e15), plans: [plan],
                                                yearTypes: ScenarioBuilder.whitepaperYears, trials: 1_000)
        let result = ScenarioBuilder.run(scenario)
        let paid = result.sellers.allSatisfy { $0.meanPay > 0 && $0.meanPay.isFinite }
        #expect(paid)
    }
}
