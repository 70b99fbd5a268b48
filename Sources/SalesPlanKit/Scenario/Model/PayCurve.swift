/// How a measure pays as a function of attainment, in multiples of the measure's target incentive.
///
/// A curve is built from the constructs comp designers use:
/// - a **threshold**: attainment below it pays nothing;
/// - **rate zones**: from a given attainment on, each unit of attainment pays `rate` units of
///   target incentive. A zone with rate above 1 above quota is an *accelerator*; a zone with rate
///   below 1 is a *decelerator*;
/// - the **tier method**: *marginal* tiers pay each zone's rate on the slice of attainment inside
///   that zone; *whole-amount* tiers pay the rate of the zone reached on the whole attainment;
/// - a **payout cap** (most the measure can pay, as a multiple of target incentive) and an
///   **attainment cap** (attainment above it earns no more credit).
///
/// With the defaults (threshold 0, one zone from 0 at rate 1, marginal, no caps) the curve pays
/// exactly the attainment: 100 % of target incentive at 100 % attainment.
public struct PayCurve: Sendable, Equatable {
    /// Attainment below which the measure pays nothing (0.5 = 50 % of quota).
    public var threshold: Double
    /// Whether zone rates apply to their slice (marginal) or to the whole attainment.
    public var tierMethod: TierMethod
    /// Rate zones in increasing order of their starting attainment.
    public var zones: [RateZone]
    /// Most the measure pays, as a multiple of its target incentive (3 = 300 %).
    public var payoutCap: Double?
    /// Attainment above which no further credit is earned.
    public var attainmentCap: Double?

    public init(
        threshold: Double = 0,
        tierMethod: TierMethod = .marginal,
        zones: [RateZone] = [RateZone(from: 0, rate: 1)],
        payoutCap: Double? = nil,
        attainmentCap: Double? = nil
    ) {
        self.threshold = threshold
        self.tierMethod = tierMethod
        self.zones = zones
        self.payoutCap = payoutCap
        self.attainmentCap = attainmentCap
    }
}

/// A rate zone of a pay curve: from attainment ``from`` on, pay ``rate`` × target incentive per
/// unit of attainment (until the next zone starts).
public struct RateZone: Sendable, Equatable {
    /// Attainment at which this zone starts (1.0 = 100 % of quota).
    public var from: Double
    /// Multiple of target incentive paid per unit of attainment in this zone.
    public var rate: Double

    public init(from: Double, rate: Double) {
        self.from = from
        self.rate = rate
    }
}

/// How the rates of a tiered pay curve apply.
public enum TierMethod: String, Sendable, Equatable, CaseIterable {
    /// Each zone's rate applies to the slice of attainment inside the zone (progressive tiers).
    case marginal
    /// The rate of the zone reached applies to the whole attainment ("retroactive" tiers).
    case wholeAmount = "whole_amount"
}
