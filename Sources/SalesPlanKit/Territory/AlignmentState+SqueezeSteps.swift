/// The squeeze's neighbourhood: steps that never add a move and touch a territory outside its
/// band (a step between two territories inside their bands can only add violation).
///
/// - relocate: a moved account goes to another territory (home again: one move fewer);
/// - substitute: a moved account goes home and another account of that territory of today takes
///   its place (the same number of moves, a different amount carried);
/// - exchange: two moved accounts trade territories.
///
/// Each is a transfer of potential and workload between two territories, so a step is judged by
/// the violation of those two alone, then by its cost (a move fewer, a shorter one).
extension AlignmentState {
    struct SqueezeStep {
        var account: Int, target: Int
        /// The second account of a substitution or exchange, -1 for a relocation.
        var other = -1, otherTarget = -1
        var violation: Double, cost: Double

        var changes: [(account: Int, to: Int)] {
            other < 0 ? [(account, target)] : [(account, target), (other, otherTarget)]
        }
    }

    /// Group members a moved account may be relocated to: all of them in groups of up to this
    /// many territories, else the neighbours of where it is and its territory of today.
    static let fullRelocationGroup = 100

    /// What the squeeze remembers between steps.
    struct SqueezeMemory {
        /// Step until which each account may not be touched again (unless aspiration).
        var tabuUntil: [Int]
        var step = 0
        /// The least violation seen at the current move count.
        var aspiration = Double.infinity
        /// Candidate steps weighed so far.
        var work = 0
        /// The cost of the dearest move of the alignment the squeeze started from: with a
        /// distance weight, no step makes a move dearer (farther) than that, so the answer's
        /// longest move is no longer than the search's was.
        let dearest: Double
    }

    /// The best step that is not tabu (or that beats the aspiration), nil if there is none;
    /// `ignoringTabu` when every step is.
    func bestStep(moved: [Int], memory: inout SqueezeMemory, ignoringTabu: Bool = false) -> SqueezeStep? {
        let m = problem.territoryCount
        var violated = [Bool](repeating: false, count: m)
        var outside: [Int] = []
        for t in 0..<m where violation[t] > Self.feasible {
            violated[t] = true
            outside.append(t)
        }
        let total = totalViolation, step = memory.step, aspiration = ignoringTabu ? .infinity : memory.aspiration
        let dearest = memory.dearest + 1e-9
        var best: SqueezeStep?
        var evaluated = 0
        defer { memory.work += evaluated }
        func consider(_ a: Int, _ target: Int, _ b: Int, _ bTarget: Int, _ change: Double) {
            evaluated += 1
            if memory.tabuUntil[a] > step || (b >= 0 && memory.tabuUntil[b] > step) {
                guard total + change < aspiration - 1e-12 else { return }
            }
            if let current = best, change > current.violation + 1e-12 { return }
            // The cost (a distance) only for a step at least as good as the best so far.
            let costA = problem.cost(a, target), costB = b >= 0 ? problem.cost(b, bTarget) : 0
            guard costA <= dearest, costB <= dearest else { return }
            var cost = costA - problem.cost(a, Int(owner[a]))
            if b >= 0 { cost += costB - problem.cost(b, Int(owner[b])) }
            if let current = best, change >= current.violation - 1e-12, cost >= current.cost - 1e-12 { return }
            best = SqueezeStep(account: a, target: target, other: b, otherTarget: bTarget, violation: change, cost: cost)
        }
        for a in moved {
            let u = Int(owner[a]), home = Int(problem.baseline[a])
            let p = problem.potential[a], w = problem.workload[a]
            // Relocate: from a territory outside its band anywhere, or anywhere into one.
            if violated[u] {
                for v in relocationTargets(a, from: u, home: home) where v != u && problem.eligible(a, v) {
                    consider(a, v, -1, -1, transfer(from: u, to: v, p, w))
                }
            } else {
                for v in outside where problem.eligible(a, v) {
                    consider(a, v, -1, -1, transfer(from: u, to: v, p, w))
                }
            }
            // Substitute: a goes home, c of the same territory of today takes its place.
            if violated[u] || violated[home], problem.eligible(a, home) {
                for member in members[home] {
                    let c = Int(member)
                    guard !problem.fixed[c], owner[c] == problem.baseline[c], problem.eligible(c, u) else { continue }
                    consider(a, home, c, u, transfer(from: home, to: u, problem.potential[c] - p, problem.workload[c] - w))
                }
            }
            // Exchange: a and b trade territories.
            if violated[u] {
                for b in moved {
                    let v = Int(owner[b])
                    guard v != u, problem.eligible(a, v), problem.eligible(b, u) else { continue }
                    consider(a, v, b, u, transfer(from: u, to: v, p - problem.potential[b], w - problem.workload[b]))
                }
            }
        }
        return best
    }

    private func relocationTargets(_ a: Int, from u: Int, home: Int) -> [Int] {
        let members = problem.groupMembers[Int(problem.group[u])]
        if members.count <= Self.fullRelocationGroup { return members.map(Int.init) }
        return [home] + problem.neighbours[u].map(Int.init) + problem.neighbours[home].map(Int.init)
    }
}
