import Foundation

/// What the engine's general path needs beyond ``SimulationModel``: each seat compiled into a
/// ``SeatYear``, credit shares, the trial-level rates (renewal, churn) and the SPIFs.
///
/// Built only for scenarios that use real-plan features (``Scenario/usesRealPlanFeatures``);
/// other scenarios run the fast path and never touch this.
struct RealPlanModel: Sendable {
    /// Compiled plans, indexed like ``SimulationModel/payouts``.
    var plans: [RealPlanPay]
    /// Direct sellers' seats, in the model's direct order.
    var directSeats: [SeatYear]
    /// Credited sellers' seats (months in seat and attrition; attainment comes from credit).
    var creditedSeats: [SeatYear]
    /// For each direct seller, the credited slots credited with their bookings and the share.
    var directCredits: [[(slot: Int, share: Double)]]
    /// Direct sellers' bookings over credited sellers, and also over goal parts (when tracked).
    var spread: BookingsSpread
    var spreadWithParts: BookingsSpread
    /// Renewal rate's quantile function and mean; nil without a `renewals:` block.
    var renewalQuantile: BetaQuantileTable?
    var renewalMean: Double
    var renewalsCountTowardGoal: Bool
    var spifCount: Int { spifAmount.count }
    var spifAmount: [Double]
    /// Each SPIF's trigger as plain values (no enum payload to copy per trial): deals per seller
    /// per year for per-deal SPIFs (nil otherwise), reach and month for attainment-by-month ones.
    var spifDeals: [Double?]
    var spifReach: [Double]
    var spifMonth: [Int]
    /// Each per-deal SPIF's deal count for 0...12 months in seat, tabulated (others: mean 0):
    /// ``spifCountTable(_:months:)``, the mean `deals_per_seller` × months ÷ 12 (the full year's
    /// table has the mean as given). A seat in seat part of the year draws from the table too
    /// rather than searching from e^(−mean) trial by trial.
    var spifCounts: PoissonTables
    /// For each SPIF, whether each direct seller / credited seller is eligible.
    var directEligible: [[Bool]]
    var creditedEligible: [[Bool]]
    /// For each direct / credited seller, the SPIFs they are eligible for (read once per seat
    /// and chunk, so not filtered there).
    var directSpifs: [[Int]] = []
    var creditedSpifs: [[Int]] = []
    /// The marketing join; nil without a marketing plan.
    var marketing: MarketingJoin?
    /// Plans whose pay is one curve on the seller's bookings attainment (one measure, no gate,
    /// no attainment of its own, no clawback, no bin two breakpoints cut), compiled like the fast
    /// path's: a plain year pays them from the attainment's histogram bin with one table read.
    /// `singleCurve[plan]`: the plan's position in `singleCurves`, or −1.
    let singleCurves: CompiledPayouts
    let singleCurve: [Int]

