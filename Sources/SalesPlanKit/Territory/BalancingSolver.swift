/// Territory balancing: a construction (shed the largest accounts of every territory above its
/// band and place them where they fill a shortfall nearby, or relieve the territory furthest
/// outside its band move by move), a repair of what is left, then local search that undoes,
/// merges, substitutes and retargets moves, from several independent starts (the first of each
/// construction without noise, the others with seeded tie-breaking noise); then, for fewest
/// moves, the squeeze of the best start: undo a move and search for an alignment inside the band
/// with that many (``AlignmentState/squeeze(bound:limits:seed:deadline:)``), which takes the
/// answer down to the bound where the local search stops a few moves above it.
///
/// The set of starts depends only on the problem size, and each start is deterministic, so the
/// same scenario and seed give the same answer on any number of threads, unless the time limit
/// cuts the search short (``BalancingResult/stoppedByTimeLimit`` says so).
public enum BalancingSolver {
    /// `progress` is called with a fraction of the time limit used, for a progress bar.
    public static func solve(_ problem: BalancingProblem) -> BalancingResult {
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = started + .milliseconds(Int64(problem.options.timeLimit * 1000))
        var solved: Outcome
        let final: BalancingProblem
        var exact: ExactBalancing.Outcome?
        if problem.options.objective == .minDeviation {
            (final, solved) = minimiseDeviation(problem, deadline: deadline)
        } else if problem.options.exact {
            // The search first (a tenth of the time): when its moves meet the bound it is already
            // optimal; otherwise GLPK starts from it and has the rest of the time to beat or prove it.
            final = problem
            let searched = search(problem, deadline: started + .milliseconds(Int64(problem.options.timeLimit * 100)))
            if searched.state.isFeasible, problem.costIsMoveCount, MoveLowerBound.compute(problem) == searched.state.moves {
                exact = ExactBalancing.Outcome(status: .optimal, assignment: searched.state.owner, objective: searched.state.cost)
                solved = searched
            } else {
                let used = clock.now - started
                let left = problem.options.timeLimit - Double(used.components.seconds) - Double(used.components.attoseconds) * 1e-18
                exact = ExactBalancing.solve(problem, seconds: max(left, 1),
                                             incumbent: searched.state.isFeasible ? searched.state.owner : nil)
                solved = searched
                if let assignment = exact?.assignment {
                    let state = AlignmentState(problem: problem, start: assignment)
                    if state.isFeasible, state.isBetter(than: searched.state) || exact?.status == .optimal {
                        solved = Outcome(state: state, starts: searched.starts, cut: exact?.status == .feasible)
                    }
                }
            }
        } else {
            final = problem
            solved = search(problem, deadline: deadline)
        }
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        var result = assemble(final, solved, seconds: seconds, exact: exact?.status)
        result.exact = exact?.status
        return result
    }

    struct Outcome: Sendable {
        var state: AlignmentState
        var starts: Int
        var cut: Bool
    }

    /// Independent starts: on up to 20,000 accounts 8 move-by-move and 4 shed-largest, up to
    /// 100,000 one of each, above that one shed-largest.
    static func startCount(accounts: Int) -> (moveByMove: Int, shed: Int) {
        accounts <= 20_000 ? (8, 4) : accounts <= 100_000 ? (1, 1) : (0, 1)
    }

    static func search(_ problem: BalancingProblem, deadline: ContinuousClock.Instant) -> Outcome {
        let (moveByMove, shed) = startCount(accounts: problem.accountCount)
        let count = moveByMove + shed
        let origin = problem.options.objective == .fromScratch ? problem.baseline : problem.initial
        let states = StartPool.run(count: count, threads: problem.options.threads) { start in
            // Move-by-move start k uses noise stream k (none for the first); shed-largest start j
            // stream 1,000 + j (none for the first).
            let shedding = start >= moveByMove
            let index = shedding ? start - moveByMove : start
            var noise: [Double] = []
            if index > 0 {
                var random = SplitMix64(seed: problem.options.seed, stream: UInt64(shedding ? 1_000 + index : index))
                noise = (0..<problem.accountCount).map { _ in 0.9 + 0.2 * random.unit() }
            }
            var state = AlignmentState(problem: problem, start: origin)
            state.placeUnassigned()
            if shedding { state.shedAndPlace(noise: noise) }
            state.repair(noise: noise, deadline: deadline)
            state.improve(deadline: deadline)
            return state
        }
        var best = states[0]
        for state in states.dropFirst() where state.isBetter(than: best) { best = state }
        // Fewer moves than the starts found, at a fixed count (fewest-moves: the count is what
        // the squeeze lowers), then shorter moves for those left.
        if problem.options.objective == .fewestMoves, best.isFeasible, let bound = MoveLowerBound.counts(problem),
           best.moves > bound.bound, best.squeeze(bound: bound, seed: problem.options.seed, deadline: deadline) {
            best.polish(deadline: deadline)
        }
        return Outcome(state: best, starts: count, cut: ContinuousClock.now >= deadline)
    }

