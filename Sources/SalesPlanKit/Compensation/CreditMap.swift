/// Who is credited with whose bookings.
///
/// Direct sellers are credited with their own bookings. A manager is credited with the bookings
/// of every direct seller below them in the reporting line; an overlay specialist with those of
/// the direct sellers in their region (and segment, if they have one). The same dollar is thus
/// credited several times, the "double credit" that makes stacked teams' payout non-linear in
/// sales.
public struct CreditMap: Sendable {
    /// For each seller, the direct sellers whose bookings they are credited with (empty for
    /// direct sellers themselves, who are credited with their own).
    private let credited: [[Int]]

    public init(sellers: [Seller]) {
        var indexByID: [String: Int] = [:]
        var hasCreditedSellers = false
        for index in sellers.indices {
            if indexByID[sellers[index].id] == nil { indexByID[sellers[index].id] = index }
            if sellers[index].role.credit != .own { hasCreditedSellers = true }
        }
        var credited = [[Int]](repeating: [], count: sellers.count)
        guard hasCreditedSellers else {
            self.credited = credited
            return
        }
        var overlaysByArea: [String: [Int]] = [:]
        for index in sellers.indices where sellers[index].role.credit == .region {
            if let region = sellers[index].region {
                overlaysByArea[CreditMap.area(region, sellers[index].segment), default: []].append(index)
            }
        }
        for index in sellers.indices where sellers[index].role.credit == .own {
            let seller = sellers[index]
            // Every manager up the reporting line (guarding against loops the validator reports).
            var visited: Set<Int> = [index]
            var manager = seller.managerID.flatMap { indexByID[$0] }
            while let current = manager, visited.insert(current).inserted {
                if sellers[current].role.credit == .team { credited[current].append(index) }
                manager = sellers[current].managerID.flatMap { indexByID[$0] }
            }
            if let region = seller.region {
                for overlay in overlaysByArea[CreditMap.area(region, nil)] ?? [] { credited[overlay].append(index) }
                if let segment = seller.segment {
                    for overlay in overlaysByArea[CreditMap.area(region, segment)] ?? [] { credited[overlay].append(index) }
                }
            }
        }
        self.credited = credited
    }

    /// Direct sellers whose bookings seller `index` is credited with.
    public func creditedSellers(of index: Int) -> [Int] {
        credited[index]
    }

    private static func area(_ region: String, _ segment: String?) -> String {
        segment.map { "\(region)\u{1F}\($0)" } ?? region
    }
}
