import Foundation
import Testing
@testable import SalesPlanKit

/// Hand-computed payouts of one seat, attainments injected (no random numbers): gates, plan cap,
/// clawback, draws, attrition with vacancy and ramp.
@Suite("Real plans: one seat's year")
struct SeatYearTests {
    /// Bookings (70 %, 2× accelerator above quota) gated on renewals (30 %, linear) ≥ 90 %.
    static func gatedPlan(fallback: GateFallback, cap: Double? = nil) -> CompPlan {
        CompPlan(id: "p", name: "p", baseSalary: 100_000, targetIncentive: 100_000, measures: [
            PlanMeasure(name: "bookings", weight: 0.7,
                        payCurve: PayCurve(zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2)]),
                        gate: MeasureGate(measure: "renewals", atLeast: 0.9, otherwise: fallback)),
            PlanMeasure(name: "renewals", weight: 0.3, payCurve: PayCurve(), credits: .renewals,
                        attainment: MeasureAttainment(median: 0.95, sigma: 0.1, correlation: 0.5)),
        ], payoutCap: cap)
    }

    static func seat(_ plan: CompPlan, quota: Double = 1_200_000, hireDate: CalendarDate? = nil,
                     workforce: WorkforcePlan = WorkforcePlan(), role: SellerRole = .accountExecutive) -> SeatYear {
        SeatYear(plan: RealPlanPay(plan: plan), quota: quota, targetIncentive: plan.targetIncentive, baseSalary: plan.baseSalary,
                 logSkill: 0, calendar: SeatCalendar(hireDate: hireDate, fiscalYear: 2027, workforce: workforce),
                 attritionRate: workforce.attritionRate[role] ?? 0, vacancyMonths: workforce.vacancyMonths, renewalBase: 0)
    }

    static func attainments(_ values: Double...) -> MeasureAttainments {
        var result = MeasureAttainments(repeating: 0)
        for (index, value) in values.enumerated() { result[index] = value }
        return result
    }

    @Test func gatesWithholdTheAcceleratorOrThePay() {
        let noAccelerator = Self.seat(Self.gatedPlan(fallback: .noAccelerator))
        // Renewals 85 %: the bookings measure (1 + 2 × 0.2 = 1.4) is held at its 100 % pay, 1.0.
        var outcome = noAccelerator.outcome(primary: 1.2, attainments: Self.attainments(1.2, 0.85), leaveUniform: 1,
                                            renewalFactor: 0, churn: 0)
        #expect(abs(outcome.pay - 100_000 * (0.7 * 1.0 + 0.3 * 0.85)) < 1e-6)
        // Renewals 95 %: the gate is met, the accelerator pays.
        outcome = noAccelerator.outcome(primary: 1.2, attainments: Self.attainments(1.2, 0.95), leaveUniform: 1,
                                        renewalFactor: 0, churn: 0)
        #expect(abs(outcome.pay - 100_000 * (0.7 * 1.4 + 0.3 * 0.95)) < 1e-6)
        // `nothing`: the bookings measure pays nothing below the gate.
        outcome = Self.seat(Self.gatedPlan(fallback: .nothing)).outcome(
            primary: 1.2, attainments: Self.attainments(1.2, 0.85), leaveUniform: 1, renewalFactor: 0, churn: 0)
        #expect(abs(outcome.pay - 100_000 * 0.3 * 0.85) < 1e-6)
        // The plan cap applies to the weighted sum: 1.265 capped at 1.2.
        outcome = Self.seat(Self.gatedPlan(fallback: .nothing, cap: 1.2)).outcome(
            primary: 1.2, attainments: Self.attainments(1.2, 0.95), leaveUniform: 1, renewalFactor: 0, churn: 0)
        #expect(abs(outcome.pay - 120_000) < 1e-6)
        let fullYear: Double = 1.2 * 100_000 * 12
        #expect(outcome.bookings == fullYear)
        #expect(outcome.baseSalary == 100_000)
    }

    @Test func clawbackRecomputesPayOnBookingsNetOfChurn() {
        var plan = ScenarioBuilder.plan(targetIncentive: 100_000, curve: PayCurve(zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2)]))
        plan.clawback = Clawback(churnRate: BetaRate(mean: 0.1, spread: 0.05), windowMonths: 6)
        let outcome = Self.seat(plan).outcome(primary: 1.2, attainments: Self.attainments(1.2), leaveUniform: 1,
                                              renewalFactor: 0, churn: 0.1)
        // Gross 1 + 2 × 0.2 = 1.4; net of 10 % churn, attainment 1.08 pays 1.16: 24,000 reclaimed.
        #expect(abs(outcome.clawback - 24_000) < 1e-6)
        #expect(abs(outcome.pay - 116_000) < 1e-6)
        let gross: Double = 1.2 * 100_000 * 12
        #expect(outcome.bookings == gross, "company bookings stay gross")
    }

    @Test func drawsGuaranteeNewHiresTheirFirstMonths() {
        let ramp = WorkforcePlan(rampProductivity: [0.25, 0.5, 0.75, 1])
        var plan = ScenarioBuilder.plan(targetIncentive: 120_000)
        plan.newHireDraw = NewHireDraw(monthlyAmount: 8_000, months: 3, recoverable: false)
        let hired = CalendarDate(year: 2027, month: 1, day: 4)
        // Productivity over the year 0.25 + 0.5 + 0.75 + 9 = 10.5 months: attainment 10.5/12 of
        // the full-year quota carried without relief: earned 120,000 × 0.875 = 105,000, of which
        // 105,000 × 1.5/10.5 = 15,000 in the three draw months.
        var outcome = Self.seat(plan, hireDate: hired, workforce: ramp).outcome(
            primary: 1, attainments: Self.attainments(1), leaveUniform: 1, renewalFactor: 0, churn: 0)
        #expect(abs(outcome.pay - (24_000 + 90_000)) < 1e-6, "non-recoverable: 24,000 guaranteed, then 90,000 earned")
        #expect(abs(outcome.drawTopUp - 9_000) < 1e-6)
        #expect(abs(outcome.bookings - 1_200_000 * 10.5 / 12) < 1e-6)
        #expect(abs(outcome.revenueLost - 1_200_000 * 1.5 / 12) < 1e-6)
        #expect(abs(outcome.attainment - 0.875) < 1e-12)

        plan.newHireDraw?.recoverable = true
        outcome = Self.seat(plan, hireDate: hired, workforce: ramp).outcome(
            primary: 1, attainments: Self.attainments(1), leaveUniform: 1, renewalFactor: 0, churn: 0)
        #expect(abs(outcome.pay - 105_000) < 1e-6, "recoverable: the shortfall is recovered from later earnings")
        #expect(outcome.drawTopUp == 0)
        // A poor year: earned 120,000 × 0.875 × 0.2 = 21,000 < 24,000; the rest is written off.
        outcome = Self.seat(plan, hireDate: hired, workforce: ramp).outcome(
            primary: 0.2, attainments: Self.attainments(0.2), leaveUniform: 1, renewalFactor: 0, churn: 0)
        #expect(abs(outcome.pay - 24_000) < 1e-6)

        plan.newHireDraw = nil
        plan.rampQuotaRelief = true
        outcome = Self.seat(plan, hireDate: hired, workforce: ramp).outcome(
            primary: 1, attainments: Self.attainments(1), leaveUniform: 1, renewalFactor: 0, churn: 0)
        #expect(abs(outcome.pay - 120_000) < 1e-6, "quota relief: the ramping quota is met")
    }

    @Test func aDepartureLeavesTheSeatVacantThenARampingReplacement() {
        let workforce = WorkforcePlan(attritionRate: [.accountExecutive: 0.12], vacancyMonths: 2, rampProductivity: [0.5, 1])
        let plan = ScenarioBuilder.plan(targetIncentive: 120_000, baseSalary: 120_000)
        let seat = Self.seat(plan, workforce: workforce)
        // u = 0.045 < 0.12: leaves at the start of month 1 + ⌊12 × 0.045/0.12⌋ = 5 (worked 4 months);
        // vacant in months 5 and 6; the replacement works months 7–12 at 0.5 + 5 × 1 = 5.5.
        let outcome = seat.outcome(primary: 1, attainments: Self.attainments(1), leaveUniform: 0.045, renewalFactor: 0, churn: 0)
        #expect(outcome.departed)
        #expect(outcome.year.incumbentMonths == 4 && outcome.year.replacementMonths == 6)
        #expect(abs(outcome.bookings - 1_200_000 * 9.5 / 12) < 1e-6)
        #expect(abs(outcome.revenueLost - 1_200_000 * 2.5 / 12) < 1e-6)
        #expect(abs(outcome.baseSalary - 100_000) < 1e-6, "base for 10 months in seat")
        // Incumbent 120,000 × 4/12 = 40,000; replacement 120,000 × 6/12 × 5.5/6 = 55,000.
        #expect(abs(outcome.pay - 95_000) < 1e-6)
        // u above the rate: a full year in seat.
        let stays = seat.outcome(primary: 1, attainments: Self.attainments(1), leaveUniform: 0.5, renewalFactor: 0, churn: 0)
        #expect(!stays.departed && stays.pay == 120_000 && stays.bookings == 1_200_000)
    }

    @Test func hiresLaterInTheYearStartInTheirHireMonth() {
        let calendar = SeatCalendar(hireDate: CalendarDate(year: 2027, month: 4, day: 20), fiscalYear: 2027,
                                    workforce: WorkforcePlan(rampProductivity: [0.5, 1]))
        let year = calendar.year(leaveUniform: 1, rate: 0, vacancyMonths: 0)
        #expect(calendar.startMonth == 4)
        #expect(year.incumbentMonths == 9 && year.incumbentProductivity == 8.5)
        let december = SeatCalendar(hireDate: CalendarDate(year: 2026, month: 12, day: 7), fiscalYear: 2027,
                                    workforce: WorkforcePlan(rampProductivity: [0.25, 0.5, 1]))
        // Hired in December: January is their second month (0.5), then fully ramped.
        #expect(december.year(leaveUniform: 1, rate: 0, vacancyMonths: 0).incumbentProductivity == 11.5)
        let nextYear = SeatCalendar(hireDate: CalendarDate(year: 2028, month: 2, day: 1), fiscalYear: 2027, workforce: WorkforcePlan())
        #expect(nextYear.year(leaveUniform: 1, rate: 0, vacancyMonths: 0).incumbentMonths == 0)
    }

    @Test func correlationFactorIsCholesky() {
        let factor = RealPlanPay.cholesky([[1, 0.6, 0.3], [0.6, 1, 0.2], [0.3, 0.2, 1]])
        // L·Lᵀ reproduces the matrix.
        let rebuilt = (0..<3).map { i in (0..<3).map { j in (0..<3).reduce(0.0) { $0 + factor[i][$1] * factor[j][$1] } } }
        #expect(abs(rebuilt[1][0] - 0.6) < 1e-12 && abs(rebuilt[2][1] - 0.2) < 1e-12 && abs(rebuilt[2][2] - 1) < 1e-12)
        #expect(factor[0] == [1, 0, 0], "the primary normal passes unchanged")
    }
}

