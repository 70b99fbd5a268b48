/// An alignment being searched: who owns each account, each territory's totals and members, and
/// how far each territory is outside its band.
///
/// The *violation* of a territory is the distance of its potential (and workload, when banded)
/// outside the band, plus workload above capacity, each in units of its group's mean: zero means
/// the territory meets every limit, and sums are comparable across groups.
struct AlignmentState: Sendable {
    let problem: BalancingProblem
    private(set) var owner: [Int32]
    private(set) var potential: [Double]
    private(set) var workload: [Double]
    private(set) var members: [[Int32]]
    private var position: [Int32]
    private(set) var violation: [Double]
    private(set) var cost = 0.0
    /// Accounts not with their owner of today (placing a new account counts only if asked).
    private(set) var moves = 0

    private let lowP: [Double], highP: [Double], lowW: [Double], highW: [Double], scaleP: [Double], scaleW: [Double]

    static let feasible = 1e-9

    init(problem: BalancingProblem, start: [Int32]) {
        self.problem = problem
        let m = problem.territoryCount
        lowP = problem.bands.map(\.potential.lowerBound)
        highP = problem.bands.map(\.potential.upperBound)
        lowW = problem.bands.map { $0.workload?.lowerBound ?? -.infinity }
        highW = problem.bands.map { $0.workload?.upperBound ?? .infinity }
        scaleP = problem.bands.map { $0.meanPotential > 0 ? 1 / $0.meanPotential : 0 }
        scaleW = problem.bands.map { $0.meanWorkload > 0 ? 1 / $0.meanWorkload : 1 }
        owner = start
        potential = Array(repeating: 0, count: m)
        workload = Array(repeating: 0, count: m)
        members = Array(repeating: [], count: m)
        position = Array(repeating: -1, count: start.count)
        violation = Array(repeating: 0, count: m)
        for (a, t) in start.enumerated() where t >= 0 {
            potential[Int(t)] += problem.potential[a]
            workload[Int(t)] += problem.workload[a]
            position[a] = Int32(members[Int(t)].count)
            members[Int(t)].append(Int32(a))
            cost += problem.cost(a, Int(t))
            if isMoved(a) { moves += 1 }
        }
        for t in 0..<m { violation[t] = violationOf(t, potential[t], workload[t]) }
    }

    /// The violation territory `t` would have with these totals.
    @inline(__always) func violationOf(_ t: Int, _ p: Double, _ w: Double) -> Double {
        let g = Int(problem.group[t])
        var v = (max(0, p - highP[g]) + max(0, lowP[g] - p)) * scaleP[g]
        v += (max(0, w - highW[g]) + max(0, lowW[g] - w)) * scaleW[g]
        let capacity = problem.capacity[t]
        if w > capacity { v += (w - capacity) * scaleW[g] }
        return v
    }

    /// Whether `t` has too much of something (potential or workload above the band, or workload
    /// above capacity): accounts should leave it.
    @inline(__always) func isOver(_ t: Int) -> Bool {
        let g = Int(problem.group[t])
        return potential[t] > highP[g] || workload[t] > highW[g] || workload[t] > problem.capacity[t]
    }

    @inline(__always) func isUnder(_ t: Int) -> Bool {
        let g = Int(problem.group[t])
        return potential[t] < lowP[g] || workload[t] < lowW[g]
    }

    @inline(__always) func isMoved(_ a: Int) -> Bool {
        let now = owner[a], before = problem.initial[a]
        return before >= 0 ? now != before : (problem.options.countNewAccountsAsMoves && now >= 0)
    }

    var totalViolation: Double { violation.reduce(0, +) }
    var isFeasible: Bool { violation.allSatisfy { $0 <= Self.feasible } }

    /// Moves account `a` to territory `u`, keeping every total up to date.
    mutating func move(_ a: Int, to u: Int) {
        let t = Int(owner[a])
        if t == u { return }
        let wasMoved = isMoved(a)
        if t >= 0 {
            cost -= problem.cost(a, t)
            potential[t] -= problem.potential[a]
            workload[t] -= problem.workload[a]
            let slot = Int(position[a])
            let last = members[t].removeLast()
            if Int(last) != a {
                members[t][slot] = last
                position[Int(last)] = Int32(slot)
            }
            violation[t] = violationOf(t, potential[t], workload[t])
        }
        owner[a] = Int32(u)
        cost += problem.cost(a, u)
        potential[u] += problem.potential[a]
        workload[u] += problem.workload[a]
        position[a] = Int32(members[u].count)
        members[u].append(Int32(a))
        violation[u] = violationOf(u, potential[u], workload[u])
        moves += (isMoved(a) ? 1 : 0) - (wasMoved ? 1 : 0)
    }

    /// Whether the alignment is better than `other`: smaller violation first (an answer meeting
    /// the band beats any that does not), then lower cost, then fewer moves.
    func isBetter(than other: AlignmentState) -> Bool {
        let mine = totalViolation, theirs = other.totalViolation
        if abs(mine - theirs) > Self.feasible { return mine < theirs }
        if abs(cost - other.cost) > 1e-9 { return cost < other.cost }
        return moves < other.moves
    }
}
