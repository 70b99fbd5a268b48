/// A planning scenario: everything SalesPlan knows about one version of next year's sales plan.
///
/// A scenario is the validated, in-memory form of a scenario file (YAML, with CSV tables beside
/// it). Every engine (Monte Carlo affordability, goal coverage, territory balancing, marketing
/// joins, annual-review comparisons) reads this value and nothing else, so it carries the whole
/// plan: the company goal, the finance figures the plan must stay inside, the simulation
/// settings, the compensation plans, the sellers who are paid through them, and the territories
/// and accounts they cover.
///
/// Obtain one through ``ScenarioLoader``, which guarantees the invariants documented on each
/// field (ids unique, references resolved, money non-negative, probabilities summing to 1).
public struct Scenario: Sendable, Equatable {
    /// Human-readable scenario name, shown in reports.
    public var name: String
    /// Free text describing what this scenario proposes.
    public var description: String?
    /// ISO 4217 currency code all money amounts are in. Informational only.
    public var currency: String
    /// Fiscal year the plan is for, if stated.
    public var fiscalYear: Int?
    /// The company's bookings goal, optionally split by region, segment, vertical and product.
    public var goal: CompanyGoal
    /// Finance figures the plan must stay inside.
    public var finance: FinancePlan
    /// Monte Carlo settings: trials, seed, year types, macro shock, skill persistence.
    public var simulation: SimulationSettings
    /// Compensation plans, referenced by sellers through ``Seller/planID``.
    public var plans: [CompPlan]
    /// Everyone paid through a plan: account executives, overlays, managers.
    public var sellers: [Seller]
    /// Territories sellers and accounts are assigned to. May be empty.
    public var territories: [Territory]
    /// Accounts with their potential, billings and workload. May be empty.
    public var accounts: [Account]
    /// How bookings split across product lines, for product goals. Empty: no product split.
    public var productMix: ProductMix = ProductMix()
    /// The bands goal coverage is judged against.
    public var coverage: CoverageSettings = CoverageSettings()
    /// Ramp, seasonality, roll-up and rounding for setting quotas.
    public var quotaSetting: QuotaSetting = QuotaSetting()
    /// The annual review's bands.
    public var review: ReviewSettings = ReviewSettings()
    /// Defaults of territory balancing (`salesplan balance`), from the `balancing:` block.
    public var balancing: BalancingOptions
    /// Attrition, vacancy and ramp (`workforce:`); empty: everyone in seat all year.
    public var workforce: WorkforcePlan = WorkforcePlan()
    /// Renewal rate and whether renewals count toward the goal (`renewals:`).
    public var renewals: RenewalPlan?
    /// Sales performance incentive funds (`spifs:`).
    public var spifs: [SPIF] = []
    /// The marketing plan (`marketing:`): channels, funnel, planned sourced share. Empty without one.
    public var marketing: MarketingPlan = MarketingPlan()

    public init(
        name: String,
        description: String? = nil,
        currency: String = "USD",
        fiscalYear: Int? = nil,
        goal: CompanyGoal,
        finance: FinancePlan = FinancePlan(),
        simulation: SimulationSettings,
        plans: [CompPlan],
        sellers: [Seller],
        territories: [Territory] = [],
        accounts: [Account] = [],
        balancing: BalancingOptions = BalancingOptions()
    ) {
        self.name = name
        self.description = description
        self.currency = currency
        self.fiscalYear = fiscalYear
        self.goal = goal
        self.finance = finance
        self.simulation = simulation
        self.plans = plans
        self.sellers = sellers
        self.territories = territories
        self.accounts = accounts
        self.balancing = balancing
    }
}

extension Scenario {
    /// Looks a plan up by id.
    public func plan(withID id: String) -> CompPlan? {
        plans.first { $0.id == id }
    }

    /// Sellers whose own bookings count toward company revenue (not overlays or managers,
    /// whose credit duplicates other sellers' bookings).
    public var directSellers: [Seller] {
        sellers.filter { $0.role.credit == .own }
    }

    /// Sum of the quotas of direct sellers: the figure goal coverage compares with the goal.
    /// Overlay and manager quotas are left out because they restate direct sellers' bookings.
    public var totalDirectQuota: Double {
        sellers.reduce(0) { $0 + ($1.role.credit == .own ? $1.quota : 0) }
    }
}

extension Scenario {
    /// Whether the Monte Carlo engine takes its general path: a plan with real-plan features,
    /// credit shares or coverage lists, attrition or ramp, renewals, SPIFs, or a marketing plan
    /// (joined to every trial). Otherwise every
    /// seller is paid through one compiled curve on one attainment (the fast path).
    public var usesRealPlanFeatures: Bool {
        plans.contains(where: \.usesRealPlanFeatures) || !workforce.isEmpty || renewals != nil || !spifs.isEmpty
            || marketing.hasChannels
            || sellers.contains { $0.creditShare != 1 || !$0.coversTerritories.isEmpty || !$0.coversProducts.isEmpty
                || $0.role.credit == .managersTeam }
    }
}
