/// What the real-plan features did across trials: SPIFs, clawbacks, draws, renewals, vacancy and
/// ramp, departures and double credit, as distributions (nil figures were not modelled).
public struct RealPlanOutcome: Sendable {
    /// SPIF payouts per trial (part of variable comp).
    public var spifPay: Distribution
    /// Pay reclaimed by clawbacks per trial (already netted out of variable comp).
    public var clawback: Distribution
    /// Draw top-ups per trial: guaranteed pay above what new hires earned (part of variable comp).
    public var drawTopUp: Distribution
    /// Renewed revenue per trial (renewal base × renewal rate).
    public var renewed: Distribution
    /// Whether renewed revenue is in company bookings (and the goal).
    public var renewalsCountTowardGoal: Bool
    /// The renewal rate drawn per trial.
    public var renewalRate: Distribution
    /// Bookings lost to vacancies and ramping sellers per trial.
    public var revenueLost: Distribution
    /// Seats whose incumbent left, per trial, and as a share of sellers.
    public var departures: Distribution
    public var departureRate: Double
    /// (Direct bookings + bookings credited to managers, overlays, SEs and BDRs) ÷ direct bookings.
    public var doubleCreditRatio: Distribution
    /// Base salary paid per trial (less than planned when seats stand empty).
    public var baseSalary: Distribution
    /// Σ SPIF budgets given in the scenario (nil when none gives one).
    public var spifBudget: Double?
    /// Marketing joined in; nil without a marketing plan.
    public var marketing: MarketingOutcome?
}

extension RealPlanOutcome {
    init(columns: RealPlanColumns, newBookings: [Double], variableComp: [Double], sellerCount: Int, scenario: Scenario,
         marketingJoin: MarketingJoin?) {
        let credited = columns.array(.creditedBookings)
        let renewed = columns.array(.renewed)
        let counts = scenario.renewals?.countsTowardGoal ?? false
        // Revenue includes renewals when they count toward the goal; credit is on new bookings.
        let direct = zip(newBookings, renewed).map { counts ? $0 - $1 : $0 }
        let ratio = zip(direct, credited).map { $0 > 0 ? ($0 + $1) / $0 : 1 }
        let departures = columns.array(.departures)
        let figures = Parallel.map([columns.array(.spifPay), columns.array(.clawback), columns.array(.drawTopUp), renewed,
                                    columns.array(.renewalRate), columns.array(.revenueLost), departures, ratio,
                                    columns.array(.baseSalary)]) { Distribution($0)! }
        spifPay = figures[0]
        clawback = figures[1]
        drawTopUp = figures[2]
        self.renewed = figures[3]
        renewalsCountTowardGoal = counts
        renewalRate = figures[4]
        revenueLost = figures[5]
        self.departures = figures[6]
        departureRate = sellerCount > 0 ? figures[6].mean / Double(sellerCount) : 0
        doubleCreditRatio = figures[7]
        baseSalary = figures[8]
        let budgets = scenario.spifs.compactMap(\.budget)
        spifBudget = budgets.isEmpty ? nil : budgets.reduce(0, +)
        marketing = marketingJoin.map {
            MarketingOutcome(columns: columns, join: $0, bookings: newBookings, variableComp: variableComp, goal: scenario.goal.bookings)
        }
    }
}