    /// The smallest tolerance reachable within the move budget, by bisection: each step solves
    /// fewest-moves at the middle tolerance and keeps it if the moves fit the budget.
    static func minimiseDeviation(_ problem: BalancingProblem, deadline: ContinuousClock.Instant) -> (BalancingProblem, Outcome) {
        let budget = problem.options.maxMoves ?? 0
        var options = problem.options
        options.objective = .fewestMoves
        let today = TerritoryMetrics(problem: problem, assignment: problem.initial)
        var high = min(max(today.maxDeviation, 1e-4) + 1e-9, 0.999), low = 0.0
        options.tolerance = high
        var bestProblem = (try? BalancingProblem(scenario: problem.scenario, options: options)) ?? problem
        var best = Outcome(state: AlignmentState(problem: bestProblem, start: bestProblem.initial), starts: 1, cut: false)
        best.state.placeUnassigned()
        var steps = 0
        while steps < 14, high - low > 1e-4, ContinuousClock.now < deadline {
            steps += 1
            options.tolerance = (low + high) / 2
            guard let candidate = try? BalancingProblem(scenario: problem.scenario, options: options) else { break }
            let outcome = search(candidate, deadline: deadline)
            if outcome.state.isFeasible && outcome.state.moves <= budget {
                high = options.tolerance
                bestProblem = candidate
                best = Outcome(state: outcome.state, starts: best.starts + outcome.starts, cut: outcome.cut)
            } else {
                low = options.tolerance
                best.starts += outcome.starts
                best.cut = best.cut || outcome.cut
            }
        }
        return (bestProblem, best)
    }

    static func assemble(_ problem: BalancingProblem, _ outcome: Outcome, seconds: Double,
                         exact: ExactBalancing.Status? = nil) -> BalancingResult {
        let state = outcome.state
        let before = TerritoryMetrics(problem: problem, assignment: problem.initial)
        let after = TerritoryMetrics(problem: problem, assignment: state.owner)
        let tolerance = problem.options.tolerance
        var moves: [BalancingResult.Move] = []
        var potentialMoved = 0.0
        for a in state.owner.indices where state.owner[a] != problem.initial[a] {
            let from = Int(problem.initial[a]), to = Int(state.owner[a])
            if from >= 0 { potentialMoved += problem.potential[a] }
            moves.append(BalancingResult.Move(account: a, from: from, to: to, distanceKm: problem.distanceKm(a, to),
                                              reason: reason(from: from, to: to, before: before, after: after, tolerance: tolerance)))
        }
        moves.sort { ($0.from, -problem.potential[$0.account], $0.account) < ($1.from, -problem.potential[$1.account], $1.account) }
        var causes = InfeasibilityCause.diagnose(problem)
        if !state.isFeasible && causes.isEmpty {
            causes = [InfeasibilityCause(kind: .noneFound, territory: nil, message:
                "no alignment inside the band was found\(outcome.cut ? " before the time limit" : ""); none is proven impossible: allow more time or widen the band")]
        }
        if exact == .infeasible {
            causes.removeAll { $0.kind == .noneFound }
            causes.append(InfeasibilityCause(kind: .provenInfeasible, territory: nil, message:
                "the exact MIP (GLPK) proves that no alignment meets every band and limit"))
        }
        if state.isFeasible { causes = [] }
        var bound = state.isFeasible || causes.allSatisfy({ $0.kind == .noneFound }) ? MoveLowerBound.compute(problem) : nil
        // A proven optimum of the move count is itself the best bound.
        if exact == .optimal, problem.costIsMoveCount, state.isFeasible { bound = max(bound ?? 0, state.moves) }
        return BalancingResult(
            problem: problem, assignment: state.owner, before: before, after: after, moves: moves,
            moveCount: state.moves, potentialMoved: potentialMoved, feasible: state.isFeasible, causes: causes,
            lowerBound: bound,
            tolerance: tolerance, solveSeconds: seconds, starts: outcome.starts, stoppedByTimeLimit: outcome.cut)
    }

    /// In words, which band the move brings closer: the territory it relieves or fills.
    static func reason(from: Int, to: Int, before: TerritoryMetrics, after: TerritoryMetrics, tolerance: Double) -> String {
        let index = { (rows: [TerritoryMetrics.Row], t: Int) in String(format: "%.0f", rows[t].index) }
        guard from >= 0 else { return "new account, placed in \(before.rows[to].id)" }
        let source = before.rows[from], target = before.rows[to]
        if source.deviation > tolerance {
            return "relieves \(source.id) (index \(index(before.rows, from)) → \(index(after.rows, from)))"
        }
        if target.deviation < -tolerance {
            return "fills \(target.id) (index \(index(before.rows, to)) → \(index(after.rows, to)))"
        }
        if source.workloadDeviation > target.workloadDeviation {
            return "evens workload between \(source.id) and \(target.id)"
        }
        return "rebalances \(source.id) → \(target.id)"
    }
}

extension BalancingSolver {
    /// Today's alignment measured, without any search (`--report-only`).
    public static func measure(_ problem: BalancingProblem) -> BalancingResult {
        let state = AlignmentState(problem: problem, start: problem.initial)
        return assemble(problem, Outcome(state: state, starts: 0, cut: false), seconds: 0)
    }
}
