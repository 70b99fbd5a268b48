/// The general path's spread of direct sellers' bookings over goal parts and credited sellers,
/// after the direct seats (``BookingsSpread``).
extension ChunkRunner {
    func spreadBookings(_ spread: BookingsSpread, count: Int) {
        typealias Block = SIMD16<Double>
        let planScratch = scratch.realPlan!
        let capacity = scratch.capacity
        let bookings = planScratch.directBookings.baseAddress!, newBookings = planScratch.directNewBookings.baseAddress!
        let targets = spread.targets.map { target -> UnsafeMutablePointer<Double> in
            switch target {
            case let .part(part): scratch.partBookings.baseAddress! + part * capacity
            case let .credited(slot): scratch.creditedBookings.baseAddress! + slot * capacity
            case .creditedTotal: planScratch.row(.creditedBookings)
            }
        }
        let termStart = spread.termStart, termSeller = spread.termSeller, termWeight = spread.termWeight
        let readsNewBookings = spread.readsNewBookings
        let whole = count - count % Block.scalarCount
        // Trials in blocks of 16, every row for a block before the next: the block's sellers'
        // bookings (a few kilobytes) are read from L1 for every row they feed.
        for start in stride(from: 0, to: whole, by: Block.scalarCount) {
            for row in targets.indices {
                let source = (readsNewBookings[row] ? newBookings : bookings) + start
                var sum = Block()
                for term in termStart[row]..<termStart[row + 1] {
                    sum += termWeight[term] * UnsafeRawPointer(source + termSeller[term] * capacity).loadUnaligned(as: Block.self)
                }
                UnsafeMutableRawPointer(targets[row] + start).storeBytes(of: sum, as: Block.self)
            }
        }
        for row in targets.indices {
            let source = readsNewBookings[row] ? newBookings : bookings
            for trial in whole..<count {
                var sum = 0.0
                for term in termStart[row]..<termStart[row + 1] { sum += termWeight[term] * source[termSeller[term] * capacity + trial] }
                targets[row][trial] = sum
            }
        }
    }
}
