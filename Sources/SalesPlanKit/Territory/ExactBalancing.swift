import CGLPK
import Foundation

/// `--exact`: the balancing problem as a mixed-integer program, solved by GLPK's branch and cut,
/// for small instances where a proven optimum is worth the time.
///
/// x[a,t] = 1 when account a ends in territory t, one variable for every territory the account
/// may go to (keep_within, distance, locked accounts: only today's); minimise Σ cost(a,t)·x[a,t]
/// (the objective's cost: a move, its potential, or its distance penalty; 0 for staying);
/// Σ_t x[a,t] = 1 for every account; every territory's potential (and workload, when banded)
/// inside its band and its workload within capacity.
public enum ExactBalancing {
    /// Above this many variables (account × allowed territory pairs), `--exact` is refused.
    public static let maxVariables = 250_000

    public enum Status: String, Sendable {
        /// The MIP was solved to optimality: no alignment inside the band costs less.
        case optimal
        /// The time limit stopped GLPK with an alignment inside the band, not proven optimal.
        case feasible
        /// GLPK proved that no alignment meets the band and the limits.
        case infeasible
        /// The time limit stopped GLPK before it found any alignment inside the band.
        case noneFound = "none-found"
    }

    public struct Outcome: Sendable {
        public var status: Status
        /// The alignment, for `optimal` and `feasible`.
        public var assignment: [Int32]?
        /// The objective's value (cost units) of the alignment.
        public var objective: Double?
    }

    /// The number of variables the MIP of `problem` has.
    public static func variableCount(_ problem: BalancingProblem) -> Int {
        var count = 0
        for a in 0..<problem.accountCount {
            for t in 0..<problem.territoryCount where problem.eligible(a, t) { count += 1 }
        }
        return count
    }

