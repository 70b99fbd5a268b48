/// All plans' payout functions in flat buffers, for the simulation's inner loop.
///
/// ``PayoutFunction`` keeps Swift arrays; reading them per draw costs reference counting and
/// bounds checks the hot loop cannot afford, so a run copies them here once. Every plan gets at
/// least ``unrolledSegments`` slots, the unused ones starting at +∞, so the usual plan (up to
/// eight segments) finds its segment with a fixed run of comparisons and no loop.
final class CompiledPayouts: @unchecked Sendable {
    private let starts: UnsafeMutableBufferPointer<Double>
    private let intercepts: UnsafeMutableBufferPointer<Double>
    private let slopes: UnsafeMutableBufferPointer<Double>
    private let offsets: [Int]
    private let counts: [Int]

    static let unrolledSegments = 8

    init(_ functions: [PayoutFunction]) {
        let total = functions.reduce(0) { $0 + Swift.max($1.segmentCount, Self.unrolledSegments) }
        starts = .allocate(capacity: max(total, 1))
        intercepts = .allocate(capacity: max(total, 1))
        slopes = .allocate(capacity: max(total, 1))
        var offsets: [Int] = [], counts: [Int] = []
        var position = 0
        for function in functions {
            offsets.append(position)
            counts.append(function.segmentCount)
            let slots = Swift.max(function.segmentCount, Self.unrolledSegments)
            for segment in 0..<slots {
                let used = segment < function.segmentCount
                starts[position + segment] = used ? function.starts[segment] : .infinity
                intercepts[position + segment] = used ? function.intercepts[segment] : 0
                slopes[position + segment] = used ? function.slopes[segment] : 0
            }
            position += slots
        }
        self.offsets = offsets
        self.counts = counts
    }

    deinit {
        starts.deallocate()
        intercepts.deallocate()
        slopes.deallocate()
    }

    /// The payout function of plan `index`. It keeps this store alive, so its pointers stay valid.
    func plan(_ index: Int) -> Plan {
        let offset = offsets[index]
        return Plan(owner: self, starts: starts.baseAddress! + offset, intercepts: intercepts.baseAddress! + offset,
                    slopes: slopes.baseAddress! + offset, segmentCount: counts[index])
    }

    struct Plan {
        let owner: CompiledPayouts
        let starts: UnsafePointer<Double>
        let intercepts: UnsafePointer<Double>
        let slopes: UnsafePointer<Double>
        let segmentCount: Int

        /// Payout multiple at `attainment`: count the segment starts at or below it (branch-free,
        /// since starts are sorted), then one multiply-add.
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
    }
}
