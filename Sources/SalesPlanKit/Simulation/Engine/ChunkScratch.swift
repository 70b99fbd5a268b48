/// Scratch space for one chunk of trials, reused by a worker from chunk to chunk.
final class ChunkScratch {
    let capacity: Int
    let logMedian: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Offset of each trial's year type in the population histogram.
    let populationOffset: UnsafeMutableBufferPointer<Int>
    let normals: UnsafeMutableBufferPointer<Double>
    /// Revenue of each trial so far (added four trials at a time with the attainments).
    let revenue: UnsafeMutableBufferPointer<Double>
    /// Variable comp of each trial so far.
    let variableComp: UnsafeMutableBufferPointer<Double>
    /// Sellers at or above quota in each trial so far.
    let sellersAtQuota: UnsafeMutableBufferPointer<UInt64>
    /// Sellers at or above on-target earnings in each trial so far.
    let sellersAtTarget: UnsafeMutableBufferPointer<UInt64>
    /// Managers and overlays at or above quota in each trial (included in `sellersAtQuota`).
    let creditedAtQuota: UnsafeMutableBufferPointer<UInt64>
    let attainments: UnsafeMutableBufferPointer<Double>
    /// Each trial's attainment bin, as ``AttainmentBins/binBits(forLog:)`` leaves it.
    let bins: UnsafeMutableBufferPointer<UInt64>
    /// `creditedCount × capacity` bookings credited to each manager or overlay, trial by trial.
    let creditedBookings: UnsafeMutableBufferPointer<Double>
    /// `cellCount × capacity` variable comp and bookings of each breakdown cell, trial by trial
    /// (one row when cells are not tracked).
    let cellPay: UnsafeMutableBufferPointer<Double>
    let cellBookings: UnsafeMutableBufferPointer<Double>

    /// `partCount × capacity` bookings credited to each goal part, trial by trial.
    let partBookings: UnsafeMutableBufferPointer<Double>

    /// The general path's totals and own draws; nil on the fast path.
    let realPlan: RealPlanScratch?

    init(capacity: Int, creditedCount: Int, cellCount: Int, partCount: Int, realPlan: RealPlanScratch? = nil) {
        self.capacity = capacity
        self.realPlan = realPlan
        logMedian = .allocate(capacity: capacity)
        sigma = .allocate(capacity: capacity)
        populationOffset = .allocate(capacity: capacity)
        normals = .allocate(capacity: capacity)
        revenue = .allocate(capacity: capacity)
        variableComp = .allocate(capacity: capacity)
        sellersAtQuota = .allocate(capacity: capacity)
        sellersAtTarget = .allocate(capacity: capacity)
        creditedAtQuota = .allocate(capacity: capacity)
        attainments = .allocate(capacity: capacity)
        bins = .allocate(capacity: capacity)
        creditedBookings = .allocate(capacity: max(1, creditedCount * capacity))
        cellPay = .allocate(capacity: max(1, cellCount) * capacity)
        partBookings = .allocate(capacity: max(1, partCount) * capacity)
        cellBookings = .allocate(capacity: max(1, cellCount) * capacity)
    }

    deinit {
        logMedian.deallocate()
        sigma.deallocate()
        populationOffset.deallocate()
        normals.deallocate()
        revenue.deallocate()
        variableComp.deallocate()
        sellersAtQuota.deallocate()
        sellersAtTarget.deallocate()
        creditedAtQuota.deallocate()
        attainments.deallocate()
        bins.deallocate()
        creditedBookings.deallocate()
        cellPay.deallocate()
        partBookings.deallocate()
        cellBookings.deallocate()
    }
}
