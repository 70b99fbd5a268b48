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

/// A chunk's running totals of the ``RealPlanColumns`` figures, and the trial-level rates.
final class RealPlanScratch {
    let capacity: Int
    let totals: UnsafeMutableBufferPointer<Double>
    /// Each plan's churn rate per trial (plan-major), 0 for plans without a clawback.
    let churn: UnsafeMutableBufferPointer<Double>
    /// Renewal rate ÷ its mean, per trial.
    let renewalRatio: UnsafeMutableBufferPointer<Double>
    /// The chunk's own draws, when not shared with other scenarios of a comparison.
    let ownDraws: ChunkDraws
    /// One seat's bookings (counted toward the goal) and pay per trial, for the passes that
    /// spread them over credited sellers, goal parts and breakdown cells after the trial loop.
    let seatBookings: UnsafeMutableBufferPointer<Double>
    let seatNewBookings: UnsafeMutableBufferPointer<Double>
    let seatPay: UnsafeMutableBufferPointer<Double>
    /// One seat's primary (bookings) log attainment and attainment per trial, and each measure's
    /// own attainment (measure-major), computed four trials at a time before the trial loop.
    let logPrimary: UnsafeMutableBufferPointer<Double>
    let primary: UnsafeMutableBufferPointer<Double>
    let measureAttainment: UnsafeMutableBufferPointer<Double>

    /// Per share class and trial: log of the median factor, and the share of a seat's bookings
    /// marketing sourced (share × success ÷ factor).
    let marketingShift: UnsafeMutableBufferPointer<Double>
    let sourcedFraction: UnsafeMutableBufferPointer<Double>

    init(capacity: Int, planCount: Int, layout: DrawLayout, marketingShares: Int = 0) {
        marketingShift = .allocate(capacity: max(1, marketingShares) * capacity)
        sourcedFraction = .allocate(capacity: max(1, marketingShares) * capacity)
        self.capacity = capacity
        totals = .allocate(capacity: RealPlanColumns.Figure.allCases.count * capacity)
        churn = .allocate(capacity: max(1, planCount) * capacity)
        renewalRatio = .allocate(capacity: capacity)
        ownDraws = ChunkDraws(capacity: capacity, layout: layout)
        seatBookings = .allocate(capacity: capacity)
        seatNewBookings = .allocate(capacity: capacity)
        seatPay = .allocate(capacity: capacity)
        logPrimary = .allocate(capacity: capacity)
        primary = .allocate(capacity: capacity)
        measureAttainment = .allocate(capacity: MeasureAttainments.capacity * capacity)
    }

    deinit {
        marketingShift.deallocate()
        sourcedFraction.deallocate()
        seatBookings.deallocate()
        seatNewBookings.deallocate()
        seatPay.deallocate()
        logPrimary.deallocate()
        primary.deallocate()
        measureAttainment.deallocate()
        totals.deallocate()
        churn.deallocate()
        renewalRatio.deallocate()
    }

    func row(_ figure: RealPlanColumns.Figure) -> UnsafeMutablePointer<Double> {
        totals.baseAddress! + figure.rawValue * capacity
    }
}
