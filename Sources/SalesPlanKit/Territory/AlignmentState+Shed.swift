/// The construction that aims at the lower bound, and a pass that brings moved accounts nearer.
///
/// The bound counts, for every territory above its band, the fewest of its accounts (largest
/// first) whose departure brings it down. `shedAndPlace` does exactly that: each territory above
/// its band sheds its largest movable accounts, skipping any whose departure would take it below
/// the band, and the shed accounts, largest first, go where they fill a territory below its band
/// best for the distance, else to the cheapest territory they fit in. The repair and the local
/// search then fix what is left.
extension AlignmentState {
    mutating func shedAndPlace(noise: [Double]) {
        let m = problem.territoryCount
        var pending: [Int] = []
        for t in 0..<m where isOver(t) {
            let g = Int(problem.group[t])
            // Shed what is over: potential, else workload (band or capacity).
            let byPotential = potential[t] > problem.bands[g].potential.upperBound
            let value = byPotential ? problem.potential : problem.workload
            let candidates = members[t].map(Int.init).filter { !problem.fixed[$0] }
                .sorted { value[$0] != value[$1] ? value[$0] > value[$1] : $0 < $1 }
            var p = potential[t], w = workload[t]
            var current = violation[t]
            for a in candidates {
                if current <= Self.feasible { break }
                let after = violationOf(t, p - problem.potential[a], w - problem.workload[a])
                guard after < current - 1e-12 else { continue }
                p -= problem.potential[a]
                w -= problem.workload[a]
                current = after
                pending.append(a)
            }
        }
        pending.sort { problem.potential[$0] != problem.potential[$1] ? problem.potential[$0] > problem.potential[$1] : $0 < $1 }
        for a in pending {
            let source = Int(owner[a])
            var best = -1, bestRank = Double.infinity
            for peer in problem.groupMembers[Int(problem.group[source])] {
                let u = Int(peer)
                guard u != source, problem.eligible(a, u) else { continue }
                let joining = violationOf(u, potential[u] + problem.potential[a], workload[u] + problem.workload[a]) - violation[u]
                guard joining <= Self.feasible else { continue }
                // The share of the account that fills a shortfall: a full fill is worth one move.
                let need = max(0, problem.bands[Int(problem.group[u])].potential.lowerBound - potential[u])
                let fill = problem.potential[a] > 0 ? min(problem.potential[a], need) / problem.potential[a] : 0
                var rank = problem.cost(a, u) - fill - (joining < -Self.feasible && fill == 0 ? 0.5 : 0)
                if !noise.isEmpty { rank *= noise[a] }
                if rank < bestRank || (rank == bestRank && u < best) {
                    best = u
                    bestRank = rank
                }
            }
            if best >= 0 { move(a, to: best) }
        }
    }

    /// Sends each moved account to a nearer (cheaper) territory where the band allows: the same
    /// number of moves, shorter distances.
    mutating func retarget(deadline: ContinuousClock.Instant) -> Bool {
        var changed = false
        for a in owner.indices where problem.baseline[a] >= 0 && owner[a] != problem.baseline[a] {
            if a & 255 == 0, ContinuousClock.now >= deadline { break }
            let now = Int(owner[a]), home = Int(problem.baseline[a])
            let stay = problem.cost(a, now)
            guard stay > 1e-12 else { continue }
            var best: (target: Int, cost: Double)?
            for peer in problem.groupMembers[Int(problem.group[now])] {
                let u = Int(peer)
                guard u != now, u != home, problem.eligible(a, u) else { continue }
                let cost = problem.cost(a, u)
                guard cost < stay - 1e-9, best.map({ cost < $0.cost }) ?? true else { continue }
                let change = delta([(a, u)])
                guard change.violation <= Self.feasible else { continue }
                best = (u, cost)
            }
            if let best {
                move(a, to: best.target)
                changed = true
            }
        }
        return changed
    }
}
