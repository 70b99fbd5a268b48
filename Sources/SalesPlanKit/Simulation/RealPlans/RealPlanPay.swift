import Foundation

/// A plan compiled for the engine's general path: each measure paid on its own attainment,
/// gated, capped, and the clawback and draw rules of the plan.
///
/// The fast path pays every measure on one attainment through one compiled curve; here each
/// measure keeps its own ``PayoutFunction``, so measures can see different attainments.
///
/// A class: every seat on a plan shares it, and copying a seat (once per seat and chunk) then
/// costs one retain instead of one per array held here.
final class RealPlanPay: Sendable {
    struct Measure: Sendable {
        var payout: PayoutFunction
        var weight: Double
        var credits: MeasureCredit
        /// Index of the gating measure, the attainment it must reach, and the fallback.
        var gate: (measure: Int, atLeast: Double, fallback: GateFallback)?
        /// The measure's pay at 100 % attainment (the ceiling of `no_accelerator`).
        var payAtTarget: Double
        /// Own attainment: log median relative to the year, σ, and the row of the Cholesky
        /// factor applied to (primary normal, extra normals...). nil: the primary attainment.
        var own: OwnAttainment?
        /// Whether clawbacks reclaim pay on this measure (it is credited on bookings).
        var isClawedBack: Bool { credits == .bookings }
    }

    struct OwnAttainment: Sendable {
        var logMedian: Double
        var sigma: Double
        /// Coefficient on the primary normal, then on each extra normal of the seller.
        var coefficients: [Double]
    }

    let measures: [Measure]
    // The measures' fields as flat arrays of plain values, read in the inner loop: copying a
    // `Measure` out of its array retains the arrays inside it, once per seller and trial.
    let count: Int
    /// The measures' pay curves as one flat table: measure m's segments are
    /// `segmentStart[m] ..< segmentStart[m + 1]` of `starts`, `intercepts`, `slopes` (reading a
    /// `PayoutFunction` out of an array would retain its three arrays, once per seller and trial).
    let segmentStart: [Int]
    let starts: [Double]
    let intercepts: [Double]
    let slopes: [Double]
    let weights: [Double]
    let gateMeasure: [Int]
    let gateAtLeast: [Double]
    let gatePaysNothing: [Bool]
    let payAtTarget: [Double]
    let isClawedBack: [Bool]
    let isRenewals: [Bool]
    /// Measure with its own attainment: log median and σ; `ownRow` its row in `coefficients`
    /// (−1: the primary attainment); `coefficients` is row-major, `extraNormals + 1` wide.
    let ownLogMedian: [Double]
    let ownSigma: [Double]
    let ownRow: [Int]
    let coefficients: [Double]
    /// Measures with an attainment of their own (``ownRow`` ≥ 0) or credited on renewals: those
    /// a direct seller's passes read from the measure rows; and the renewals measures alone
    /// (managers' and overlays' other measures see their credited attainment).
    let measuresWithOwnRow: [Int]
    let renewalsMeasures: [Int]
    let payoutCap: Double?
    let clawback: Clawback?
    /// The plan's churn-rate quantile function, when it has a clawback.
    let churnQuantile: BetaQuantileTable?
    let newHireDraw: NewHireDraw?
    let rampQuotaRelief: Bool
    /// Number of extra normals a seller on this plan needs per trial (measures with their own
    /// attainment).
    let extraNormals: Int

    init(plan: CompPlan) {
        let names = plan.measures.map(\.name)
        let ownIndexes = plan.measures.indices.filter { plan.measures[$0].attainment != nil }
        extraNormals = ownIndexes.count
        let factor = RealPlanPay.choleskyFactor(plan: plan, ownIndexes: ownIndexes)
        measures = plan.measures.enumerated().map { index, measure in
            let payout = measure.payCurve.payoutFunction()
            let gate = measure.gate.flatMap { gate in
                names.firstIndex(of: gate.measure).map { (measure: $0, atLeast: gate.atLeast, fallback: gate.otherwise) }
            }
            var own: OwnAttainment?
            if let attainment = measure.attainment, let row = ownIndexes.firstIndex(of: index) {
                own = OwnAttainment(logMedian: log(attainment.median), sigma: attainment.sigma,
                                    coefficients: factor[row + 1])
            }
            return Measure(payout: payout, weight: measure.weight, credits: measure.credits, gate: gate,
                           payAtTarget: payout(1), own: own)
        }
        count = measures.count
        var segmentStart = [0], starts: [Double] = [], intercepts: [Double] = [], slopes: [Double] = []
        for payout in measures.map(\.payout) {
            starts += payout.starts
            intercepts += payout.intercepts
            slopes += payout.slopes
            segmentStart.append(starts.count)
        }
        self.segmentStart = segmentStart
        self.starts = starts
        self.intercepts = intercepts
        self.slopes = slopes
        weights = measures.map(\.weight)
        gateMeasure = measures.map { $0.gate?.measure ?? -1 }
        gateAtLeast = measures.map { $0.gate?.atLeast ?? 0 }
        gatePaysNothing = measures.map { $0.gate?.fallback == .nothing }
        payAtTarget = measures.map(\.payAtTarget)
        isClawedBack = measures.map(\.isClawedBack)
        isRenewals = measures.map { $0.credits == .renewals }
        ownLogMedian = measures.map { $0.own?.logMedian ?? 0 }
        ownSigma = measures.map { $0.own?.sigma ?? 0 }
        let width = ownIndexes.count + 1
        var rows: [Int] = [], flat: [Double] = []
        for measure in measures {
            if let own = measure.own {
                rows.append(flat.count / width)
                flat += own.coefficients
            } else {
                rows.append(-1)
            }
        }
        ownRow = rows
        coefficients = flat
        let renewals = measures.map { $0.credits == .renewals }
        measuresWithOwnRow = renewals.indices.filter { rows[$0] >= 0 || renewals[$0] }
        renewalsMeasures = renewals.indices.filter { renewals[$0] }
        payoutCap = plan.payoutCap
        clawback = plan.clawback
        churnQuantile = plan.clawback?.churnRate.parameters.map { BetaQuantileTable(alpha: $0.alpha, beta: $0.beta) }
        newHireDraw = plan.newHireDraw
        rampQuotaRelief = plan.rampQuotaRelief
    }

