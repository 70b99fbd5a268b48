/// Attrition, vacancy and ramp (the scenario's `workforce:` block).
///
/// Each seller may leave during the plan year with their role's annual rate; the month is
/// uniform. Pay and base stop, the seat stays vacant for ``vacancyMonths`` months, then a
/// replacement starts and ramps through ``rampProductivity``. Sellers hired during the year (or
/// recently enough to be ramping) ramp the same way from their hire date.
public struct WorkforcePlan: Sendable, Equatable {
    /// Annual probability of leaving, by role (0.15 = 15 %); roles not listed never leave.
    public var attritionRate: [SellerRole: Double]
    /// Months a seat stays empty after a departure before the replacement starts.
    public var vacancyMonths: Int
    /// Productivity by month in seat (first month first), as a share of a ramped seller's; the
    /// last entry must be 1 and later months stay at 1. Empty: no ramp.
    public var rampProductivity: [Double]

    public init(attritionRate: [SellerRole: Double] = [:], vacancyMonths: Int = 0, rampProductivity: [Double] = []) {
        self.attritionRate = attritionRate
        self.vacancyMonths = vacancyMonths
        self.rampProductivity = rampProductivity
    }

    /// Productivity in month `tenureMonth` in seat (1 = the first month).
    public func productivity(tenureMonth: Int) -> Double {
        guard tenureMonth >= 1 else { return 0 }
        return tenureMonth <= rampProductivity.count ? rampProductivity[tenureMonth - 1] : 1
    }

    public var isEmpty: Bool { attritionRate.values.allSatisfy { $0 == 0 } && rampProductivity.isEmpty }
}

/// Renewals (the scenario's `renewals:` block): each seller's `renewal_base` times a renewal
/// rate drawn per trial.
public struct RenewalPlan: Sendable, Equatable {
    public var rate: BetaRate
    /// Whether renewed revenue counts toward company bookings and the goal (false: the goal is
    /// new bookings only, the usual convention).
    public var countsTowardGoal: Bool

    public init(rate: BetaRate, countsTowardGoal: Bool = false) {
        self.rate = rate
        self.countsTowardGoal = countsTowardGoal
    }
}

/// A sales performance incentive fund: a budgeted bonus paid per unit or per event, reported
/// apart from plan pay.
public struct SPIF: Sendable, Equatable {
    public enum Trigger: Sendable, Equatable {
        /// `amount` per deal; each eligible seller's deal count in a trial is Poisson with mean
        /// `dealsPerSeller` (per full year in seat), deals of `product` if given.
        case perDeal(dealsPerSeller: Double, product: String?)
        /// `amount` once, to each eligible seller whose bookings reach `reach` × quota by the end of
        /// month `byMonth` (bookings accrue evenly over the months in seat, at ramp productivity).
        case attainmentByMonth(reach: Double, byMonth: Int)
    }

    public var id: String
    public var name: String
    /// Bonus per deal or per event, in the scenario currency.
    public var amount: Double
    public var trigger: Trigger
    /// Roles eligible; empty: every direct-selling role.
    public var roles: [SellerRole]
    /// Budget, for the report's comparison (not a cap on payouts).
    public var budget: Double?

    public init(id: String, name: String, amount: Double, trigger: Trigger, roles: [SellerRole] = [], budget: Double? = nil) {
        self.id = id
        self.name = name
        self.amount = amount
        self.trigger = trigger
        self.roles = roles
        self.budget = budget
    }

    public func isEligible(_ role: SellerRole) -> Bool {
        roles.isEmpty ? role.credit == .own : roles.contains(role)
    }
}