    /// `incumbent`, an alignment inside the band (the search's), is handed to GLPK as its first
    /// integer solution, so that branch and cut only has to beat or prove it.
    static func solve(_ problem: BalancingProblem, seconds: Double, incumbent: [Int32]? = nil) -> Outcome {
        let n = problem.accountCount, m = problem.territoryCount
        glp_term_out(GLP_OFF)
        let lp = glp_create_prob()
        defer { glp_delete_prob(lp) }
        glp_set_obj_dir(lp, GLP_MIN)

        // Columns: (account, territory) pairs the account may end in.
        var pairs: [(account: Int, territory: Int)] = []
        for a in 0..<n {
            for t in 0..<m where problem.eligible(a, t) { pairs.append((a, t)) }
        }
        guard !pairs.isEmpty else { return Outcome(status: .infeasible, assignment: nil, objective: nil) }
        glp_add_cols(lp, Int32(pairs.count))
        for (index, pair) in pairs.enumerated() {
            let column = Int32(index + 1)
            glp_set_col_kind(lp, column, GLP_BV)
            glp_set_obj_coef(lp, column, problem.cost(pair.account, pair.territory))
        }

        // Rows: one per account (assigned once), then potential, workload and capacity per territory.
        var rowIndex: [Int32] = [0], columnIndex: [Int32] = [0], values: [Double] = [0]
        func add(_ row: Int32, _ column: Int, _ value: Double) {
            rowIndex.append(row)
            columnIndex.append(Int32(column + 1))
            values.append(value)
        }
        // An account that may go nowhere (no territory today, none allowed) stays without one.
        var accountRow = Array(repeating: Int32(0), count: n)
        for pair in pairs where accountRow[pair.account] == 0 {
            accountRow[pair.account] = glp_add_rows(lp, 1)
            glp_set_row_bnds(lp, accountRow[pair.account], GLP_FX, 1, 1)
        }
        for (index, pair) in pairs.enumerated() { add(accountRow[pair.account], index, 1) }

        var byTerritory = Array(repeating: [Int](), count: m)
        for (index, pair) in pairs.enumerated() { byTerritory[pair.territory].append(index) }
        for t in 0..<m {
            let band = problem.bands[Int(problem.group[t])]
            let potentialRow = glp_add_rows(lp, 1)
            setBounds(lp, potentialRow, band.potential.lowerBound, band.potential.upperBound)
            for index in byTerritory[t] { add(potentialRow, index, problem.potential[pairs[index].account]) }
            let low = band.workload?.lowerBound ?? -.infinity
            let high = min(band.workload?.upperBound ?? .infinity, problem.capacity[t])
            if low.isFinite || high.isFinite {
                let workloadRow = glp_add_rows(lp, 1)
                setBounds(lp, workloadRow, low, high)
                for index in byTerritory[t] { add(workloadRow, index, problem.workload[pairs[index].account]) }
            }
        }
        rowIndex.withUnsafeMutableBufferPointer { ia in
            columnIndex.withUnsafeMutableBufferPointer { ja in
                values.withUnsafeMutableBufferPointer { ar in
                    glp_load_matrix(lp, Int32(ia.count - 1), ia.baseAddress, ja.baseAddress, ar.baseAddress)
                }
            }
        }

        // The LP relaxation first (branch and cut without the presolver needs its basis, and the
        // incumbent callback works on the problem as built only without the presolver).
        let clock = ContinuousClock(), started = clock.now
        var simplex = glp_smcp()
        glp_init_smcp(&simplex)
        simplex.msg_lev = GLP_MSG_OFF
        simplex.tm_lim = Int32(max(1, min(seconds * 1000, Double(Int32.max))))
        simplex.presolve = GLP_ON
        let relaxed = glp_simplex(lp, &simplex)
        if glp_get_status(lp) == GLP_NOFEAS || relaxed == GLP_ENOPFS {
            return Outcome(status: .infeasible, assignment: nil, objective: nil)
        }
        guard relaxed == 0, glp_get_status(lp) == GLP_OPT else { return Outcome(status: .noneFound, assignment: nil, objective: nil) }
        let used = clock.now - started
        let left = seconds - (Double(used.components.seconds) + Double(used.components.attoseconds) * 1e-18)

        let start = Incumbent(values: incumbent.map { assignment in
            [0] + pairs.map { assignment[$0.account] == Int32($0.territory) ? 1.0 : 0.0 }
        })
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.presolve = GLP_OFF
        parameters.msg_lev = GLP_MSG_OFF
        parameters.tm_lim = Int32(max(1, min(left * 1000, Double(Int32.max))))
        parameters.mip_gap = 0
        parameters.cb_func = { tree, info in
            guard glp_ios_reason(tree) == GLP_IHEUR, let info else { return }
            let start = Unmanaged<Incumbent>.fromOpaque(info).takeUnretainedValue()
            guard !start.handed, let values = start.values else { return }
            start.handed = true
            _ = values.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
        }
        let code = withExtendedLifetime(start) {
            parameters.cb_info = Unmanaged.passUnretained(start).toOpaque()
            return glp_intopt(lp, &parameters)
        }
        let status = glp_mip_status(lp)
        if code == GLP_ENOPFS || code == GLP_ENODFS || status == GLP_NOFEAS {
            return Outcome(status: .infeasible, assignment: nil, objective: nil)
        }
        guard status == GLP_OPT || status == GLP_FEAS else { return Outcome(status: .noneFound, assignment: nil, objective: nil) }
        var assignment = problem.initial
        for (index, pair) in pairs.enumerated() where glp_mip_col_val(lp, Int32(index + 1)) > 0.5 {
            assignment[pair.account] = Int32(pair.territory)
        }
        return Outcome(status: status == GLP_OPT && code == 0 ? .optimal : .feasible, assignment: assignment,
                       objective: glp_mip_obj_val(lp))
    }

    /// The search's alignment as column values (1-based), handed over once.
    private final class Incumbent {
        let values: [Double]?
        var handed = false
        init(values: [Double]?) { self.values = values }
    }

    private static func setBounds(_ lp: OpaquePointer?, _ row: Int32, _ low: Double, _ high: Double) {
        switch (low.isFinite, high.isFinite) {
        case (true, true): glp_set_row_bnds(lp, row, low < high ? GLP_DB : GLP_FX, low, max(low, high))
        case (true, false): glp_set_row_bnds(lp, row, GLP_LO, low, 0)
        case (false, true): glp_set_row_bnds(lp, row, GLP_UP, 0, high)
        case (false, false): glp_set_row_bnds(lp, row, GLP_FR, 0, 0)
        }
    }
}
