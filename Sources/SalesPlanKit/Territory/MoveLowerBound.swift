/// A certified lower bound on the number of moves any alignment inside the band needs.
///
/// Every move takes one account out of one territory and puts it into one other. A territory
/// above its band must lose at least as many accounts as it takes to come down when its largest
/// movable accounts leave first (any fewer accounts weigh less); a territory below its band must
/// gain at least as many as it takes when the largest accounts that may join it arrive first.
/// So moves ≥ Σ needed departures and moves ≥ Σ needed arrivals. Each territory's count is the
/// largest over potential, workload and capacity, and over weighted blends of the two when a
/// territory is outside both (the same accounts must carry both). Arrivals are also bounded for a group as a
/// whole: the group's total shortfall needs at least as many accounts as the largest movable
/// accounts that cover it. Ignoring distance limits and counting accounts that have no territory
/// today as free only lowers the counts, so the bound stays valid.
public enum MoveLowerBound {
    /// The bound, or nil when some territory cannot meet its band at all (the causes say why).
    public static func compute(_ problem: BalancingProblem) -> Int? {
        counts(problem)?.bound
    }

    /// The bound with its parts: the accounts each territory must at least lose and gain.
    struct Counts {
        var departures: [Int]
        var arrivals: [Int]
        var bound: Int
    }

    static func counts(_ problem: BalancingProblem) -> Counts? {
        let m = problem.territoryCount
        var owned = Array(repeating: [Int](), count: m)
        var totalsP = Array(repeating: 0.0, count: m), totalsW = Array(repeating: 0.0, count: m)
        for a in 0..<problem.accountCount where problem.initial[a] >= 0 {
            let t = Int(problem.initial[a])
            owned[t].append(a)
            totalsP[t] += problem.potential[a]
            totalsW[t] += problem.workload[a]
        }
        // Movable accounts by class, largest potential (and workload) first.
        let free = (0..<problem.accountCount).filter { problem.initial[$0] < 0 && !problem.options.countNewAccountsAsMoves }
        let movable = (0..<problem.accountCount).filter { !problem.fixed[$0] && problem.initial[$0] >= 0 || problem.options.countNewAccountsAsMoves && problem.initial[$0] < 0 }
        let byPotential = movable.sorted { problem.potential[$0] > problem.potential[$1] }
        let byWorkload = movable.sorted { problem.workload[$0] > problem.workload[$1] }

        var departures = 0, arrivals = 0
        var leave = Array(repeating: 0, count: m), join = Array(repeating: 0, count: m)
        var shortfall = Array(repeating: 0.0, count: problem.bands.count)
        for t in 0..<m {
            let band = problem.bands[Int(problem.group[t])]
            let leaving = owned[t].filter { !problem.fixed[$0] }
            var out = 0
            guard let p = fewestToShed(totalsP[t] - band.potential.upperBound, leaving.map { problem.potential[$0] }),
                  let w = fewestToShed(totalsW[t] - min(band.workload?.upperBound ?? .infinity, problem.capacity[t]),
                                       leaving.map { problem.workload[$0] })
            else { return nil }
            out = max(p, w)
            // Over in both potential and workload: the same accounts must shed both.
            out = max(out, jointFewest(totalsP[t] - band.potential.upperBound,
                                       totalsW[t] - min(band.workload?.upperBound ?? .infinity, problem.capacity[t]),
                                       leaving, problem.potential, problem.workload))
            departures += out
            leave[t] = out

            let allowedHere = { (a: Int) in problem.initial[a] != Int32(t) && problem.allowed[Int(problem.accountClass[a]) * m + t] }
            let freeP = free.filter(allowedHere).reduce(0.0) { $0 + problem.potential[$1] }
            let freeW = free.filter(allowedHere).reduce(0.0) { $0 + problem.workload[$1] }
            let needP = band.potential.lowerBound - totalsP[t] - freeP
            let needW = (band.workload?.lowerBound ?? -.infinity) - totalsW[t] - freeW
            guard let inP = fewestToGain(needP, byPotential, problem.potential, allowedHere),
                  let inW = fewestToGain(needW, byWorkload, problem.workload, allowedHere)
            else { return nil }
            var into = max(inP, inW)
            // Under in both: the same arrivals must bring both (skipped on large instances).
            if needP > 1e-9, needW > 1e-9, movable.count * m <= 50_000_000 {
                into = max(into, jointFewest(needP, needW, movable.filter(allowedHere), problem.potential, problem.workload))
            }
            arrivals += into
            join[t] = into
            if needP > 0 { shortfall[Int(problem.group[t])] += needP }
        }
        var grouped = 0
        for g in problem.bands.indices where shortfall[g] > 0 {
            let members = Set(problem.groupMembers[g].map(Int.init))
            let inGroup = { (a: Int) in
                let c = Int(problem.accountClass[a]) * m
                return members.contains { problem.allowed[c + $0] }
            }
            grouped += fewestToGain(shortfall[g], byPotential, problem.potential, inGroup) ?? 0
        }
        return Counts(departures: leave, arrivals: join, bound: max(departures, arrivals, grouped))
    }

    /// The fewest of `accounts` whose potentials sum to `needP` and workloads to `needW` at once:
    /// any such set also has Σ λ·p/needP + (1−λ)·w/needW ≥ 1 for every λ in [0, 1], so the fewest
    /// accounts, largest score first, that reach 1 is a bound for each λ; the best of λ = 0.1 … 0.9.
    /// 0 unless both are needed.
    static func jointFewest(_ needP: Double, _ needW: Double, _ accounts: [Int], _ potential: [Double], _ workload: [Double]) -> Int {
        guard needP > 1e-9, needW > 1e-9, needP.isFinite, needW.isFinite else { return 0 }
        var best = 0
        for step in 1...9 {
            let lambda = Double(step) / 10
            let scores = accounts.map { lambda * potential[$0] / needP + (1 - lambda) * workload[$0] / needW }.sorted(by: >)
            var sum = 0.0, count = 0
            for score in scores {
                if sum >= 1 - 1e-9 { break }
                sum += score
                count += 1
            }
            // Not reachable at all: the separate counts already say so (nil); keep what we have.
            if sum >= 1 - 1e-9 { best = max(best, count) }
        }
        return best
    }

    /// The fewest of `values` (any order) whose sum reaches `excess`; 0 if there is none to shed,
    /// nil if all of them together do not.
    static func fewestToShed(_ excess: Double, _ values: [Double]) -> Int? {
        guard excess > 1e-9 else { return 0 }
        var count = 0, removed = 0.0
        for value in values.sorted(by: >) {
            removed += value
            count += 1
            if removed >= excess - 1e-9 { return count }
        }
        return nil
    }

    /// The fewest accounts from `ranked` (largest first) that `accepts` whose `values` sum to `need`.
    static func fewestToGain(_ need: Double, _ ranked: [Int], _ values: [Double], _ accepts: (Int) -> Bool) -> Int? {
        guard need > 1e-9 else { return 0 }
        var count = 0, gained = 0.0
        for a in ranked where accepts(a) {
            gained += values[a]
            count += 1
            if gained >= need - 1e-9 { return count }
        }
        return nil
    }
}
