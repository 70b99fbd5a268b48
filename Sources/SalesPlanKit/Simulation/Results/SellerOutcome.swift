/// One seller's simulated year, across trials.
public struct SellerOutcome: Sendable, Equatable {
    public var id: String
    public var name: String
    public var role: SellerRole
    public var planID: String
    public var territoryID: String?
    /// The seller's region and segment, or their territory's when the seller gives none.
    public var region: String?
    public var segment: String?
    public var managerID: String?
    public var quota: Double
    public var targetIncentive: Double
    /// Persistent skill multiplier on the median (1 = average; from prior attainments).
    public var skill: Double
    /// Attainment percentiles (1.0 = 100 % of quota), from the seller's histogram.
    public var attainmentP10: Double
    public var attainmentP50: Double
    public var attainmentP90: Double
    /// Variable pay percentiles, in the scenario currency.
    public var payP10: Double
    public var payP50: Double
    public var payP90: Double
    public var meanPay: Double
    /// Probability of finishing at or above quota.
    public var probabilityAtQuota: Double
}
