/// Per-trial totals, one slot per trial, written by whichever worker runs the trial's chunk.
///
/// Chunks own disjoint ranges of trials, so workers never write the same slot; this is what
/// makes the shared buffers safe without locks (hence `@unchecked Sendable`).
final class TrialColumns: @unchecked Sendable {
    let count: Int
    let revenue: UnsafeMutableBufferPointer<Double>
    let variableComp: UnsafeMutableBufferPointer<Double>
    let sellersAtQuota: UnsafeMutableBufferPointer<Int32>
    let sellersAtTarget: UnsafeMutableBufferPointer<Int32>
    let yearType: UnsafeMutableBufferPointer<UInt8>
    let macroShock: UnsafeMutableBufferPointer<Double>

    init(count: Int) {
        self.count = count
        revenue = .allocate(capacity: count)
        variableComp = .allocate(capacity: count)
        sellersAtQuota = .allocate(capacity: count)
        sellersAtTarget = .allocate(capacity: count)
        yearType = .allocate(capacity: count)
        macroShock = .allocate(capacity: count)
    }

    deinit {
        revenue.deallocate()
        variableComp.deallocate()
        sellersAtQuota.deallocate()
        sellersAtTarget.deallocate()
        yearType.deallocate()
        macroShock.deallocate()
    }
}

/// What one worker counts across all the chunks it runs: integer tallies only, so that adding
/// the workers' tallies gives the same totals whichever worker ran which chunk.
final class WorkerTally {
    let sellerCount: Int
    let yearTypeCount: Int
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
        self.sellerCount = sellerCount
        self.yearTypeCount = yearTypeCount
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

/// Scratch space for one chunk of trials, reused by a worker from chunk to chunk.
final class ChunkScratch {
    let capacity: Int
    let logMedian: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Offset of each trial's year type in the population histogram.
    let populationOffset: UnsafeMutableBufferPointer<Int>
    let normals: UnsafeMutableBufferPointer<Double>
    /// Revenue and variable comp of each trial, side by side so one add updates both.
    let totals: UnsafeMutableBufferPointer<SIMD2<Double>>
    /// Sellers at quota (low 32 bits) and at on-target earnings (high 32 bits) of each trial.
    let counts: UnsafeMutableBufferPointer<UInt64>
    let attainments: UnsafeMutableBufferPointer<Double>
    let bins: UnsafeMutableBufferPointer<Int32>
    /// `creditedCount × capacity` bookings credited to each manager or overlay, trial by trial.
    let creditedBookings: UnsafeMutableBufferPointer<Double>

    init(capacity: Int, creditedCount: Int) {
        self.capacity = capacity
        logMedian = .allocate(capacity: capacity)
        sigma = .allocate(capacity: capacity)
        populationOffset = .allocate(capacity: capacity)
        normals = .allocate(capacity: capacity)
        totals = .allocate(capacity: capacity)
        counts = .allocate(capacity: capacity)
        attainments = .allocate(capacity: capacity)
        bins = .allocate(capacity: capacity)
        creditedBookings = .allocate(capacity: max(1, creditedCount * capacity))
    }

    deinit {
        logMedian.deallocate()
        sigma.deallocate()
        populationOffset.deallocate()
        normals.deallocate()
        totals.deallocate()
        counts.deallocate()
        attainments.deallocate()
        bins.deallocate()
        creditedBookings.deallocate()
    }
}
