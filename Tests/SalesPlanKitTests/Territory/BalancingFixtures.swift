@testable import SalesPlanKit

/// Small balancing instances built in code, with their answers worked out by hand.
enum BalancingFixtures {
    /// A scenario with the given territories and accounts and nothing else of note.
    static func scenario(territories: [Territory], accounts: [Account]) -> Scenario {
        Scenario(name: "balance test", goal: CompanyGoal(bookings: 1), simulation: SimulationSettings(yearTypes: []),
                 plans: [], sellers: [], territories: territories, accounts: accounts)
    }

    static func territories(_ ids: [String], segment: [String?]? = nil) -> [Territory] {
        ids.enumerated().map { index, id in Territory(id: id, name: id, segment: segment?[index]) }
    }

    /// Accounts `prefix-1…` of the given potentials in `territory`.
    static func accounts(_ prefix: String, in territory: String, _ potentials: [Double], locked: Bool = false,
                         segment: String? = nil) -> [Account] {
        potentials.enumerated().map { index, potential in
            Account(id: "\(prefix)-\(index + 1)", name: "\(prefix) \(index + 1)", territoryID: territory,
                    potential: potential, segment: segment, locked: locked)
        }
    }

    static func options(tolerance: Double = 0.05, threads: Int = 1) -> BalancingOptions {
        BalancingOptions(tolerance: tolerance, timeLimit: 20, seed: 7, threads: threads)
    }

    static func solve(_ scenario: Scenario, _ options: BalancingOptions) throws -> BalancingResult {
        BalancingSolver.solve(try BalancingProblem(scenario: scenario, options: options))
    }

    /// The fewest moves of any alignment inside the bands (potential, workload) and capacities, by
    /// trying them all (tiny instances only).
    static func bruteForceMinimumMoves(_ problem: BalancingProblem) -> Int? {
        let n = problem.accountCount, m = problem.territoryCount
        var best: Int?
        var assignment = Array(repeating: 0, count: n)
        let total = Int(pow(Double(m), Double(n)))
        for code in 0..<total {
            var rest = code
            for a in 0..<n { assignment[a] = rest % m; rest /= m }
            var moves = 0, allowed = true
            var potential = Array(repeating: 0.0, count: m), workload = potential
            for a in 0..<n {
                if assignment[a] != Int(problem.initial[a]) {
                    if problem.fixed[a] { allowed = false; break }
                    moves += 1
                }
                potential[assignment[a]] += problem.potential[a]
                workload[assignment[a]] += problem.workload[a]
            }
            guard allowed, best.map({ moves < $0 }) ?? true else { continue }
            let inside = (0..<m).allSatisfy { t in
                let band = problem.bands[Int(problem.group[t])]
                return band.potential.contains(potential[t]) && (band.workload?.contains(workload[t]) ?? true)
                    && workload[t] <= problem.capacity[t]
            }
            if inside { best = moves }
        }
        return best
    }
}

import Foundation
