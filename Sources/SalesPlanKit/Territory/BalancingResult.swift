/// The answer of a balancing run: the new alignment, its moves, how balanced it is before and
/// after, and how far from the fewest possible moves it can be.
public struct BalancingResult: Sendable {
    /// One account that changes territory.
    public struct Move: Sendable, Equatable {
        public var account: Int
        /// Territory index today (-1 for an account with none).
        public var from: Int
        public var to: Int
        public var distanceKm: Double?
        /// Why: the band of which territory it brings closer, in words.
        public var reason: String
    }

    public let problem: BalancingProblem
    /// Territory index of every account after balancing.
    public let assignment: [Int32]
    public let before: TerritoryMetrics
    public let after: TerritoryMetrics
    public let moves: [Move]
    /// Accounts with a territory today that moved (placing a new account counts only if asked).
    public let moveCount: Int
    public let potentialMoved: Double
    /// Every territory ends inside its band (and capacity).
    public let feasible: Bool
    /// Why the band cannot be met, when it cannot.
    public let causes: [InfeasibilityCause]
    /// No alignment inside the band moves fewer accounts than this; nil if the band cannot be met.
    public let lowerBound: Int?
    /// The tolerance the alignment meets: the option's, or for min-deviation the smallest found.
    public let tolerance: Double
    public let solveSeconds: Double
    public let starts: Int
    /// The time limit cut the search short: the answer may differ with a faster machine.
    public let stoppedByTimeLimit: Bool
    /// With `--exact`: what GLPK's MIP gave (nil without it).
    public var exact: ExactBalancing.Status? = nil

    /// moves ÷ bound − 1: how much above the fewest possible moves the answer can be.
    public var gap: Double? {
        guard feasible, let lowerBound else { return nil }
        if lowerBound == 0 { return moveCount == 0 ? 0 : nil }
        return Double(moveCount) / Double(lowerBound) - 1
    }

    /// Accounts with a territory today that kept it.
    public var relationshipsKept: Int {
        (0..<assignment.count).filter { problem.initial[$0] >= 0 && assignment[$0] == problem.initial[$0] }.count
    }
}
