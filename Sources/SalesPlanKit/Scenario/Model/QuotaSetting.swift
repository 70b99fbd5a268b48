/// How `salesplan quotas` sets next year's quotas, beyond the method and the total: ramps for
/// new hires, seasonality, managers' and overlays' roll-up, rounding and change limits.
public struct QuotaSetting: Sendable, Equatable {
    /// Productivity by quarter of tenure (first quarter after the hire date, second, …), each a
    /// fraction of a fully ramped seller's quota; the last entry is 1. Empty: no ramp.
    public var ramp: [Double]
    /// How the annual quota spreads over the plan year: 4 quarterly or 12 monthly shares summing
    /// to 1. Empty: an even split by quarter.
    public var seasonality: [Double]
    /// Quota of a manager (or overlay) as a fraction of the sum of the new quotas of the direct
    /// sellers credited to them, by role. A role not listed keeps its current ratio to its team.
    public var rollup: [SellerRole: Double]
    /// Round every quota to a multiple of this amount (0: no rounding).
    public var roundTo: Double
    /// Largest change from the current quota, as a fraction (0.2 = ±20 %); nil: no limit.
    public var maxChange: Double?

    public init(ramp: [Double] = [], seasonality: [Double] = [], rollup: [SellerRole: Double] = [:],
                roundTo: Double = 0, maxChange: Double? = nil) {
        self.ramp = ramp
        self.seasonality = seasonality
        self.rollup = rollup
        self.roundTo = roundTo
        self.maxChange = maxChange
    }
}