@Suite("Real plans: quantile functions")
struct RealPlanQuantileTests {
    /// The tabulated Poisson counts are the sequential-search ones, uniform by uniform, for
    /// tables of several means side by side in one block (and the search itself past 500).
    @Test func poissonTablesMatchTheSearch() {
        let means = [0.3, 2, 0, 17.5, 240, 600]
        let tables = PoissonTables(means: means)
        withExtendedLifetime(tables) {
            for (index, mean) in means.enumerated() {
                // A grid, the guide's cell edges j/256 and either side of them, and either side of
                // every cumulative probability.
                var uniforms = (0..<10_000).map { (Double($0) + 0.5) / 10_000 }
                for cell in 0..<256 {
                    let edge = Double(cell) / 256
                    uniforms += [edge, edge.nextUp] + (cell > 0 ? [edge.nextDown] : [])
                }
                var cumulative = exp(-mean), probability = cumulative
                for k in 0..<60 where cumulative < 1 {
                    uniforms += [cumulative, cumulative.nextDown, cumulative.nextUp]
                    probability *= mean / Double(k + 1)
                    cumulative += probability
                }
                for uniform in uniforms where uniform < 1 {
                    #expect(tables[index].count(uniform) == PoissonQuantile.value(uniform, mean: mean), "mean \(mean), u \(uniform)")
                }
                // Past the last cumulative probability, which for means like 17.5 ends a few 10⁻¹⁶
                // below 1: the table's last count (the search would run on to its cap of 10,000).
                let last = tables[index].count(Double(1).nextDown)
                #expect(last >= tables[index].count(1 - 1e-12) && last < Int(mean * 25 + 50), "mean \(mean): \(last)")
            }
        }
    }

