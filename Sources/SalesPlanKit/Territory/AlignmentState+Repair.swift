/// The greedy construction: relieve the territory furthest outside its band, one account at a
/// time, through the move that removes the most violation per unit of cost, looking at
/// neighbouring territories first and at the whole group only when no neighbour helps.
extension AlignmentState {
    struct Move {
        var account: Int
        var target: Int
        var score: Double
    }

    /// Repairs until every territory is inside its band or no single move helps any territory
    /// that is not; `noise` (one factor per account, or empty) diversifies independent starts.
    mutating func repair(noise: [Double], deadline: ContinuousClock.Instant) {
        let m = problem.territoryCount
        var blocked = Array(repeating: false, count: m)
        var steps = 0
        while true {
            steps += 1
            if steps & 63 == 0, ContinuousClock.now >= deadline { return }
            var worst = -1, worstViolation = Self.feasible
            for t in 0..<m where !blocked[t] && violation[t] > worstViolation {
                worst = t
                worstViolation = violation[t]
            }
            guard worst >= 0 else { return }
            guard let move = bestMove(for: worst, wide: false, noise: noise)
                ?? bestMove(for: worst, wide: true, noise: noise)
            else {
                blocked[worst] = true
                continue
            }
            let from = Int(owner[move.account])
            self.move(move.account, to: move.target)
            for touched in [from, move.target] where touched >= 0 {
                blocked[touched] = false
                for peer in problem.reverseNeighbours[touched] { blocked[Int(peer)] = false }
            }
        }
    }

    /// The best single move that lowers the total violation and involves `t`: an account leaving
    /// `t` if it has too much, an account joining it if it has too little.
    func bestMove(for t: Int, wide: Bool, noise: [Double]) -> Move? {
        let peers = wide ? problem.groupMembers[Int(problem.group[t])] : problem.neighbours[t]
        var best: Move?
        func consider(_ a: Int, _ from: Int, _ to: Int, _ delta: Double) {
            guard delta < -Self.feasible else { return }
            let extra = problem.cost(a, to) - (from >= 0 ? problem.cost(a, from) : 0)
            var score = -delta / max(extra + 1, 0.25)
            // Among moves that help alike, the nearer territory: a sales-ops lead gives an
            // account to the seller next door, not to one across the continent.
            if let km = problem.distanceKm(a, to) { score /= 1 + 0.02 * km / problem.distanceScale }
            if !noise.isEmpty { score *= noise[a] }
            if let current = best, current.score >= score { return }
            best = Move(account: a, target: to, score: score)
        }
        if isOver(t) {
            for member in members[t] {
                let a = Int(member)
                if problem.fixed[a] { continue }
                let leaving = violationOf(t, potential[t] - problem.potential[a], workload[t] - problem.workload[a]) - violation[t]
                if leaving >= 0 { continue }
                for peer in peers {
                    let u = Int(peer)
                    if u == t || !problem.eligible(a, u) { continue }
                    let joining = violationOf(u, potential[u] + problem.potential[a], workload[u] + problem.workload[a]) - violation[u]
                    consider(a, t, u, leaving + joining)
                }
            }
        }
        if isUnder(t) {
            for peer in peers {
                let s = Int(peer)
                if s == t { continue }
                for member in members[s] {
                    let a = Int(member)
                    if problem.fixed[a] || !problem.eligible(a, t) { continue }
                    let joining = violationOf(t, potential[t] + problem.potential[a], workload[t] + problem.workload[a]) - violation[t]
                    if joining >= 0 { continue }
                    let leaving = violationOf(s, potential[s] - problem.potential[a], workload[s] - problem.workload[a]) - violation[s]
                    consider(a, s, t, leaving + joining)
                }
            }
        }
        return best
    }

    /// Places accounts that have no territory today: each in the eligible territory (nearest
    /// first) where it adds the least violation.
    mutating func placeUnassigned() {
        for a in owner.indices where owner[a] < 0 {
            var target = -1, bestDelta = Double.infinity
            for t in 0..<problem.territoryCount where problem.eligible(a, t) {
                let delta = violationOf(t, potential[t] + problem.potential[a], workload[t] + problem.workload[a]) - violation[t]
                let rank = delta + problem.cost(a, t) * 1e-6
                if rank < bestDelta {
                    bestDelta = rank
                    target = t
                }
            }
            if target >= 0 { move(a, to: target) }
        }
    }
}
