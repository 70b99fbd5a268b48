import Foundation

/// One seat's year in one trial on the general path: who works it, what they book and renew,
/// and what they are paid (plan pay, clawback, draw top-up, base salary).
///
/// A pure function of the seat's constants and the trial's draws, so tests can inject
/// attainments directly and check payouts by hand; the engine calls it for every direct seller
/// in every trial of a scenario that uses real-plan features.
struct SeatYear: Sendable {
    let plan: RealPlanPay
    /// Full-year quota of the seat, target incentive and base salary.
    let quota: Double
    let targetIncentive: Double
    let baseSalary: Double
    /// exp(log skill): a replacement has the average seller's skill, so their attainments are the
    /// incumbent's divided by this.
    let skillFactor: Double
    let calendar: SeatCalendar
    let attritionRate: Double
    /// The first per-deal SPIF's uniform, recycled from the departure draw.
    let spifUniform: UniformRecycler
    let vacancyMonths: Int
    let renewalBase: Double
    /// 1 for measures whose attainment scales with time in seat and productivity (all but
    /// renewals), 0 for renewals.
    let scalesWithSeat: MeasureAttainments
    /// What a replacement's attainments are the incumbent's divided by: the skill factor for
    /// measures that scale with the seat, 1 for renewals.
    let replacementDivisor: MeasureAttainments
    /// In seat all year at full productivity, past any draw: without a departure, the seat's year
    /// is the plain one (most seats in most trials), computed without the calendar.
    let isPlainYear: Bool

    init(plan: RealPlanPay, quota: Double, targetIncentive: Double, baseSalary: Double, logSkill: Double,
         calendar: SeatCalendar, attritionRate: Double, vacancyMonths: Int, renewalBase: Double) {
        self.plan = plan
        self.quota = quota
        self.targetIncentive = targetIncentive
        self.baseSalary = baseSalary
        skillFactor = exp(logSkill)
        self.calendar = calendar
        self.attritionRate = attritionRate
        spifUniform = UniformRecycler(rate: attritionRate)
        self.vacancyMonths = vacancyMonths
        self.renewalBase = renewalBase
        var scales = MeasureAttainments(repeating: 1)
        for (index, measure) in plan.measures.enumerated() where measure.credits == .renewals { scales[index] = 0 }
        scalesWithSeat = scales
        replacementDivisor = 1 + scales * (exp(logSkill) - 1)
        let drawEnded = plan.newHireDraw.map { calendar.incumbentDrawMonths($0.months, lastMonth: 12).months == 0 } ?? true
        isPlainYear = calendar.startMonth == 1 && calendar.cumulative[12] == 12 && drawEnded
    }

    /// What happened in the seat.
    struct Outcome: Equatable {
        /// New bookings of the seat (incumbent and replacement).
        var bookings = 0.0
        /// Bookings a full year of a ramped incumbent would have made, less `bookings`.
        var revenueLost = 0.0
        /// Renewal base × renewal rate (× the renewals measure's own factor).
        var renewed = 0.0
        /// Variable pay after clawback, including any draw top-up.
        var pay = 0.0
        var clawback = 0.0
        /// Pay guaranteed by a draw above what was earned.
        var drawTopUp = 0.0
        var baseSalary = 0.0
        /// The incumbent's bookings attainment (on the quota of their months in seat) and pay
        /// multiple, for the at-quota and at-target counts; 0 when not in seat.
        var attainment = 0.0
        var multiple = 0.0
        var departed = false
        var year = SeatCalendar.Year(incumbentMonths: 0, incumbentProductivity: 0, incumbentLastMonth: 0, departed: false)
    }

    /// The seat's outcome.
    /// - Parameters:
    ///   - primary: the seller's full-year bookings attainment as a ramped incumbent.
    ///   - attainments: each measure's full-year attainment for a ramped incumbent (the primary
    ///     for measures without their own; renewals measures renewal rate ÷ mean rate × own factor).
    ///   - renewalFactor: the trial's renewal rate × the renewals measure's own factor, or 0.
    ///   - churn: the trial's churn rate for this plan's clawback (0 without one).
    @inline(never)
    func outcome(primary: Double, attainments: MeasureAttainments, leaveUniform: Double, renewalFactor: Double, churn: Double) -> Outcome {
        if isPlainYear && leaveUniform >= attritionRate {
            return plainYear(primary: primary, attainments: attainments, renewalFactor: renewalFactor, churn: churn)
        }
        let people = people(attainments: attainments, leaveUniform: leaveUniform)
        return outcome(primary: primary, year: people.year, multiples: multiples(of: people, churn: churn), renewalFactor: renewalFactor)
    }

    /// The whole year in seat, ramped, past any draw, not leaving (most seats in most trials):
    /// the plan's pay on the year's attainments, what ``outcome`` gives for 12 months at
    /// productivity 12, without the calendar. Small enough to inline into the trial loop.
    @inline(__always)
    func plainYear(primary: Double, attainments: MeasureAttainments, renewalFactor: Double, churn: Double) -> Outcome {
        let gross = plan.multiple(attainments)
        let net = churn > 0 ? plan.multiple(attainments, netOfChurn: 1 - churn) : gross
        var outcome = Outcome()
        outcome.year = SeatCalendar.Year(incumbentMonths: 12, incumbentProductivity: 12, incumbentLastMonth: 12, departed: false)
        outcome.bookings = primary * quota
        outcome.renewed = renewalBase * renewalFactor
        outcome.baseSalary = baseSalary
        outcome.pay = targetIncentive * net
        outcome.clawback = targetIncentive * (gross - net)
        outcome.attainment = primary
        outcome.multiple = gross
        return outcome
    }

    /// The seat's year when nobody leaves: the incumbent from their first month in seat, at
    /// their ramp's productivity (the whole year at full productivity for a plain year).
    var steadyYear: SeatCalendar.Year { calendar.year(leaveUniform: 1, rate: 0, vacancyMonths: vacancyMonths) }

    /// What each measure's full-year attainment is multiplied by for a person `months` in seat at
    /// `productivity` productivity-months: their quota is the full monthly quota for those
    /// months, or cut by productivity with quota relief; renewals are not scaled.
    @inline(__always)
    func attainmentScale(months: Int, productivity: Double) -> MeasureAttainments {
        let seatFactor = plan.rampQuotaRelief ? 1 : productivity / Double(months)
        return 1 + scalesWithSeat * (seatFactor - 1)
    }

    /// One person's pay from the plan's multiples (gross and net of churn) on their scaled
    /// attainments: target incentive for their months, a draw's top-up.
    @inline(__always)
    func settle(gross: Double, net: Double, months: Int, productivity: Double, draw: (months: Int, productivity: Double)?)
        -> (pay: Double, clawback: Double, topUp: Double, multiple: Double) {
        let incentive = targetIncentive * Double(months) / 12
        let earned = incentive * net
        var topUp = 0.0
        if let rule = plan.newHireDraw, let draw, draw.months > 0 {
            let guaranteed = rule.monthlyAmount * Double(draw.months)
            let earnedInDraw = productivity > 0 ? earned * draw.productivity / productivity : 0
            let paid = rule.recoverable ? Swift.max(earned, guaranteed)
                : Swift.max(earnedInDraw, guaranteed) + (earned - earnedInDraw)
            topUp = paid - earned
        }
        return (earned + topUp, incentive * (gross - net), topUp, gross)
    }
}