    /// Beta quantiles: the table against GSL's inverse, and the median of a symmetric Beta.
    @Test func betaQuantilesAgree() {
        let table = BetaQuantileTable(alpha: 40, beta: 4)  // mean 0.91, spread 0.043
        for step in 1..<1_000 {
            let uniform = Double(step) / 1_000
            #expect(abs(table(uniform) - BetaQuantile.value(uniform, alpha: 40, beta: 4)) < 2e-6, "u \(uniform)")
        }
        #expect(abs(BetaQuantile.value(0.5, alpha: 5, beta: 5) - 0.5) < 1e-12)
        #expect(abs(BetaQuantile.value(0.5, alpha: 4e7, beta: 4e7) - 0.5) < 1e-12, "normal approximation, no abort")
    }

    /// The table's tails, interpolated in log u, against GSL's inverse: from 2 % (and 98 %) out to
    /// 10⁻⁶ of either end, for rates as steady as a renewal rate and as loose as a churn rate.
    @Test(arguments: [(40.0, 4.0), (4.0, 40.0), (300.0, 30.0), (2.0, 2.0), (0.5, 5.0), (17.0, 3.0), (900.0, 9_000.0)])
    func betaQuantileTailsAgree(_ alpha: Double, _ beta: Double) {
        let table = BetaQuantileTable(alpha: alpha, beta: beta)
        var worst = 0.0
        for step in 0...2_000 {
            let tail = 0.02 * exp2(-Double(step) / 2_000 * 15)  // 2 % down to 6·10⁻⁷
            for uniform in [tail, 1 - tail] {
                worst = max(worst, abs(table(uniform) - BetaQuantile.value(uniform, alpha: alpha, beta: beta)))
            }
        }
        #expect(worst < 2e-6, "α \(alpha) β \(beta): worst \(worst)")
    }

