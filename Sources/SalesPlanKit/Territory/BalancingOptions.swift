import Foundation

/// What a territory balancing run must achieve and may do: the scenario's `balancing:` block,
/// overridden by the command line.
///
/// "One true objective, every other input a constraint": the band (±τ around the mean) is a
/// constraint, and the objective only decides which of the alignments inside the band is best.
public struct BalancingOptions: Sendable, Equatable {
    /// What to minimise among alignments that meet the band.
    public enum Objective: String, CaseIterable, Sendable {
        /// The number of accounts that change owner (relationships broken).
        case fewestMoves = "fewest-moves"
        /// The potential that changes owner (revenue put at risk by a new relationship).
        case leastPotentialMoved = "least-potential-moved"
        /// The largest deviation from the mean, with at most ``BalancingOptions/maxMoves`` moves.
        case minDeviation = "min-deviation"
        /// Ignore today's owners: a compact alignment (accounts near their seller's home base).
        case fromScratch = "from-scratch"
    }

    /// An account attribute that must match its territory's (`--keep-within segment`).
    public enum Dimension: String, CaseIterable, Sendable {
        case segment, region, vertical
    }

    /// Every territory's potential within ±tolerance of the mean (0.05 = ±5 %).
    public var tolerance: Double
    /// The same for workload hours; nil leaves workload unconstrained (capacity still holds).
    public var workloadTolerance: Double?
    public var objective: Objective
    /// With ``Objective/minDeviation``: the most accounts that may move.
    public var maxMoves: Int?
    /// Attributes an account keeps when it moves; territories are also compared (the mean, the
    /// band) only with territories sharing these attributes, since no account may flow between them.
    public var keepWithin: [Dimension]
    /// No account farther than this from its territory's home base, unless it is there today.
    public var maxDistanceKm: Double?
    /// Seconds; the search stops with the best alignment found so far.
    public var timeLimit: Double
    public var seed: UInt64
    /// Worker threads for the independent starts; the answer does not depend on it.
    public var threads: Int
    /// Whether placing an account that has no territory today counts as a move.
    public var countNewAccountsAsMoves: Bool
    /// How strongly far moves are avoided: a move to a territory whose home base is `km` from the
    /// account costs 1 + weight × max(0, km − reach) ÷ reach moves, where the reach is twice the
    /// median distance of accounts to their home base today. 0 counts every move alike.
    public var distanceWeight: Double
    /// Solve the exact MIP with GLPK (small instances; ``ExactBalancing``), falling back to the
    /// search when it finds nothing in the time limit.
    public var exact: Bool

    public static let defaultTolerance = 0.05
    public static let defaultTimeLimit = 60.0
    public static let defaultDistanceWeight = 0.1

    public init(tolerance: Double = BalancingOptions.defaultTolerance, workloadTolerance: Double? = nil,
                objective: Objective = .fewestMoves, maxMoves: Int? = nil, keepWithin: [Dimension] = [],
                maxDistanceKm: Double? = nil, timeLimit: Double = BalancingOptions.defaultTimeLimit, seed: UInt64 = 1,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount, countNewAccountsAsMoves: Bool = false,
                distanceWeight: Double = BalancingOptions.defaultDistanceWeight, exact: Bool = false) {
        self.tolerance = tolerance
        self.workloadTolerance = workloadTolerance
        self.objective = objective
        self.maxMoves = maxMoves
        self.keepWithin = keepWithin
        self.maxDistanceKm = maxDistanceKm
        self.timeLimit = timeLimit
        self.seed = seed
        self.threads = threads
        self.countNewAccountsAsMoves = countNewAccountsAsMoves
        self.distanceWeight = distanceWeight
        self.exact = exact
    }
}
