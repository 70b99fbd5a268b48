/// All plans' payout functions in flat buffers, for the simulation's inner loop.
///
/// ``PayoutFunction`` keeps Swift arrays; reading them per draw would cost reference counting and
/// bounds checks, so a run copies them here once. Besides the segments themselves, every plan
/// gets a **line table** over the attainment histogram's bins: for each bin that no breakpoint
/// of the curve falls in, the (intercept, slope) of the one segment covering it. The inner loop
/// already knows each draw's bin, so it pays with one table read and a multiply-add, and only
/// the few bins a breakpoint cuts through (marked NaN) fall back to searching the segments.
final class CompiledPayouts: @unchecked Sendable {
    private let starts: UnsafeMutableBufferPointer<Double>
    private let intercepts: UnsafeMutableBufferPointer<Double>
    private let slopes: UnsafeMutableBufferPointer<Double>
    /// `plans × AttainmentBins.count` lines, plan-major; NaN where a bin holds a breakpoint.
    private let lines: UnsafeMutableBufferPointer<SIMD2<Double>>
    private let offsets: [Int]
    private let counts: [Int]

    init(_ functions: [PayoutFunction]) {
        let total = functions.reduce(0) { $0 + $1.segmentCount }
        starts = .allocate(capacity: max(total, 1))
        intercepts = .allocate(capacity: max(total, 1))
        slopes = .allocate(capacity: max(total, 1))
        lines = .allocate(capacity: max(functions.count, 1) * AttainmentBins.count)
        var offsets: [Int] = [], counts: [Int] = []
        var position = 0
        for (planIndex, function) in functions.enumerated() {
            offsets.append(position)
            counts.append(function.segmentCount)
            for segment in 0..<function.segmentCount {
                starts[position + segment] = function.starts[segment]
                intercepts[position + segment] = function.intercepts[segment]
                slopes[position + segment] = function.slopes[segment]
            }
            position += function.segmentCount
            CompiledPayouts.fillLines(lines.baseAddress! + planIndex * AttainmentBins.count, for: function)
        }
        self.offsets = offsets
        self.counts = counts
    }

    deinit {
        starts.deallocate()
        intercepts.deallocate()
        slopes.deallocate()
        lines.deallocate()
    }

    /// The line of every bin that lies inside one segment; NaN for bins a breakpoint cuts
    /// (with a margin for rounding in exp) and for the open-ended edge bins if one falls there.
    private static func fillLines(_ lines: UnsafeMutablePointer<SIMD2<Double>>, for function: PayoutFunction) {
        let breakpoints = function.starts.dropFirst()  // starts[0] = 0 is no breakpoint: attainment > 0
        let margin = 1e-9
        for bin in 0..<AttainmentBins.count {
            let lower = bin == 0 ? 0 : AttainmentBins.lowerEdge(of: bin) * (1 - margin)
            let upper = bin == AttainmentBins.count - 1 ? Double.infinity : AttainmentBins.lowerEdge(of: bin + 1) * (1 + margin)
            if breakpoints.contains(where: { $0 >= lower && $0 <= upper }) {
                lines[bin] = SIMD2(.nan, .nan)
            } else {
                let segment = function.segmentIndex((lower + min(upper, lower * 2 + 1)) / 2)
                lines[bin] = SIMD2(function.intercepts[segment], function.slopes[segment])
            }
        }
    }

    /// The payout function of plan `index`. It keeps this store alive, so its pointers stay valid.
    func plan(_ index: Int) -> Plan {
        let offset = offsets[index]
        return Plan(owner: self, starts: starts.baseAddress! + offset, intercepts: intercepts.baseAddress! + offset,
                    slopes: slopes.baseAddress! + offset, segmentCount: counts[index],
                    lines: UnsafePointer(lines.baseAddress! + index * AttainmentBins.count))
    }

    struct Plan {
        let owner: CompiledPayouts
        let starts: UnsafePointer<Double>
        let intercepts: UnsafePointer<Double>
        let slopes: UnsafePointer<Double>
        let segmentCount: Int
        let lines: UnsafePointer<SIMD2<Double>>

        /// Payout multiple at `attainment`, searching the segments.
        @inline(__always)
        func callAsFunction(_ attainment: Double) -> Double {
            var segment = 0
            var index = 1
            while index < segmentCount {
                segment = attainment >= starts[index] ? index : segment
                index &+= 1
            }
            return intercepts[segment] + slopes[segment] * attainment
        }

        /// Payout multiple at `attainment`, which falls in histogram bin `bin`: the bin's line,
        /// or the segment search when a breakpoint cuts the bin.
        @inline(__always)
        func callAsFunction(_ attainment: Double, bin: Int) -> Double {
            let line = lines[bin]
            let multiple = line[0] + line[1] * attainment
            return multiple.isNaN ? self(attainment) : multiple
        }
    }
}
