extension PayCurve {
    /// Payout at `attainment`, in multiples of the measure's target incentive, evaluated straight
    /// from the curve's definition.
    ///
    /// This is the reference the simulation's compiled curves (``PayoutFunction``) are checked
    /// against; it is clear rather than fast.
    public func payout(at attainment: Double) -> Double {
        guard attainment >= threshold else { return 0 }
        let credited = attainmentCap.map { Swift.min(attainment, $0) } ?? attainment
        var payout: Double
        switch tierMethod {
        case .marginal:
            payout = 0
            for (index, zone) in zones.enumerated() where credited > zone.from {
                let zoneEnd = index + 1 < zones.count ? zones[index + 1].from : Double.infinity
                payout += zone.rate * (Swift.min(credited, zoneEnd) - zone.from)
            }
        case .wholeAmount:
            let reached = zones.last { credited >= $0.from }
            payout = (reached?.rate ?? 0) * credited
        }
        if let payoutCap { payout = Swift.min(payout, payoutCap) }
        return payout
    }
}

extension CompPlan {
    /// Variable-pay multiple of the target incentive at `attainment` (every measure credited with
    /// the same attainment), evaluated from the definition. 1 means on-target incentive.
    public func payoutMultiple(at attainment: Double) -> Double {
        var total = 0.0
        for measure in measures {
            total += measure.weight * measure.payCurve.payout(at: attainment)
        }
        if let payoutCap { total = Swift.min(total, payoutCap) }
        return total
    }
}
