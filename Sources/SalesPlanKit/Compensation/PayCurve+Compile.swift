extension PayCurve {
    /// This curve as a ``PayoutFunction`` of attainment.
    public func payoutFunction() -> PayoutFunction {
        // Breakpoints: where the threshold, a zone or the attainment cap starts.
        var breakpoints: Set<Double> = [0, threshold]
        for zone in zones { breakpoints.insert(zone.from) }
        if let attainmentCap { breakpoints.insert(attainmentCap) }
        let starts = breakpoints.filter { $0 >= 0 }.sorted()

        var intercepts: [Double] = [], slopes: [Double] = []
        for start in starts {
            let (intercept, slope) = linearPiece(startingAt: start)
            intercepts.append(intercept)
            slopes.append(slope)
        }
        let uncapped = PayoutFunction(starts: starts, intercepts: intercepts, slopes: slopes)
        return payoutCap.map { uncapped.capped(at: $0) } ?? uncapped
    }

    /// The uncapped curve's line on the segment starting at `start` (no breakpoint lies inside it).
    private func linearPiece(startingAt start: Double) -> (intercept: Double, slope: Double) {
        if start < threshold { return (0, 0) }
        if let attainmentCap, start >= attainmentCap {
            // Flat: attainment above the cap earns the payout at the cap.
            return (uncappedPayout(at: attainmentCap), 0)
        }
        guard let zoneIndex = zones.lastIndex(where: { $0.from <= start }) else { return (0, 0) }
        let rate = zones[zoneIndex].rate
        switch tierMethod {
        case .marginal:
            // payout(a) = payout(zone start) + rate × (a − zone start)
            let zoneStart = zones[zoneIndex].from
            return (uncappedPayout(at: zoneStart) - rate * zoneStart, rate)
        case .wholeAmount:
            return (0, rate)
        }
    }

    /// The curve without its threshold and payout cap, from the definition.
    private func uncappedPayout(at attainment: Double) -> Double {
        PayCurve(threshold: 0, tierMethod: tierMethod, zones: zones, payoutCap: nil, attainmentCap: nil)
            .payout(at: attainment)
    }
}

extension CompPlan {
    /// Variable pay, as a multiple of the target incentive, as a function of attainment: the
    /// weighted sum of the measures' curves (each credited with the same attainment), capped by
    /// the plan's payout cap.
    public func payoutFunction() -> PayoutFunction {
        let combined = PayoutFunction.weightedSum(measures.map { $0.payCurve.payoutFunction() },
                                                  weights: measures.map(\.weight))
        return payoutCap.map { combined.capped(at: $0) } ?? combined
    }
}
