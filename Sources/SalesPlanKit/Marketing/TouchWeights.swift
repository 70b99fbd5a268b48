import Foundation

/// The share of one conversion each touch of a journey receives under a rule-based model.
///
/// Every rule fills `weights` for the journey's touches (oldest first) with shares summing to 1,
/// so a journey's conversions and value are split the same way. The rules are the conventions of
/// docs/attribution.md; the position-based ones share one routine (``positionBased``) so that
/// U, W, full path, J and inverse J differ only in their milestones and weights.
enum TouchWeights {
    /// Fills `weights[0..<count]` for the journey `journey` of `set` under `model`.
    static func fill(_ model: AttributionModel, journey: Int, in set: JourneySet, into weights: inout [Double]) {
        let range = set.touches(of: journey)
        let n = range.count
        if weights.count < n { weights = [Double](repeating: 0, count: max(n, weights.count * 2)) }
        for i in 0..<n { weights[i] = 0 }
        switch model {
        case .firstTouch:
            weights[0] = 1
        case .lastTouch:
            weights[n - 1] = 1
        case .linear:
            for i in 0..<n { weights[i] = 1 / Double(n) }
        case .jShaped:
            positionBased(count: n, slots: [(0, 20), (n - 1, 60)], spread: 20, into: &weights)
        case .inverseJ:
            positionBased(count: n, slots: [(0, 60), (n - 1, 20)], spread: 20, into: &weights)
        case .uShaped:
            // On a path the lead-creation touch is unknown: the last touch stands in for it (the
            // classic 40/20/40 U), as in most tools without milestones.
            let lead = set.hasTimes ? milestoneIndex(.leadCreated, range: range, set: set) : n - 1
            positionBased(count: n, slots: [(0, 40), (lead, 40)], spread: 20, into: &weights)
        case .wShaped:
            positionBased(count: n, slots: [(0, 30), (milestoneIndex(.leadCreated, range: range, set: set), 30),
                                            (milestoneIndex(.opportunityCreated, range: range, set: set), 30)],
                          spread: 10, into: &weights)
        case .fullPath:
            positionBased(count: n, slots: [(0, 22.5), (milestoneIndex(.leadCreated, range: range, set: set), 22.5),
                                            (milestoneIndex(.opportunityCreated, range: range, set: set), 22.5),
                                            (milestoneIndex(.closedWon, range: range, set: set), 22.5)],
                          spread: 10, into: &weights)
        case .timeDecay(let halfLife):
            var total = 0.0
            for i in 0..<n {
                weights[i] = exp2(-set.touchAge[range.lowerBound + i] / halfLife)
                total += weights[i]
            }
            for i in 0..<n { weights[i] /= total }
        case .custom(let positionWeights):
            var total = 0.0
            for i in 0..<n {
                weights[i] = positionWeights[min(i, positionWeights.count - 1)]
                total += weights[i]
            }
            for i in 0..<n { weights[i] /= total }
        case .markov, .shapley:
            preconditionFailure("\(model) is not rule-based")
        }
    }

    /// Position within the journey of the touch carrying `milestone`, nil if none does (the
    /// milestone fell outside the lookback window, or the data has none).
    static func milestoneIndex(_ milestone: Milestones, range: Range<Int>, set: JourneySet) -> Int? {
        for index in range where set.touchMilestones[index].contains(milestone) { return index - range.lowerBound }
        return nil
    }

    /// The position-based rule: each slot's weight goes to the touch at its position (a touch in
    /// several slots gets their sum); the spread weight is shared equally by the intermediate
    /// touches, those inside the window (first touch to the last slot's touch) in no slot; touches
    /// after the window get nothing. Slots without a touch (a milestone the journey lacks) and the
    /// spread without intermediate touches drop out, and what remains is scaled to 100 %.
    static func positionBased(count n: Int, slots: [(index: Int?, weight: Double)], spread: Double,
                              into weights: inout [Double]) {
        var windowEnd = 0
        for slot in slots {
            guard let index = slot.index else { continue }
            weights[index] += slot.weight
            windowEnd = max(windowEnd, index)
        }
        var intermediates = 0
        for i in 0...windowEnd where weights[i] == 0 && !slots.contains(where: { $0.index == i }) { intermediates += 1 }
        if intermediates > 0 {
            let share = spread / Double(intermediates)
            for i in 0...windowEnd where weights[i] == 0 && !slots.contains(where: { $0.index == i }) { weights[i] = share }
        }
        var total = 0.0
        for i in 0...windowEnd { total += weights[i] }
        for i in 0...windowEnd { weights[i] /= total }
    }
}
