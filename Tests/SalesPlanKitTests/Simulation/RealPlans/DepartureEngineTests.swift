import Foundation
import Testing
@testable import SalesPlanKit

/// The engine's departures (computed four trials at a time in lanes, ``ChunkRunner``'s
/// `exceptionOutcomes`) against ``SeatYear``'s one-trial outcome, the specification the seat
/// tests check by hand: trial by trial, a seller who leaves is paid, books and earns base salary
/// as `SeatYear` says for some departure month, and a seller who stays as their steady year.
@Suite("Real plans: departures in the engine")
struct DepartureEngineTests {
    static let years = [YearType(name: "only", probability: 1, medianAttainment: 0.95, sigma: 0.3)]

    /// Two measures on the bookings attainment (an accelerator, and a second curve gated on the
    /// first), a non-recoverable draw, a ramp, and a seller with a better track record than their
    /// peer (so a replacement, of average skill, has lower attainments than the incumbent).
    static func scenario(attrition: Double, relief: Bool, hireDate: CalendarDate?) -> Scenario {
        var plan = CompPlan(id: "p", name: "p", baseSalary: 90_000, targetIncentive: 60_000, measures: [
            PlanMeasure(name: "bookings", weight: 0.6,
                        payCurve: PayCurve(zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2)])),
            PlanMeasure(name: "strategic", weight: 0.4, payCurve: PayCurve(zones: [RateZone(from: 0, rate: 1.5)]),
                        gate: MeasureGate(measure: "bookings", atLeast: 0.8, otherwise: .nothing)),
        ], payoutCap: 2.5)
        plan.rampQuotaRelief = relief
        plan.newHireDraw = NewHireDraw(monthlyAmount: 4_000, months: 3, recoverable: false)
        var seller = Seller(id: "s", name: "s", planID: "p", quota: 1_200_000, priorAttainments: [1.35, 1.3])
        seller.hireDate = hireDate
        // Skill is relative to the team: a weaker second seller, unpaid and with a quota of a
        // millionth of a dollar, so the trial's figures are the first seller's (to 10⁻¹²).
        let peer = Seller(id: "t", name: "t", planID: "q", quota: 1e-6, priorAttainments: [0.7, 0.75])
        let unpaid = ScenarioBuilder.plan("q", targetIncentive: 0)
        var scenario = ScenarioBuilder.scenario(sellers: [seller, peer], plans: [plan, unpaid], yearTypes: years, trials: 3_001,
                                                seed: 11, skillPersistence: 0.6)
        scenario.fiscalYear = 2027
        scenario.workforce = WorkforcePlan(attritionRate: [.accountExecutive: attrition], vacancyMonths: 2,
                                           rampProductivity: [0.25, 0.5, 0.75, 1])
        return scenario
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func departuresAreSeatYearsOutcomes(relief: Bool, hiredDuringTheYear: Bool) throws {
        let hireDate = hiredDuringTheYear ? CalendarDate(year: 2027, month: 3, day: 10) : CalendarDate(year: 2020, month: 1, day: 6)
        let rate = 0.4
        let leaving = Self.scenario(attrition: rate, relief: relief, hireDate: hireDate)
        // The same draws with (practically) nobody leaving: each trial's primary attainment.
        let staying = ScenarioBuilder.run(Self.scenario(attrition: 1e-12, relief: relief, hireDate: hireDate))
        let result = ScenarioBuilder.run(leaving)
        let seat = try #require(MonteCarloEngine(scenario: leaving).model.realPlans?.directSeats.first)
        #expect(seat.skillFactor > 1.05, "the incumbent is better than a replacement")
        func outcome(primary: Double, leaveUniform: Double) -> SeatYear.Outcome {
            seat.outcome(primary: primary, attainments: MeasureAttainments(repeating: primary), leaveUniform: leaveUniform,
                         renewalFactor: 0, churn: 0)
        }
        let bookingsPerAttainment = outcome(primary: 1, leaveUniform: 1).bookings
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
        var departures = 0, months = Set<Int>()
        for trial in 0..<result.trials.count {
            let primary = staying.trials.revenue[trial] / bookingsPerAttainment
            let pay = result.trials.variableComp[trial], bookings = result.trials.revenue[trial]
            let baseSalary = result.trials.totalComp[trial] - pay
            func matches(_ expected: SeatYear.Outcome) -> Bool {
                close(expected.pay, pay) && close(expected.bookings, bookings) && close(expected.baseSalary, baseSalary)
            }
            if matches(outcome(primary: primary, leaveUniform: 1)) { continue }
            // A departure: some month's outcome (the uniform's position within the month matters
            // only to a SPIF, and there is none).
            let month = (1...12).first { matches(outcome(primary: primary, leaveUniform: rate * (Double($0) - 0.5) / 12)) }
            guard let month else {
                Issue.record("trial \(trial): pay \(pay), bookings \(bookings), base \(baseSalary) match no month's outcome")
                continue
            }
            departures += 1
            months.insert(month)
        }
        // About 40 % of 3,001 trials; a hire from March cannot leave in January or February, nor
        // would their leaving be seen (no pay, no base salary) before they start.
        #expect(abs(Double(departures) / 3_001 - rate * (hiredDuringTheYear ? 10.0 / 12 : 1)) < 0.05, "\(departures)")
        #expect(months.count >= (hiredDuringTheYear ? 9 : 11), "departures in most months: \(months.sorted())")
    }
}
