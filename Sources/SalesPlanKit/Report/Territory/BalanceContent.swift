/// The tables and sentences every format of a balancing report shares (terminal, Markdown,
/// HTML), built once so that they cannot disagree.
public struct BalanceContent: Sendable {
    public let result: BalancingResult
    /// Whether the search ran (false for `--report-only`: today's alignment, measured).
    public let optimised: Bool

    public init(_ result: BalancingResult, optimised: Bool) {
        self.result = result
        self.optimised = optimised
    }

    private var problem: BalancingProblem { result.problem }
    private func money(_ value: Double) -> String { NumberText.money(value, currency: problem.scenario.currency) }
    private func percent(_ value: Double) -> String { NumberText.percent(value) }

    public var settingsSentence: String {
        let options = problem.options
        var parts = ["\(NumberText.grouped(problem.accountCount)) accounts in \(problem.territoryCount) territories"]
        if !options.keepWithin.isEmpty {
            parts.append("\(problem.bands.count) group\(problem.bands.count == 1 ? "" : "s") (keep within \(options.keepWithin.map(\.rawValue).joined(separator: ", ")))")
        }
        parts.append("potential within ±\(percent(result.tolerance)) of the mean")
        if let workload = options.workloadTolerance { parts.append("workload within ±\(percent(workload))") }
        if let distance = options.maxDistanceKm { parts.append("at most \(NumberText.grouped(distance)) km from home base") }
        if problem.capacity.contains(where: \.isFinite) { parts.append("capacity hours respected") }
        if optimised {
            parts.append("objective \(options.objective.rawValue)\(options.maxMoves.map { " (at most \($0) moves)" } ?? "")")
            if options.objective != .fromScratch, options.distanceWeight > 0, problem.accountPoint.contains(where: { $0 != nil }) {
                parts.append("moves beyond \(NumberText.grouped(problem.reachKm.rounded())) km weighted \(NumberText.plain(options.distanceWeight)) per reach")
            }
            if options.exact { parts.append("exact MIP (GLPK)") }
            parts.append("seed \(options.seed)")
        }
        return parts.joined(separator: "; ")
    }

    /// Balance before and after, the way practitioners and academics read it.
    public var balanceTable: TextTable {
        let before = result.before, after = result.after
        var rows: [[String]] = [
            ["Max deviation of potential", percent(before.maxDeviation), percent(after.maxDeviation)],
            ["Coefficient of variation", percent(before.coefficientOfVariation), percent(after.coefficientOfVariation)],
        ]
        for (index, level) in TerritoryMetrics.shareLevels.enumerated() {
            rows.append(["Territories within ±\(Int(level * 100)) %", percent(before.shareWithin[index]), percent(after.shareWithin[index])])
        }
        rows.append(["Max deviation of workload", percent(before.maxWorkloadDeviation), percent(after.maxWorkloadDeviation)])
        return TextTable(header: ["", "Before", optimised ? "After" : "(not optimised)"], rows: rows)
    }

    public var verdict: String {
        if result.feasible {
            return optimised ? "Every territory is inside the band." : "Today's alignment is inside the band."
        }
        return optimised
            ? "The band cannot be met: the best alignment found reaches a max deviation of \(percent(result.after.maxDeviation)) with \(NumberText.grouped(result.moveCount)) moves."
            : "Today's alignment is outside the band (max deviation \(percent(result.before.maxDeviation)))."
    }

    public var moveLines: [String] {
        guard optimised else { return [] }
        let total = problem.potential.reduce(0, +)
        let assigned = problem.initial.filter { $0 >= 0 }.count
        var lines = [
            "Moves: \(NumberText.grouped(result.moveCount)) accounts, \(money(result.potentialMoved)) of potential (\(percent(total > 0 ? result.potentialMoved / total : 0))); relationships kept: \(NumberText.grouped(result.relationshipsKept)) of \(NumberText.grouped(assigned)) (\(percent(assigned > 0 ? Double(result.relationshipsKept) / Double(assigned) : 1))).",
        ]
        if let bound = result.lowerBound {
            let gap = result.gap.map { "gap \(percent($0)) (moves ÷ bound − 1)" } ?? "no gap: the band is not met"
            lines.append("Lower bound: no alignment inside the band moves fewer than \(NumberText.grouped(bound)) accounts; \(gap).")
        }
        if let exact = result.exact {
            let said: String = switch exact {
            case .optimal: "the exact MIP (GLPK) proves this alignment optimal for the objective"
            case .feasible: "the exact MIP (GLPK) stopped at the time limit with this alignment, not proven optimal"
            case .infeasible: "the exact MIP (GLPK) proves that no alignment meets every band and limit"
            case .noneFound: "the exact MIP (GLPK) found no alignment in the time limit; this is the search's answer"
            }
            lines.append("Exact: \(said).")
        }
        lines.append("Solved in \(String(format: "%.2f", result.solveSeconds)) s, \(result.starts) start\(result.starts == 1 ? "" : "s")\(result.stoppedByTimeLimit ? "; stopped by the time limit" : "").")
        return lines
    }

    /// Territories by index before, most over first, with their index after.
    public func territoryTable(limit: Int? = nil) -> TextTable {
        let order = result.before.rows.indices.sorted {
            let a = result.before.rows[$0].deviation, b = result.before.rows[$1].deviation
            return a != b ? a > b : $0 < $1
        }
        let chosen = limit.map { Array(order.prefix($0)) } ?? order
        let rows = chosen.map { t -> [String] in
            let old = result.before.rows[t], new = result.after.rows[t]
            return [old.id, NumberText.grouped(old.accounts), NumberText.grouped(new.accounts), money(old.potential),
                    money(new.potential), String(format: "%.0f", old.index), String(format: "%.0f", new.index),
                    NumberText.grouped(old.workloadHours.rounded()), NumberText.grouped(new.workloadHours.rounded()),
                    new.meanDistanceKm.map { NumberText.grouped($0.rounded()) } ?? "–"]
        }
        return TextTable(header: ["Territory", "Accts before", "after", "Potential before", "after", "Index before", "after",
                                  "Hours before", "after", "Mean km after"], rows: rows)
    }

    public func moveTable(limit: Int) -> TextTable {
        let territories = problem.scenario.territories
        let rows = result.moves.prefix(limit).map { move -> [String] in
            let account = problem.scenario.accounts[move.account]
            return [account.id, move.from >= 0 ? territories[move.from].id : "–", territories[move.to].id,
                    money(account.potential), move.distanceKm.map { NumberText.grouped($0.rounded()) } ?? "–", move.reason]
        }
        return TextTable(header: ["Account", "From", "To", "Potential", "km", "Reason"], rows: rows, rightAligned: [3, 4])
    }

    public static let methodNote = """
        Each territory's index is 100 × its potential ÷ the mean potential of the territories it is compared \
        with (all of them, or those sharing the kept segment/region/vertical). The search relieves the \
        territory furthest outside the band with the move that removes the most excess per move, neighbours \
        first; then undoes moves the band no longer needs, merges two moves into one and swaps moved accounts \
        for cheaper ones. The lower bound counts, for every territory outside the band, the fewest accounts \
        (largest first) that must leave or join it: no alignment inside the band can move fewer.
        """
}