    init(scenario: Scenario, direct: [Int], credited: [Int], planIndex: [String: Int], logSkills: [Double], goalParts: GoalParts) {
        let plans = scenario.plans.map(RealPlanPay.init(plan:))
        self.plans = plans
        var curves: [PayoutFunction] = [], singleCurve: [Int] = []
        for plan in plans {
            let simple = plan.count == 1 && plan.gateMeasure[0] < 0 && plan.ownRow[0] < 0 && !plan.isRenewals[0]
                && plan.clawback == nil && !CompiledPayouts([plan.measures[0].payout]).plan(0).hasCrowdedBins
            singleCurve.append(simple ? curves.count : -1)
            if simple { curves.append(plan.measures[0].payout) }
        }
        singleCurves = CompiledPayouts(curves)
        self.singleCurve = singleCurve
        let workforce = scenario.workforce
        func seat(_ index: Int, logSkill: Double, ramps: Bool) -> SeatYear {
            let seller = scenario.sellers[index]
            let planPosition = planIndex[seller.planID] ?? 0
            let plan = scenario.plans[planPosition]
            let calendarWorkforce = ramps ? workforce : WorkforcePlan()
            return SeatYear(plan: plans[planPosition], quota: seller.quota, targetIncentive: plan.targetIncentive,
                            baseSalary: plan.baseSalary, logSkill: logSkill,
                            calendar: SeatCalendar(hireDate: seller.hireDate, fiscalYear: scenario.fiscalYear, workforce: calendarWorkforce),
                            attritionRate: workforce.attritionRate[seller.role] ?? 0, vacancyMonths: workforce.vacancyMonths,
                            renewalBase: seller.renewalBase)
        }
        directSeats = direct.enumerated().map { position, index in seat(index, logSkill: logSkills[position], ramps: true) }
        creditedSeats = credited.map { seat($0, logSkill: 0, ramps: false) }

        let shares = CreditShares(scenario: scenario)
        var directPosition: [Int: Int] = [:]
        for (position, index) in direct.enumerated() { directPosition[index] = position }
        var directCredits = [[(slot: Int, share: Double)]](repeating: [], count: direct.count)
        for (slot, index) in credited.enumerated() {
            for credit in shares.credits[index] {
                if let position = directPosition[credit.seller] { directCredits[position].append((slot, credit.share)) }
            }
        }
        self.directCredits = directCredits
        spread = BookingsSpread(parts: [], partCount: 0, credits: directCredits, creditedCount: credited.count)
        spreadWithParts = BookingsSpread(parts: goalParts.sharesOfDirectSeller, partCount: goalParts.trackedCount,
                                         credits: directCredits, creditedCount: credited.count)

        renewalQuantile = scenario.renewals?.rate.parameters.map { BetaQuantileTable(alpha: $0.alpha, beta: $0.beta) }
        renewalMean = scenario.renewals?.rate.mean ?? 1
        renewalsCountTowardGoal = scenario.renewals?.countsTowardGoal ?? false
        spifAmount = scenario.spifs.map(\.amount)
        spifDeals = scenario.spifs.map { spif in
            if case let .perDeal(deals, _) = spif.trigger { return deals }
            return nil
        }
        spifReach = scenario.spifs.map { spif in
            if case let .attainmentByMonth(reach, _) = spif.trigger { return reach }
            return 0
        }
        spifMonth = scenario.spifs.map { spif in
            if case let .attainmentByMonth(_, month) = spif.trigger { return month }
            return 12
        }
        spifCounts = PoissonTables(means: scenario.spifs.flatMap { spif -> [Double] in
            guard case let .perDeal(deals, _) = spif.trigger else { return [Double](repeating: 0, count: 13) }
            return (0...12).map { months in months == 12 ? deals : deals * Double(months) / 12 }
        })
        directEligible = scenario.spifs.map { spif in direct.map { spif.isEligible(scenario.sellers[$0].role) } }
        creditedEligible = scenario.spifs.map { spif in credited.map { spif.isEligible(scenario.sellers[$0].role) } }
        directSpifs = direct.indices.map { seller in (0..<spifCount).filter { directEligible[$0][seller] } }
        creditedSpifs = credited.indices.map { seller in (0..<spifCount).filter { creditedEligible[$0][seller] } }
        marketing = scenario.marketing.hasChannels ? MarketingJoin(scenario: scenario, direct: direct) : nil
    }

    /// The deal counts of per-deal SPIF `spif` for a seat worked `months` months of the year.
    @inline(__always)
    func spifCountTable(_ spif: Int, months: Int) -> PoissonTable { spifCounts[spifCountTableStart(spif) + months] }

    /// Where SPIF `spif`'s tables for 0...12 months in seat start in `spifCounts.tables`.
    @inline(__always)
    func spifCountTableStart(_ spif: Int) -> Int { spif * 13 }

    /// The renewal rate for uniform `u` (its Beta quantile), or the mean without a spread.
    func renewalRate(uniform: Double) -> Double {
        renewalQuantile.map { $0(uniform) } ?? renewalMean
    }
}
