/// Someone paid through a compensation plan: an account executive, an overlay specialist, a
/// manager.
public struct Seller: Sendable, Equatable {
    public var id: String
    public var name: String
    public var role: SellerRole
    /// Id of the ``CompPlan`` the seller is paid through.
    public var planID: String
    /// Id of the seller's ``Territory``, if territories are modelled.
    public var territoryID: String?
    public var region: String?
    public var segment: String?
    /// Annual quota, in the scenario currency. Attainment is bookings credited ÷ quota.
    public var quota: Double
    /// The quota the seller's attainment history and expected bookings are calibrated to (this
    /// year's quota); nil means ``quota``. A quota moved away from it moves median bookings by
    /// (quota ÷ baseline)^β, β being ``SimulationSettings/quotaElasticity``.
    public var baselineQuota: Double?
    public var hireDate: CalendarDate?
    /// Id of the seller this one reports to.
    public var managerID: String?
    /// Past years' attainments (1.0 = 100 % of quota), oldest first, the last one being last
    /// year. They estimate the seller's persistent skill.
    public var priorAttainments: [Double]
    /// Share of the credited bookings an overlay, manager, sales engineer or BDR is credited with
    /// (CSV `credit_share`, default 1 = 100 %). Ignored for direct sellers.
    public var creditShare: Double = 1
    /// Territories an overlay covers (CSV `covers_territories`, `;`-separated): when given, the
    /// overlay is credited with the direct sellers of those territories instead of its region.
    public var coversTerritories: [String] = []
    /// Products an overlay covers (CSV `covers_products`, `;`-separated): when given, only those
    /// products' share of the credited bookings (from `product_mix`) counts.
    public var coversProducts: [String] = []
    /// Contracts up for renewal in the plan year, in the scenario currency (CSV `renewal_base`,
    /// default 0): renewed revenue = base × the trial's renewal rate.
    public var renewalBase: Double = 0

    public init(
        id: String,
        name: String,
        role: SellerRole = .accountExecutive,
        planID: String,
        territoryID: String? = nil,
        region: String? = nil,
        segment: String? = nil,
        quota: Double,
        baselineQuota: Double? = nil,
        hireDate: CalendarDate? = nil,
        managerID: String? = nil,
        priorAttainments: [Double] = []
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.planID = planID
        self.territoryID = territoryID
        self.region = region
        self.segment = segment
        self.quota = quota
        self.baselineQuota = baselineQuota
        self.hireDate = hireDate
        self.managerID = managerID
        self.priorAttainments = priorAttainments
    }
}
