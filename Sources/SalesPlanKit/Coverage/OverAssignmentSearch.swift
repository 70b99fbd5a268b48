import Foundation

/// The over-assignment at which the goal is met with a target probability (the whitepaper's
/// "met in 95 % of scenarios"), found on common random numbers.
///
/// With quotas shared by fixed shares, quota_s(k) = share_s × goal × (1 + k), and bookings moving
/// as (quota ÷ baseline)^β, every trial's bookings at over-assignment k are its bookings at k = 0
/// times (1 + k)^β: the same draws at every step. P(goal met) is then monotone in k (for β > 0),
/// and a bisection over k on the stored per-trial bookings converges to the smallest k that
/// reaches the target, for the total and for each goal part alike.
public struct OverAssignmentSearch: Sendable {
    /// The answer for the total or one goal part.
    public struct Answer: Sendable {
        public var dimension: CoverageDimension?
        public var name: String
        /// The smallest over-assignment reaching the target; nil when it cannot be reached.
        public var overAssignment: Double?
        /// Over-assignments at which P(goal met) is two standard errors below and above the
        /// target: the Monte Carlo uncertainty of the answer.
        public var low: Double?
        public var high: Double?
        /// P(goal met) at the answer (or at the largest over-assignment searched).
        public var goalMet: Proportion
        /// Why there is no answer.
        public var unreachable: String?
    }

    /// Most over-assignment searched (1,000 %).
    public static let largestOverAssignment = 10.0

    public var targetProbability: Double
    public var elasticity: Double
    public var total: Answer
    public var parts: [Answer]

    /// The part (or the total) needing the most over-assignment: the one that binds.
    public var binding: Answer {
        ([total] + parts).max { ($0.overAssignment ?? .infinity) < ($1.overAssignment ?? .infinity) } ?? total
    }

    /// Searches every line: `bookingsAtGoal` are per-trial bookings with quotas adding up to the
    /// goal (k = 0), for the total and for each part with its goal.
    public init(target: Double, elasticity: Double, total: (goal: Double, bookings: [Double]),
                parts: [(dimension: CoverageDimension, name: String, goal: Double, bookings: [Double])]) {
        targetProbability = target
        self.elasticity = elasticity
        self.total = Self.answer(dimension: nil, name: "total", goal: total.goal, bookings: total.bookings,
                                 target: target, elasticity: elasticity)
        self.parts = parts.map {
            Self.answer(dimension: $0.dimension, name: $0.name, goal: $0.goal, bookings: $0.bookings,
                        target: target, elasticity: elasticity)
        }
    }

    /// P(goal met) at over-assignment `k`.
    static func probability(_ bookings: [Double], goal: Double, k: Double, elasticity: Double) -> Proportion {
        let factor = pow(1 + k, elasticity)
        return Proportion(successes: bookings.reduce(0) { $0 + ($1 * factor >= goal ? 1 : 0) }, trials: bookings.count)
    }

    static func answer(dimension: CoverageDimension?, name: String, goal: Double, bookings: [Double],
                       target: Double, elasticity: Double) -> Answer {
        let largest = largestOverAssignment
        func p(_ k: Double) -> Double { probability(bookings, goal: goal, k: k, elasticity: elasticity).probability }
        /// Smallest k in [−0.99, largest] with P(k) ≥ level (nil when even `largest` falls short).
        func smallest(reaching level: Double) -> Double? {
            var low = -0.99, high = largest
            if p(low) >= level { return low }
            guard p(high) >= level else { return nil }
            for _ in 0..<80 {
                let middle = (low + high) / 2
                if p(middle) >= level { high = middle } else { low = middle }
            }
            return high
        }
        let atLargest = probability(bookings, goal: goal, k: largest, elasticity: elasticity)
        if elasticity == 0 {
            let constant = probability(bookings, goal: goal, k: 0, elasticity: 0)
            let reason = constant.probability >= target ? nil
                : "quota_elasticity is 0: quotas move only the bar, not bookings, so P(goal met) stays \(NumberText.percent(constant.probability)) at any over-assignment"
            return Answer(dimension: dimension, name: name, overAssignment: reason == nil ? -0.99 : nil, low: nil, high: nil,
                          goalMet: constant, unreachable: reason)
        }
        guard let k = smallest(reaching: target) else {
            return Answer(dimension: dimension, name: name, overAssignment: nil, low: nil, high: nil, goalMet: atLargest,
                          unreachable: "P(goal met) is \(NumberText.percent(atLargest.probability)) even at \(NumberText.percent(largest, decimals: 0)) over-assignment")
        }
        let standardError = (target * (1 - target) / Double(max(bookings.count, 1))).squareRoot()
        return Answer(dimension: dimension, name: name, overAssignment: k,
                      low: smallest(reaching: max(target - 2 * standardError, 0)),
                      high: smallest(reaching: min(target + 2 * standardError, 1)),
                      goalMet: probability(bookings, goal: goal, k: k, elasticity: elasticity), unreachable: nil)
    }
}
