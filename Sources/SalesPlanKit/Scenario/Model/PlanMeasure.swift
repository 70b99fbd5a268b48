/// One measure of a plan (new bookings, renewals, a strategic product, margin): a weight, a pay
/// curve, what the measure is credited on, and optionally its own attainment distribution and a
/// gate.
///
/// A measure without ``attainment`` is paid on the seller's primary attainment (the one drawn
/// for their bookings), as every measure was before real plans; a plan whose measures all do so,
/// with no gate, clawback or draw, takes the engine's fast path.
public struct PlanMeasure: Sendable, Equatable {
    /// Most measures a plan may have (the loader refuses more).
    public static let maximumCount = 8

    public var name: String
    /// Share of the target incentive that rides on this measure (0...1).
    public var weight: Double
    public var payCurve: PayCurve
    /// What the measure is credited on (YAML `credits`, default `bookings`).
    public var credits: MeasureCredit
    /// The measure's own attainment distribution (YAML `attainment`); nil: the seller's primary
    /// attainment.
    public var attainment: MeasureAttainment?
    /// A condition on another measure of the same plan (YAML `gate`).
    public var gate: MeasureGate?

    public init(name: String, weight: Double, payCurve: PayCurve, credits: MeasureCredit = .bookings,
                attainment: MeasureAttainment? = nil, gate: MeasureGate? = nil) {
        self.name = name
        self.weight = weight
        self.payCurve = payCurve
        self.credits = credits
        self.attainment = attainment
        self.gate = gate
    }
}

/// The quantity a measure is credited on.
public enum MeasureCredit: Sendable, Equatable {
    /// New bookings: the seller's bookings, which count toward company revenue. Clawbacks
    /// reclaim pay on this measure.
    case bookings
    /// Renewals: with a scenario `renewals:` block, the seller's renewal base × the trial's
    /// renewal rate; renewed revenue counts toward the goal only if the block says so.
    case renewals
    /// Bookings of one product (YAML `credits: product`, `product: analytics`).
    case product(String)
    /// Gross margin on the seller's bookings.
    case margin

    /// The YAML spelling (`bookings`, `renewals`, `product`, `margin`).
    public var keyword: String {
        switch self {
        case .bookings: "bookings"
        case .renewals: "renewals"
        case .product: "product"
        case .margin: "margin"
        }
    }
}

/// A measure's own attainment: log-normal with median `median` × the year's median (so 0.95 =
/// 5 % below the seller's bookings median in the same year) and log-σ `sigma`, its normal
/// correlated with the seller's primary (bookings) normal by `correlation`.
///
/// log a_m = log(year median × macro shock × skill) + log(median) + σ_m·Z_m, with
/// Z_m = ρ·Z₁ + √(1 − ρ²)·W_m (or the plan's correlation matrix, if given).
public struct MeasureAttainment: Sendable, Equatable {
    /// Median attainment relative to the year's median (1 = the same median as bookings).
    public var median: Double
    /// Log-σ of the measure's attainment (0.10: steadier than bookings).
    public var sigma: Double
    /// ρ between this measure's normal and the primary one, in [−1, 1].
    public var correlation: Double

    public init(median: Double = 1, sigma: Double, correlation: Double = 0) {
        self.median = median
        self.sigma = sigma
        self.correlation = correlation
    }
}

/// A gate: the measure pays in full only when measure ``measure`` of the same plan reaches
/// ``atLeast``; otherwise it pays ``otherwise``.
public struct MeasureGate: Sendable, Equatable {
    /// Name of the gating measure (another measure of the plan).
    public var measure: String
    /// Attainment the gating measure must reach (0.9 = 90 %).
    public var atLeast: Double
    public var otherwise: GateFallback

    public init(measure: String, atLeast: Double, otherwise: GateFallback = .nothing) {
        self.measure = measure
        self.atLeast = atLeast
        self.otherwise = otherwise
    }
}

/// What a measure pays when its gate is not met.
public enum GateFallback: String, Sendable, Equatable, CaseIterable {
    /// The measure pays nothing.
    case nothing
    /// The measure pays at most what it pays at 100 % attainment: no accelerator.
    case noAccelerator = "no_accelerator"
}
