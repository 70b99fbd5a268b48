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
    /// Managers and overlays at or above quota (included in `sellersAtQuota`).
    let creditedAtQuota: UnsafeMutableBufferPointer<Int32>
    let yearType: UnsafeMutableBufferPointer<UInt8>
    let macroShock: UnsafeMutableBufferPointer<Double>
    /// `groupCount × count` variable comp and bookings of each breakdown group, group-major
    /// (empty when the run does not track cells).
    let groupCount: Int
    let groupPay: UnsafeMutableBufferPointer<Double>
    let groupBookings: UnsafeMutableBufferPointer<Double>

    /// `partCount × count` bookings credited to each goal part, part-major.
    let partCount: Int
    let partBookings: UnsafeMutableBufferPointer<Double>

    /// The general path's per-trial figures; nil on the fast path.
    let realPlan: RealPlanColumns?

    init(count: Int, groupCount: Int = 0, partCount: Int = 0, tracksRealPlans: Bool = false) {
        realPlan = tracksRealPlans ? RealPlanColumns(count: count) : nil
        self.partCount = partCount
        partBookings = .allocate(capacity: partCount * count)
        self.groupCount = groupCount
        groupPay = .allocate(capacity: groupCount * count)
        groupPay.initialize(repeating: 0)
        groupBookings = .allocate(capacity: groupCount * count)
        groupBookings.initialize(repeating: 0)
        self.count = count
        revenue = .allocate(capacity: count)
        variableComp = .allocate(capacity: count)
        sellersAtQuota = .allocate(capacity: count)
        sellersAtTarget = .allocate(capacity: count)
        creditedAtQuota = .allocate(capacity: count)
        yearType = .allocate(capacity: count)
        macroShock = .allocate(capacity: count)
    }

    deinit {
        revenue.deallocate()
        variableComp.deallocate()
        sellersAtQuota.deallocate()
        sellersAtTarget.deallocate()
        creditedAtQuota.deallocate()
        yearType.deallocate()
        macroShock.deallocate()
        groupPay.deallocate()
        groupBookings.deallocate()
        partBookings.deallocate()
    }
}
