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
    /// Every direct seat's bookings (counted toward the goal) and new bookings per trial, seat
    /// by seat, for the spread over goal parts and credited sellers after the seats
    /// (``BookingsSpread``); one block when renewals do not count toward the goal (then the two
    /// are the same).
    let directBookings: UnsafeMutableBufferPointer<Double>
    let directNewBookings: UnsafeMutableBufferPointer<Double>
    /// The current seat's rows of those, and its pay per trial.
    private(set) var seatBookings: UnsafeMutableBufferPointer<Double>
    private(set) var seatNewBookings: UnsafeMutableBufferPointer<Double>
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

    init(capacity: Int, planCount: Int, layout: DrawLayout, marketingShares: Int = 0, directSeats: Int,
         separateNewBookings: Bool) {
        marketingShift = .allocate(capacity: max(1, marketingShares) * capacity)
        sourcedFraction = .allocate(capacity: max(1, marketingShares) * capacity)
        self.capacity = capacity
        totals = .allocate(capacity: RealPlanColumns.Figure.allCases.count * capacity)
        churn = .allocate(capacity: max(1, planCount) * capacity)
        renewalRatio = .allocate(capacity: capacity)
        ownDraws = ChunkDraws(capacity: capacity, layout: layout)
        directBookings = .allocate(capacity: max(1, directSeats) * capacity)
        directNewBookings = separateNewBookings ? .allocate(capacity: max(1, directSeats) * capacity) : directBookings
        seatBookings = UnsafeMutableBufferPointer(rebasing: directBookings[0..<capacity])
        seatNewBookings = UnsafeMutableBufferPointer(rebasing: directNewBookings[0..<capacity])
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
        if directNewBookings.baseAddress != directBookings.baseAddress { directNewBookings.deallocate() }
        directBookings.deallocate()
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

    /// Makes direct seat `seat`'s rows the current seat's bookings rows.
    func selectDirectSeat(_ seat: Int) {
        seatBookings = UnsafeMutableBufferPointer(rebasing: directBookings[(seat * capacity)..<((seat + 1) * capacity)])
        seatNewBookings = UnsafeMutableBufferPointer(rebasing: directNewBookings[(seat * capacity)..<((seat + 1) * capacity)])
    }

    func row(_ figure: RealPlanColumns.Figure) -> UnsafeMutablePointer<Double> {
        totals.baseAddress! + figure.rawValue * capacity
    }
}
