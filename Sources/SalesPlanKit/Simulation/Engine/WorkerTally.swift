import CGSL

/// What one worker counts across all the chunks it runs: integer tallies only, so that adding
/// the workers' tallies gives the same totals whichever worker ran which chunk.
final class WorkerTally {
    /// `sellerCount × AttainmentBins.count` counters, seller-major (direct sellers first, then
    /// credited sellers).
    let sellerHistogram: UnsafeMutableBufferPointer<UInt32>
    /// Variable pay in cents, summed chunk by chunk: each chunk's total is rounded to the cent
    /// once, and integer sums do not depend on the order chunks finish in.
    let sellerPayCents: UnsafeMutableBufferPointer<Int64>
    /// `yearTypeCount × AttainmentBins.count` counters of direct sellers' attainment in trials
    /// of each year type (the population curves of the whitepaper's Figure 2).
    let populationHistogram: UnsafeMutableBufferPointer<UInt64>

    init(sellerCount: Int, yearTypeCount: Int) {
        sellerHistogram = .allocate(capacity: sellerCount * AttainmentBins.count)
        sellerHistogram.initialize(repeating: 0)
        sellerPayCents = .allocate(capacity: sellerCount)
        sellerPayCents.initialize(repeating: 0)
        populationHistogram = .allocate(capacity: yearTypeCount * AttainmentBins.count)
        populationHistogram.initialize(repeating: 0)
    }

    deinit {
        sellerHistogram.deallocate()
        sellerPayCents.deallocate()
        populationHistogram.deallocate()
    }

    /// Starts loading seller `seller`'s histogram row into cache, without waiting for it.
    ///
    /// The rows of a large roster do not fit in cache (5,000 sellers × 544 bins × 4 bytes is
    /// 11 MB per worker), and each draw increments a bin of its seller's row at random. Asking
    /// for the next seller's row while the current seller's normals are being drawn, which is
    /// GSL's work and leaves the memory system idle, hides the misses (about 5 % of run time).
    @inline(__always)
    func prefetchHistogram(ofSeller seller: Int) {
        let cacheLine = 64
        let row = UnsafeRawPointer(sellerHistogram.baseAddress! + seller * AttainmentBins.count)
        let rowBytes = AttainmentBins.count * MemoryLayout<UInt32>.stride
        var offset = 0
        while offset < rowBytes {
            salesplan_prefetch_for_write(row + offset)
            offset += cacheLine
        }
    }

    /// Adds `other`'s counts into this tally.
    func absorb(_ other: WorkerTally) {
        for index in sellerHistogram.indices { sellerHistogram[index] &+= other.sellerHistogram[index] }
        for index in sellerPayCents.indices {
            sellerPayCents[index] = Self.adding(sellerPayCents[index], other.sellerPayCents[index])
        }
        for index in populationHistogram.indices { populationHistogram[index] &+= other.populationHistogram[index] }
    }

    /// Adds a chunk's pay, in dollars, to `seller`'s total in cents.
    func addPay(_ dollars: Double, toSeller seller: Int) {
        sellerPayCents[seller] = Self.adding(sellerPayCents[seller], Self.cents(dollars))
    }

    /// `dollars` in whole cents, saturating at Int64.max: a plan paying a quadrillion dollars in
    /// an extreme trial must not trap the run. (NaN, which no valid scenario produces, counts 0.)
    static func cents(_ dollars: Double) -> Int64 {
        let cents = (dollars * 100).rounded()
        guard !cents.isNaN else { return 0 }
        guard cents < 9.2e18 else { return .max }
        return cents > 0 ? Int64(cents) : 0
    }

    /// The sum of two non-negative cent totals, saturating at Int64.max. For non-negative terms
    /// this is min(true sum, max), so it still does not depend on the order chunks finish in.
    static func adding(_ a: Int64, _ b: Int64) -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : sum
    }
}
