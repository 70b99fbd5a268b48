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
    /// Each trial's attainment bin, as ``AttainmentBins/binBits(forLog:)`` leaves it.
    let bins: UnsafeMutableBufferPointer<UInt64>
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
