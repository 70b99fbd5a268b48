/// The squeeze: fewer moves by searching at a fixed number of moves.
///
/// The construction and the local search only ever take a step that keeps every territory inside
/// its band, so they stop where no single undo, merge or substitution fits, often a few moves
/// above the bound. The squeeze instead undoes one move on purpose (a territory falls outside its
/// band) and then looks for an alignment inside the band with that many moves, by tabu search on
/// the total violation over steps that never add a move: send a moved account elsewhere, move
/// another account of the same territory of today in its place, or let two moved accounts trade
/// territories. When the band holds again it undoes the next move; the best alignment inside the
/// band it met is the answer.
///
/// Which move to undo matters most: one from a territory that loses more accounts than the bound
/// says it must (and into one that gains more than it must), since there the bound's count is met
/// by fewer moves; when the search is stuck it returns to the last alignment inside the band and
/// undoes another. Every step is chosen by a fixed rule and the work is counted, not timed, so
/// the answer depends only on the problem and the seed (the deadline only cuts a run short).
extension AlignmentState {
    struct SqueezeLimits {
        /// Steps without a new least violation before the search undoes another move instead.
        /// A repair that works takes a few steps (1–4 on 5,000 × 50, at most 167 on the
        /// generated instances tried), one that does not rarely improves after a hundred.
        var patience = 300
        /// Different moves undone from the same alignment before the search gives up.
        var undos = 8
        /// Steps in all.
        var iterations = 60_000
        /// Candidate steps weighed in all (10–25 ns each): bounds the time on large instances
        /// whatever the neighbourhood's size, about 2–5 s at most.
        var work = 200_000_000
    }

    /// Returns whether the alignment changed (fewer moves, or as many for less cost). Stops at
    /// the bound's moves (none fewer exists). The best alignment inside the band by cost (moves,
    /// with the distance weight), then by moves, is the result.
    @discardableResult
    mutating func squeeze(bound: MoveLowerBound.Counts, limits: SqueezeLimits = .init(), seed: UInt64,
                          deadline: ContinuousClock.Instant) -> Bool {
        guard isFeasible, moves > bound.bound else { return false }
        let start = owner
        var best = owner, bestMoves = moves, bestCost = cost
        // The last alignment inside the band, and the undos already tried from it.
        var level = owner
        var tried: Set<Int> = []
        var random = SplitMix64(seed: seed, stream: 7_919)
        var moved = movedAccounts()
        let dearest = moved.items.reduce(1.0) { max($0, problem.cost($1, Int(owner[$1]))) }
        var memory = SqueezeMemory(tabuUntil: Array(repeating: 0, count: owner.count), dearest: dearest)

        var stall = 0
        while memory.step < limits.iterations, memory.work < limits.work {
            if memory.step & 63 == 0, ContinuousClock.now >= deadline { break }
            if totalViolation <= Self.feasible {
                if cost < bestCost - 1e-9 || (cost <= bestCost + 1e-9 && moves < bestMoves) {
                    (best, bestMoves, bestCost) = (owner, moves, cost)
                }
                if moves <= bound.bound { break }
                level = owner
                tried = []
            } else if stall > limits.patience {
                // Stuck: back to the last alignment inside the band, to undo another move.
                guard tried.count < limits.undos else { break }
                self = AlignmentState(problem: problem, start: level)
                moved = movedAccounts()
            } else {
                memory.step += 1
                // When every step is tabu (a small neighbourhood), the best of them all: the
                // patience ends a cycle.
                guard let chosen = bestStep(moved: moved.items, memory: &memory)
                    ?? bestStep(moved: moved.items, memory: &memory, ignoringTabu: true)
                else {
                    stall = limits.patience + 1
                    continue
                }
                apply(chosen.changes, moved: &moved)
                let tenure = 5 + Int(random.next() % 10)
                for change in chosen.changes { memory.tabuUntil[change.account] = memory.step + tenure }
                if totalViolation < memory.aspiration - 1e-12 {
                    memory.aspiration = totalViolation
                    stall = 0
                } else {
                    stall += 1
                }
                continue
            }
            guard let undo = cheapestUndo(moved.items, needed: bound, excluding: tried) else { break }
            tried.insert(undo)
            apply([(undo, Int(problem.baseline[undo]))], moved: &moved)
            memory.aspiration = totalViolation
            stall = 0
        }
        guard best != start else {
            if owner != start { self = AlignmentState(problem: problem, start: start) }
            return false
        }
        self = AlignmentState(problem: problem, start: best)
        return true
    }

    /// Accounts away from their owner of today (the moves the squeeze may rearrange).
    @inline(__always) func isMovedAway(_ a: Int) -> Bool {
        problem.baseline[a] >= 0 && owner[a] != problem.baseline[a]
    }

    /// Every account away from its owner of today.
    private func movedAccounts() -> MovedSet {
        var moved = MovedSet(count: owner.count)
        for a in owner.indices where isMovedAway(a) { moved.insert(a) }
        return moved
    }

    private mutating func apply(_ changes: [(account: Int, to: Int)], moved: inout MovedSet) {
        for change in changes {
            move(change.account, to: change.to)
            if isMovedAway(change.account) { moved.insert(change.account) } else { moved.remove(change.account) }
        }
    }

    /// The move to undo: from a territory of today that loses more accounts than it needs to
    /// (or into one that gains more than it needs) first, since the bound's count there is met
    /// by fewer; then the one whose return home adds the least violation, then saves the most cost.
    private func cheapestUndo(_ moved: [Int], needed: MoveLowerBound.Counts, excluding tried: Set<Int>) -> Int? {
        var leaving = Array(repeating: 0, count: problem.territoryCount), joining = leaving
        for a in moved {
            leaving[Int(problem.baseline[a])] += 1
            joining[Int(owner[a])] += 1
        }
        var best: (account: Int, surplus: Bool, violation: Double, cost: Double)?
        for a in moved where !tried.contains(a) {
            let home = Int(problem.baseline[a]), now = Int(owner[a])
            guard problem.eligible(a, home) else { continue }
            let surplus = leaving[home] > needed.departures[home] && joining[now] > needed.arrivals[now]
            let change = transfer(from: now, to: home, problem.potential[a], problem.workload[a])
            let saved = problem.cost(a, now) - problem.cost(a, home)
            if let current = best {
                if current.surplus && !surplus { continue }
                if current.surplus == surplus {
                    if change > current.violation + 1e-12 { continue }
                    if abs(change - current.violation) <= 1e-12, saved <= current.cost { continue }
                }
            }
            best = (a, surplus, change, saved)
        }
        return best?.account
    }

    /// The change in total violation when `p` and `w` pass from territory `x` to territory `y`.
    @inline(__always) func transfer(from x: Int, to y: Int, _ p: Double, _ w: Double) -> Double {
        violationOf(x, potential[x] - p, workload[x] - w) - violation[x]
            + violationOf(y, potential[y] + p, workload[y] + w) - violation[y]
    }
}
