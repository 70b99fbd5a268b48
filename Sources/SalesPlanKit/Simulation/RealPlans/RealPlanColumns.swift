/// Per-trial figures of the general path, one row per ``Figure``, `count` trials each: written
/// by the chunk that owns the trial, like ``TrialColumns``.
final class RealPlanColumns: @unchecked Sendable {
    /// The figures the general path adds up per trial.
    enum Figure: Int, CaseIterable {
        /// SPIF payouts (included in variable comp).
        case spifPay
        /// Pay reclaimed by clawbacks (already taken out of variable comp).
        case clawback
        /// Pay guaranteed by new-hire draws above what was earned (included in variable comp).
        case drawTopUp
        /// Renewal base × renewal rate, all sellers.
        case renewed
        /// Bookings lost to vacancy and ramp.
        case revenueLost
        /// Sellers (seats) whose incumbent left during the year.
        case departures
        /// Bookings credited to managers, overlays, sales engineers and BDRs.
        case creditedBookings
        /// Base salary paid (less in vacant months).
        case baseSalary
        /// The trial's renewal rate.
        case renewalRate
        /// Marketing success (realised ÷ planned sourced pipeline), and what it brought:
        /// marketing-sourced pipeline, sourced bookings and influenced bookings.
        case marketingSuccess
        case sourcedPipeline
        case sourcedBookings
        case influencedBookings
    }

    let count: Int
    let values: UnsafeMutableBufferPointer<Double>

    init(count: Int) {
        self.count = count
        values = .allocate(capacity: Figure.allCases.count * count)
        values.initialize(repeating: 0)
    }

    deinit { values.deallocate() }

    func row(_ figure: Figure) -> UnsafeMutablePointer<Double> {
        values.baseAddress! + figure.rawValue * count
    }

    func array(_ figure: Figure) -> [Double] {
        Array(UnsafeBufferPointer(start: row(figure), count: count))
    }
}