    /// Variable pay as a multiple of target incentive: each measure's curve at its attainment,
    /// gates applied, weighted and summed, then the plan cap. With `netOfChurn` < 1, measures
    /// credited on bookings are paid on that share of their attainment (a clawback's recompute).
    @inline(__always)
    func multiple(_ attainments: MeasureAttainments, netOfChurn: Double = 1) -> Double {
        var total = 0.0
        for index in 0..<count {
            let attainment = isClawedBack[index] ? attainments[index] * netOfChurn : attainments[index]
            var pay = payout(index, attainment)
            let gate = gateMeasure[index]
            if gate >= 0 {
                let gating = isClawedBack[gate] ? attainments[gate] * netOfChurn : attainments[gate]
                if gating < gateAtLeast[index] {
                    pay = gatePaysNothing[index] ? 0 : Swift.min(pay, payAtTarget[index])
                }
            }
            total += weights[index] * pay
        }
        if let payoutCap { total = Swift.min(total, payoutCap) }
        return total
    }

    /// Measure `measure`'s pay curve at `attainment` (``PayoutFunction/callAsFunction(_:)`` on
    /// the flat table).
    @inline(__always)
    func payout(_ measure: Int, _ attainment: Double) -> Double {
        // Branch-free: the segment is the number of later starts at or below the attainment (the
        // starts are sorted). Which segment a draw falls in is a coin toss the branch predictor
        // cannot learn; a compare-and-add per breakpoint costs less than one misprediction (written
        // as a sign bit, since the compiler turns a `? 1 : 0` back into a branch).
        let first = segmentStart[measure]
        var segment = first
        for index in (first + 1)..<segmentStart[measure + 1] {
            // 1 when attainment − start ≥ 0 (its sign bit clear), without a branch.
            segment &+= Int(truncatingIfNeeded: ~(attainment - starts[index]).bitPattern >> 63)
        }
        return intercepts[segment] + slopes[segment] * attainment
    }

    /// Lower-triangular Cholesky factor of the correlation matrix over (primary, own measures...):
    /// the plan's `measure_correlations`, or one built from each measure's ρ with the primary
    /// (then measures are correlated with each other only through the primary: ρ_i·ρ_j). Row 0 is
    /// (1, 0, ...), so the primary normal is the seller's bookings draw unchanged.
    static func choleskyFactor(plan: CompPlan, ownIndexes: [Int]) -> [[Double]] {
        let size = ownIndexes.count + 1
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        if let given = plan.measureCorrelations, given.count == size {
            matrix = given
        } else {
            for row in 0..<size { matrix[row][row] = 1 }
            for (offset, index) in ownIndexes.enumerated() {
                let rho = plan.measures[index].attainment?.correlation ?? 0
                matrix[offset + 1][0] = rho
                matrix[0][offset + 1] = rho
                for (otherOffset, other) in ownIndexes.enumerated() where otherOffset != offset {
                    matrix[offset + 1][otherOffset + 1] = rho * (plan.measures[other].attainment?.correlation ?? 0)
                }
            }
        }
        return cholesky(matrix)
    }

    /// Cholesky factor L (L·Lᵀ = matrix) of a positive semi-definite matrix; a pivot that rounds
    /// to zero or below (a semi-definite direction) gives a zero column.
    static func cholesky(_ matrix: [[Double]]) -> [[Double]] {
        let size = matrix.count
        var factor = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        for row in 0..<size {
            for column in 0...row {
                var sum = matrix[row][column]
                for k in 0..<column { sum -= factor[row][k] * factor[column][k] }
                if row == column {
                    factor[row][column] = sum > 1e-12 ? sum.squareRoot() : 0
                } else {
                    factor[row][column] = factor[column][column] > 0 ? sum / factor[column][column] : 0
                }
            }
        }
        return factor
    }
}