    /// The SPIF's uniform recycled from the departure draw, by hand: staying, (u − rate) ÷
    /// (1 − rate); leaving, the fraction of 12·u ÷ rate past the departure month.
    @Test func recycledUniformByHand() {
        let recycled = UniformRecycler(rate: 0.25)
        #expect(abs(recycled(0.5) - 1.0 / 3) < 1e-15)
        #expect(abs(recycled(0.25) - 0) < 1e-15)
        #expect(abs(recycled(0.1) - 0.8) < 1e-12, "month 5 (12 · 0.1 ÷ 0.25 = 4.8), 0.8 of the way through")
        #expect(abs(recycled(0.0) - 0) < 1e-15)
        #expect(UniformRecycler(rate: 0)(0.37) == 0.37, "no attrition: the uniform itself")
    }

    /// Recycled from GSL uniforms, the SPIF's uniform is uniform and independent of the departure
    /// and its month: in each of the 13 outcomes (leaving in month 1…12, staying) its mean is ½
    /// and its variance 1/12, within four standard errors.
    @Test func recycledUniformIsIndependentOfTheDeparture() {
        let rate = 0.2, recycled = UniformRecycler(rate: rate), generator = RandomGenerator(seed: 17)
        var sums = [Double](repeating: 0, count: 13), squares = sums, counts = sums
        for _ in 0..<600_000 {
            let leave = generator.uniform()
            let outcome = SeatCalendar.leaveMonth(leaveUniform: leave, rate: rate).map { $0 - 1 } ?? 12
            let value = recycled(leave)
            #expect(value >= 0 && value < 1)
            sums[outcome] += value
            squares[outcome] += value * value
            counts[outcome] += 1
        }
        for outcome in 0..<13 {
            let mean = sums[outcome] / counts[outcome]
            let variance = squares[outcome] / counts[outcome] - mean * mean
            #expect(abs(mean - 0.5) < 4 * (1.0 / 12 / counts[outcome]).squareRoot(), "outcome \(outcome): mean \(mean)")
            // Var of U² is 4/45, so the variance's standard error is about √(4/45 ÷ n).
            #expect(abs(variance - 1.0 / 12) < 4 * (4.0 / 45 / counts[outcome]).squareRoot(), "outcome \(outcome): variance \(variance)")
        }
    }
}
