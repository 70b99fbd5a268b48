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
    /// One seat's per-trial figures between the passes of ``ChunkRunner``'s seat loop: the
    /// plan's pay multiple gross and net of churn, the clawback, SPIF pay, the bookings
    /// attainment counted toward quota and its histogram bin. The plain-year pass fills them
    /// for every trial; the exceptions pass overwrites the trials that are not plain.
    let seatGross: UnsafeMutableBufferPointer<Double>
    let seatNet: UnsafeMutableBufferPointer<Double>
    let seatClawback: UnsafeMutableBufferPointer<Double>
    let seatSpif: UnsafeMutableBufferPointer<Double>
    let seatAttainment: UnsafeMutableBufferPointer<Double>
    let seatBin: UnsafeMutableBufferPointer<Int>
    /// A seat's draw top-up, revenue lost to vacancy and ramp, and base salary per trial, for
    /// seats that are not a plain year.
    let seatTopUp: UnsafeMutableBufferPointer<Double>
    let seatLost: UnsafeMutableBufferPointer<Double>
    let seatBase: UnsafeMutableBufferPointer<Double>
    /// The trials of one seat that are not a plain year (a departure, a hire or ramp, a draw).
    let exceptions: UnsafeMutableBufferPointer<Int>
    /// The outcome of each of those trials, in the same order.
    let exceptionOutcomes: UnsafeMutableBufferPointer<SeatYear.Outcome>
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
        seatGross = .allocate(capacity: capacity)
        seatNet = .allocate(capacity: capacity)
        seatClawback = .allocate(capacity: capacity)
        seatSpif = .allocate(capacity: capacity)
        seatAttainment = .allocate(capacity: capacity)
        seatBin = .allocate(capacity: capacity)
        seatTopUp = .allocate(capacity: capacity)
        seatLost = .allocate(capacity: capacity)
        seatBase = .allocate(capacity: capacity)
        exceptions = .allocate(capacity: capacity)
        exceptionOutcomes = .allocate(capacity: capacity)
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
        for row in [seatGross, seatNet, seatClawback, seatSpif, seatAttainment, seatTopUp, seatLost, seatBase] { row.deallocate() }
        seatBin.deallocate()
        exceptions.deallocate()
        exceptionOutcomes.deallocate()
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
