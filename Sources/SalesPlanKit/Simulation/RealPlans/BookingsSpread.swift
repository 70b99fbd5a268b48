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
    enum Source: Sendable { case bookings, newBookings }
    enum Target: Sendable, Equatable {
        case part(Int)
        case credited(slot: Int)
        /// The chunk's credited-bookings total (``RealPlanColumns/Figure/creditedBookings``).
        case creditedTotal
    }

    struct Row: Sendable {
        var target: Target
        var source: Source
        /// Direct sellers (model order) and their weights.
        var sellers: [Int] = []
        var weights: [Double] = []
    }

    private(set) var rows: [Row] = []
    /// The rows' terms end to end (row r's are `termStart[r] ..< termStart[r + 1]`), and whether
    /// each row reads new bookings: what the spread reads, without an array per row.
    private(set) var termStart: [Int] = [0]
    private(set) var termSeller: [Int] = []
    private(set) var termWeight: [Double] = []
    private(set) var readsNewBookings: [Bool] = []

    /// - Parameters:
    ///   - parts: per direct seller, the goal parts they are credited to and with what share
    ///     (empty when parts are not tracked).
    ///   - credits: per direct seller, the credited slots credited with their new bookings.
    init(parts: [[(part: Int, share: Double)]], partCount: Int, credits: [[(slot: Int, share: Double)]], creditedCount: Int) {
        var partRows = (0..<partCount).map { Row(target: .part($0), source: .bookings) }
        var creditedRows = (0..<creditedCount).map { Row(target: .credited(slot: $0), source: .newBookings) }
        var total = Row(target: .creditedTotal, source: .newBookings)
        for (seller, shares) in parts.enumerated() {
            for (part, share) in shares {
                partRows[part].sellers.append(seller)
                partRows[part].weights.append(share)
            }
        }
        for (seller, sellerCredits) in credits.enumerated() {
            for credit in sellerCredits {
                creditedRows[credit.slot].sellers.append(seller)
                creditedRows[credit.slot].weights.append(credit.share)
                total.sellers.append(seller)
                total.weights.append(credit.share)
            }
        }
        rows = partRows + creditedRows + (total.sellers.isEmpty ? [] : [total])
        for row in rows {
            termSeller += row.sellers
            termWeight += row.weights
            termStart.append(termSeller.count)
            readsNewBookings.append(row.source == .newBookings)
        }
    }
}
