/// A second uniform recycled from a seat's departure draw, for its first per-deal SPIF.
///
/// Given that the seller stays (u ≥ rate), (u − rate) ÷ (1 − rate) is uniform on [0, 1) and
/// independent of the departure; given that they leave (u < rate), the part of 12·u ÷ rate past
/// its whole number (the departure month) is uniform on [0, 1) and independent of the month. So
/// one GSL uniform serves both draws, exactly in distribution (of a draw's 32 bits the recycled
/// uniform keeps at least 25). Drawing a uniform per seller and trial for a SPIF cost more than
/// the rest of the SPIF; the divisions are multiplications by factors worked out once, and the
/// choice has no branch (whether a seller leaves is a coin toss to the branch predictor).
struct UniformRecycler: Sendable {
    let rate: Double
    /// 12 ÷ rate and 1 ÷ (1 − rate) (infinite where their side is never taken).
    private let monthScale: Double
    private let stayScale: Double

    init(rate: Double) {
        self.rate = rate
        monthScale = 12 / rate
        stayScale = 1 / (1 - rate)
    }

    @inline(__always)
    func callAsFunction(_ leaveUniform: Double) -> Double {
        let months = leaveUniform * monthScale
        let stays = (leaveUniform - rate) * stayScale
        return leaveUniform < rate ? months - months.rounded(.down) : stays
    }
}
