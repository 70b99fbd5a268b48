/// Local search after the construction: undo moves the band no longer needs, merge two moves
/// into one, substitute a cheaper account for a moved one and send a moved account to a nearer
/// territory, each only when no territory ends further outside its band. Every pass lowers the cost or leaves the alignment as it was, so
/// the search ends.
extension AlignmentState {
    /// Runs the passes until none improves or the deadline passes.
    mutating func improve(deadline: ContinuousClock.Instant) {
        var improved = true
        while improved, ContinuousClock.now < deadline {
            improved = returnHome()
            if problem.options.objective == .fewestMoves || problem.options.objective == .minDeviation {
                improved = mergePairs(deadline: deadline) || improved
            }
            improved = substitute(deadline: deadline) || improved
            improved = retarget(deadline: deadline) || improved
        }
    }

    /// The passes of `improve` but merging, after the squeeze: its moves are as few as it could
    /// make them, and what is left is shortening them (merging costs most on large instances).
    mutating func polish(deadline: ContinuousClock.Instant) {
        var improved = true
        while improved, ContinuousClock.now < deadline {
            improved = returnHome()
            improved = substitute(deadline: deadline) || improved
            improved = retarget(deadline: deadline) || improved
        }
    }

    /// The change in total violation and cost if each listed account moved to its new owner.
    func delta(_ changes: [(account: Int, to: Int)]) -> (violation: Double, cost: Double) {
        var touched: [(t: Int, p: Double, w: Double)] = []
        touched.reserveCapacity(changes.count * 2)
        func adjust(_ t: Int, _ p: Double, _ w: Double) {
            if let index = touched.firstIndex(where: { $0.t == t }) {
                touched[index].p += p
                touched[index].w += w
            } else {
                touched.append((t, p, w))
            }
        }
        var cost = 0.0
        for change in changes {
            let a = change.account, from = Int(owner[a])
            if from >= 0 { adjust(from, -problem.potential[a], -problem.workload[a]); cost -= problem.cost(a, from) }
            adjust(change.to, problem.potential[a], problem.workload[a])
            cost += problem.cost(a, change.to)
        }
        var violationChange = 0.0
        for entry in touched {
            violationChange += violationOf(entry.t, potential[entry.t] + entry.p, workload[entry.t] + entry.w) - violation[entry.t]
        }
        return (violationChange, cost)
    }

    /// Moves accounts back to their owner of today wherever the band allows.
    mutating func returnHome() -> Bool {
        var changed = false
        for a in owner.indices {
            let home = Int(problem.baseline[a])
            guard home >= 0, owner[a] != problem.baseline[a], problem.eligible(a, home) else { continue }
            let change = delta([(a, home)])
            if change.violation <= Self.feasible, change.cost < -1e-12 {
                move(a, to: home)
                changed = true
            }
        }
        return changed
    }

    /// Replaces two accounts moved out of the same territory (or into the same territory) by one
    /// account of about their combined size: one relationship broken instead of two.
    mutating func mergePairs(deadline: ContinuousClock.Instant) -> Bool {
        var outgoing = Array(repeating: [Int](), count: problem.territoryCount)
        var incoming = Array(repeating: [Int](), count: problem.territoryCount)
        for a in owner.indices where problem.baseline[a] >= 0 && owner[a] != problem.baseline[a] {
            outgoing[Int(problem.baseline[a])].append(a)
            incoming[Int(owner[a])].append(a)
        }
        var changed = false
        for t in 0..<problem.territoryCount {
            if ContinuousClock.now >= deadline { break }
            changed = mergeOne(Array(outgoing[t].prefix(48))) || changed
            changed = mergeOne(Array(incoming[t].prefix(48))) || changed
        }
        return changed
    }

    /// Tries every pair of `moved` accounts (still moved) for a single replacement move from one
    /// of their owners of today to one of their current territories.
    private mutating func mergeOne(_ moved: [Int]) -> Bool {
        guard moved.count >= 2 else { return false }
        var used = Set<Int>()
        var changed = false
        for i in moved.indices {
            for j in (i + 1)..<moved.count {
                let a = moved[i], b = moved[j]
                guard !used.contains(a), !used.contains(b),
                      owner[a] != problem.baseline[a], owner[b] != problem.baseline[b] else { continue }
                let homes = Set([Int(problem.baseline[a]), Int(problem.baseline[b])]).sorted()
                let targets = Set([Int(owner[a]), Int(owner[b])]).sorted()
                var found: (account: Int, target: Int, violation: Double)?
                for source in homes {
                    for member in members[source] {
                        let c = Int(member)
                        guard c != a, c != b, !problem.fixed[c], owner[c] == problem.baseline[c] else { continue }
                        for target in targets where target != source && problem.eligible(c, target) {
                            let change = delta([(a, Int(problem.baseline[a])), (b, Int(problem.baseline[b])), (c, target)])
                            guard change.violation <= Self.feasible, change.cost < -1e-12 else { continue }
                            if found == nil || change.violation < found!.violation { found = (c, target, change.violation) }
                        }
                    }
                }
                if let found {
                    move(a, to: Int(problem.baseline[a]))
                    move(b, to: Int(problem.baseline[b]))
                    move(found.account, to: found.target)
                    used.formUnion([a, b, found.account])
                    changed = true
                }
            }
        }
        return changed
    }

    /// Swaps a moved account for a cheaper one from the same territory of today (less potential
    /// moved, a shorter move, or a shorter distance from scratch).
    mutating func substitute(deadline: ContinuousClock.Instant) -> Bool {
        var changed = false
        for a in owner.indices where problem.baseline[a] >= 0 && owner[a] != problem.baseline[a] {
            if a & 255 == 0, ContinuousClock.now >= deadline { break }
            let home = Int(problem.baseline[a]), target = Int(owner[a])
            guard problem.eligible(a, home) else { continue }
            var best: (account: Int, cost: Double)?
            for member in members[home] {
                let c = Int(member)
                guard c != a, !problem.fixed[c], owner[c] == problem.baseline[c], problem.eligible(c, target) else { continue }
                let change = delta([(a, home), (c, target)])
                guard change.violation <= Self.feasible, change.cost < -1e-9 else { continue }
                if best == nil || change.cost < best!.cost { best = (c, change.cost) }
            }
            if let best {
                move(a, to: home)
                move(best.account, to: target)
                changed = true
            }
        }
        return changed
    }
}
