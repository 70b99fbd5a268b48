/// How a seller's bookings split across product lines: a company default, overridden for a
/// segment, overridden in turn for a plan. Each mix's shares sum to 1.
///
/// Sellers carry no product of their own; this mix is the assumption product goals are checked
/// against (a seller's product-line bookings are their bookings × the mix's share).
public struct ProductMix: Sendable, Equatable {
    public var companyDefault: [NamedAmount]
    public var bySegment: [String: [NamedAmount]]
    public var byPlan: [String: [NamedAmount]]

    public init(companyDefault: [NamedAmount] = [], bySegment: [String: [NamedAmount]] = [:], byPlan: [String: [NamedAmount]] = [:]) {
        self.companyDefault = companyDefault
        self.bySegment = bySegment
        self.byPlan = byPlan
    }

    public var isEmpty: Bool { companyDefault.isEmpty && bySegment.isEmpty && byPlan.isEmpty }

    /// The mix that applies to a seller: their plan's, else their segment's, else the default.
    public func shares(planID: String, segment: String?) -> [NamedAmount] {
        if let plan = byPlan[planID] { return plan }
        if let segment, let mix = bySegment[segment] { return mix }
        return companyDefault
    }
}

/// The bands goal coverage is judged against (the whitepaper's norms by default).
public struct CoverageSettings: Sendable, Equatable {
    /// Usual over-assignment (Σ quota ÷ goal − 1).
    public var band: ClosedRange<Double>
    /// Probability with which each goal should be met ("in 95 % of scenarios").
    public var targetProbability: Double

    public init(band: ClosedRange<Double> = 0.20...0.40, targetProbability: Double = 0.95) {
        self.band = band
        self.targetProbability = targetProbability
    }
}
