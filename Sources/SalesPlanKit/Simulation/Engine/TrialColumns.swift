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
