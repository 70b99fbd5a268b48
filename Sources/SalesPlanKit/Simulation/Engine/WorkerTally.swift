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

    /// Adds `other`'s counts into this tally.
    func absorb(_ other: WorkerTally) {
        for index in sellerHistogram.indices { sellerHistogram[index] &+= other.sellerHistogram[index] }
        for index in sellerPayCents.indices { sellerPayCents[index] &+= other.sellerPayCents[index] }
        for index in populationHistogram.indices { populationHistogram[index] &+= other.populationHistogram[index] }
    }
}
