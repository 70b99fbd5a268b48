/// All plans' payout functions in flat buffers, for the simulation's inner loop.
///
/// ``PayoutFunction`` keeps Swift arrays; reading them per draw would cost reference counting and
/// bounds checks, so a run copies them here once. Besides the segments themselves, every plan
/// gets a **line table** over the attainment histogram's bins. The inner loop already knows each
/// draw's bin, so it pays with one table read, a compare and a multiply-add:
/// - a bin that no breakpoint of the curve falls in has one line, stored twice, and an infinite
///   breakpoint;
/// - a bin that one breakpoint cuts (a threshold, the start of an accelerator, a cap) has the
///   line below it, the line from it on, and the breakpoint itself, so the choice between them
///   is a comparison rather than a branch the processor would have to guess;
/// - a bin two or more breakpoints cut (a rate zone narrower than a bin) is marked with NaN and
///   paid by searching the segments. Few plans have one, and only their sellers take the loop
///   that checks for it (``Plan/hasCrowdedBins``).
final class CompiledPayouts: @unchecked Sendable {
    private let starts: UnsafeMutableBufferPointer<Double>
    private let intercepts: UnsafeMutableBufferPointer<Double>
    private let slopes: UnsafeMutableBufferPointer<Double>
    /// `plans × AttainmentBins.count` entries, plan-major: the intercepts below the bin's
    /// breakpoint and from it on, then the two slopes; NaN where several breakpoints cut the bin.
    private let lines: UnsafeMutableBufferPointer<SIMD4<Double>>
    /// The breakpoint inside each bin; +∞ where there is none.
    private let breakpoints: UnsafeMutableBufferPointer<Double>
    private let offsets: [Int]
    private let counts: [Int]
    private let crowded: [Bool]

    init(_ functions: [PayoutFunction]) {
        let total = functions.reduce(0) { $0 + $1.segmentCount }
        starts = .allocate(capacity: max(total, 1))
        intercepts = .allocate(capacity: max(total, 1))
        slopes = .allocate(capacity: max(total, 1))
        lines = .allocate(capacity: max(functions.count, 1) * AttainmentBins.count)
        breakpoints = .allocate(capacity: max(functions.count, 1) * AttainmentBins.count)
        var offsets: [Int] = [], counts: [Int] = [], crowded: [Bool] = []
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
            crowded.append(CompiledPayouts.fillLines(lines.baseAddress! + planIndex * AttainmentBins.count,
                                                     breakpoints: breakpoints.baseAddress! + planIndex * AttainmentBins.count,
                                                     for: function))
        }
        self.offsets = offsets
        self.counts = counts
        self.crowded = crowded
    }

    deinit {
        starts.deallocate()
        intercepts.deallocate()
        slopes.deallocate()
        lines.deallocate()
        breakpoints.deallocate()
    }

    /// Fills the lines and breakpoints of every bin of one plan; returns whether any bin is cut
    /// by more than one breakpoint. Breakpoints are looked for with a margin for rounding in
    /// `exp`, so a draw's attainment and its bin never disagree about which side it is on.
    private static func fillLines(_ lines: UnsafeMutablePointer<SIMD4<Double>>, breakpoints: UnsafeMutablePointer<Double>,
                                  for function: PayoutFunction) -> Bool {
        let curveBreakpoints = function.starts.dropFirst()  // starts[0] = 0 is no breakpoint: attainment > 0
        let margin = 1e-9
        var crowded = false
        for bin in 0..<AttainmentBins.count {
            let lower = bin == 0 ? 0 : AttainmentBins.lowerEdge(of: bin) * (1 - margin)
            let upper = bin == AttainmentBins.count - 1 ? Double.infinity : AttainmentBins.lowerEdge(of: bin + 1) * (1 + margin)
            let inside = curveBreakpoints.filter { $0 >= lower && $0 <= upper }
            switch inside.count {
            case 0:
                let segment = function.segmentIndex((lower + min(upper, lower * 2 + 1)) / 2)
                lines[bin] = SIMD4(function.intercepts[segment], function.intercepts[segment],
                                   function.slopes[segment], function.slopes[segment])
                breakpoints[bin] = .infinity
            case 1:
                let breakpoint = inside[inside.startIndex]
                let below = function.segmentIndex(breakpoint.nextDown)
                let above = function.segmentIndex(breakpoint)
                lines[bin] = SIMD4(function.intercepts[below], function.intercepts[above],
                                   function.slopes[below], function.slopes[above])
                breakpoints[bin] = breakpoint
            default:
                lines[bin] = SIMD4(repeating: .nan)
                breakpoints[bin] = .infinity
                crowded = true
            }
        }
        return crowded
    }

    /// The payout function of plan `index`. It keeps this store alive, so its pointers stay valid.
    func plan(_ index: Int) -> Plan {
        let offset = offsets[index]
        return Plan(owner: self, starts: starts.baseAddress! + offset, intercepts: intercepts.baseAddress! + offset,
                    slopes: slopes.baseAddress! + offset, segmentCount: counts[index],
                    lines: UnsafePointer(lines.baseAddress! + index * AttainmentBins.count),
                    breakpoints: UnsafePointer(breakpoints.baseAddress! + index * AttainmentBins.count),
                    hasCrowdedBins: crowded[index])
    }

    struct Plan {
        let owner: CompiledPayouts
        let starts: UnsafePointer<Double>
        let intercepts: UnsafePointer<Double>
        let slopes: UnsafePointer<Double>
        let segmentCount: Int
        let lines: UnsafePointer<SIMD4<Double>>
        let breakpoints: UnsafePointer<Double>
        /// Whether some bin is cut by several breakpoints and must be paid by searching.
        let hasCrowdedBins: Bool

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

        /// Payout multiple at `attainment`, which falls in histogram bin `bin`, from the bin's
        /// lines. Only for plans without crowded bins.
        @inline(__always)
        func callAsFunction(_ attainment: Double, bin: Int) -> Double {
            let line = lines[bin]
            // (below, from) the breakpoint, both at once.
            let both = line.lowHalf + line.highHalf * attainment
            // All ones when attainment ≥ breakpoint (attainment − breakpoint has its sign bit
            // clear), else zero: a mask, so the choice costs no branch.
            let from = ~UInt64(bitPattern: Int64(bitPattern: (attainment - breakpoints[bin]).bitPattern) >> 63)
            return Double(bitPattern: (both[0].bitPattern & ~from) | (both[1].bitPattern & from))
        }

        /// Payout multiple at `attainment` in bin `bin`, searching the segments where the bin is
        /// crowded.
        @inline(__always)
        func searchingCrowdedBins(_ attainment: Double, bin: Int) -> Double {
            let multiple = self(attainment, bin: bin)
            return multiple.isNaN ? self(attainment) : multiple
        }
    }
}
