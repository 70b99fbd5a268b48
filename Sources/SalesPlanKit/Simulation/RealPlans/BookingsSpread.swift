/// Where direct sellers' bookings go once every seat of a chunk is done: each goal part's row,
/// each credited seller's (manager, overlay, ...) row and the credited-bookings total is a
/// weighted sum of direct sellers' rows — goal parts of their bookings, credits of their new
/// bookings.
///
/// Spread seat by seat, each of those rows was loaded and stored again for every seller in it
/// (a dozen goal parts per seller, a few credits); summed row by row over blocks of trials, the
/// sums stay in registers and each row is stored once. Terms are kept in seller order (and a
/// seller's credits in their order), so the sums are added in the same order as seat by seat.
struct BookingsSpread: Sendable {
    enum Target: Sendable, Equatable {
        case part(Int)
        case credited(slot: Int)
        /// The chunk's credited-bookings total (``RealPlanColumns/Figure/creditedBookings``).
        case creditedTotal
    }

    /// The rows to fill, and for each its terms end to end (row r's are
    /// `termStart[r] ..< termStart[r + 1]`: a direct seller in model order and a weight) and
    /// whether it sums new bookings (credits) or bookings (goal parts).
    private(set) var targets: [Target] = []
    private(set) var termStart: [Int] = [0]
    private(set) var termSeller: [Int] = []
    private(set) var termWeight: [Double] = []
    private(set) var readsNewBookings: [Bool] = []

    /// - Parameters:
    ///   - parts: per direct seller, the goal parts they are credited to and with what share
    ///     (empty when parts are not tracked).
    ///   - credits: per direct seller, the credited slots credited with their new bookings.
    init(parts: [[(part: Int, share: Double)]], partCount: Int, credits: [[(slot: Int, share: Double)]], creditedCount: Int) {
        typealias Terms = [(seller: Int, weight: Double)]
        var partTerms = [Terms](repeating: [], count: partCount)
        var creditedTerms = [Terms](repeating: [], count: creditedCount)
        var totalTerms: Terms = []
        for (seller, shares) in parts.enumerated() {
            for (part, share) in shares { partTerms[part].append((seller, share)) }
        }
        for (seller, sellerCredits) in credits.enumerated() {
            for credit in sellerCredits {
                creditedTerms[credit.slot].append((seller, credit.share))
                totalTerms.append((seller, credit.share))
            }
        }
        func add(_ target: Target, _ terms: Terms, newBookings: Bool) {
            targets.append(target)
            termSeller += terms.map(\.seller)
            termWeight += terms.map(\.weight)
            termStart.append(termSeller.count)
            readsNewBookings.append(newBookings)
        }
        for (part, terms) in partTerms.enumerated() { add(.part(part), terms, newBookings: false) }
        for (slot, terms) in creditedTerms.enumerated() { add(.credited(slot: slot), terms, newBookings: true) }
        if !totalTerms.isEmpty { add(.creditedTotal, totalTerms, newBookings: true) }
    }
}
