/// A pay curve, or a whole plan's weighted measures, compiled into a piecewise-linear function of
/// attainment: on segment *k*, payout = `intercepts[k] + slopes[k] × attainment`.
///
/// Every construct of ``PayCurve`` (threshold, rate zones, marginal or whole-amount tiers, payout
/// and attainment caps) and every weighted sum of curves is piecewise linear in attainment, with
/// jumps where a threshold or whole-amount tier starts. Compiling once lets the simulation pay a
/// seller with a handful of comparisons and one multiply-add per draw, and lets expectations be
/// taken in closed form segment by segment.
public struct PayoutFunction: Sendable, Equatable {
    /// Start of each segment; `starts[0]` is 0 and segment *k* covers `[starts[k], starts[k+1])`.
    public private(set) var starts: [Double]
    public private(set) var intercepts: [Double]
    public private(set) var slopes: [Double]

    init(starts: [Double], intercepts: [Double], slopes: [Double]) {
        precondition(starts.count == intercepts.count && starts.count == slopes.count && !starts.isEmpty)
        self.starts = starts
        self.intercepts = intercepts
        self.slopes = slopes
        mergeEqualNeighbours()
    }

    /// The zero function: pays nothing at any attainment.
    public static let zero = PayoutFunction(starts: [0], intercepts: [0], slopes: [0])

    public var segmentCount: Int { starts.count }

    /// Payout at `attainment` (attainments below 0 are treated as 0).
    @inline(__always)
    public func callAsFunction(_ attainment: Double) -> Double {
        let segment = segmentIndex(attainment)
        return intercepts[segment] + slopes[segment] * attainment
    }

    @inline(__always)
    func segmentIndex(_ attainment: Double) -> Int {
        var segment = 0
        for index in 1..<starts.count where attainment >= starts[index] {
            segment = index
        }
        return segment
    }

    /// Whether payout never falls as attainment rises; then payout percentiles are the payouts
    /// of attainment percentiles.
    public var isNonDecreasing: Bool {
        for segment in slopes.indices {
            if slopes[segment] < 0 { return false }
            if segment > 0 {
                let start = starts[segment]
                let before = intercepts[segment - 1] + slopes[segment - 1] * start
                let after = intercepts[segment] + slopes[segment] * start
                if after < before - 1e-12 * max(1, abs(before)) { return false }
            }
        }
        return true
    }

    // MARK: Building

    /// `weights[i] × functions[i]`, summed segment by segment over the union of breakpoints.
    static func weightedSum(_ functions: [PayoutFunction], weights: [Double]) -> PayoutFunction {
        guard !functions.isEmpty else { return .zero }
        let breakpoints = Array(Set(functions.flatMap(\.starts))).sorted()
        var intercepts: [Double] = []
        var slopes: [Double] = []
        for start in breakpoints {
            var intercept = 0.0, slope = 0.0
            for (function, weight) in zip(functions, weights) {
                let segment = function.segmentIndex(start)
                intercept += weight * function.intercepts[segment]
                slope += weight * function.slopes[segment]
            }
            intercepts.append(intercept)
            slopes.append(slope)
        }
        return PayoutFunction(starts: breakpoints, intercepts: intercepts, slopes: slopes)
    }

    /// `min(self, cap)`, splitting any segment that crosses the cap where it crosses.
    func capped(at cap: Double) -> PayoutFunction {
        var starts: [Double] = [], intercepts: [Double] = [], slopes: [Double] = []
        func append(_ start: Double, _ intercept: Double, _ slope: Double) {
            starts.append(start); intercepts.append(intercept); slopes.append(slope)
        }
        for segment in self.starts.indices {
            let low = self.starts[segment]
            let high = segment + 1 < self.starts.count ? self.starts[segment + 1] : .infinity
            let intercept = self.intercepts[segment], slope = self.slopes[segment]
            let atLow = intercept + slope * low
            if slope == 0 {
                atLow >= cap ? append(low, cap, 0) : append(low, intercept, 0)
                continue
            }
            let crossing = (cap - intercept) / slope
            if slope > 0 {
                if atLow >= cap { append(low, cap, 0) }
                else if crossing < high { append(low, intercept, slope); append(crossing, cap, 0) }
                else { append(low, intercept, slope) }
            } else {
                if atLow <= cap { append(low, intercept, slope) }
                else if crossing < high { append(low, cap, 0); append(crossing, intercept, slope) }
                else { append(low, cap, 0) }
            }
        }
        return PayoutFunction(starts: starts, intercepts: intercepts, slopes: slopes)
    }

    /// Drops breakpoints where nothing changes, so evaluation compares as few as needed.
    private mutating func mergeEqualNeighbours() {
        var keep = [0]
        for segment in 1..<starts.count {
            let previous = keep.last!
            if intercepts[segment] != intercepts[previous] || slopes[segment] != slopes[previous] {
                keep.append(segment)
            }
        }
        guard keep.count != starts.count else { return }
        starts = keep.map { starts[$0] }
        intercepts = keep.map { intercepts[$0] }
        slopes = keep.map { slopes[$0] }
    }
}
