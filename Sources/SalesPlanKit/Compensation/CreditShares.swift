/// Who is credited with whose bookings, and with what share, on the engine's general path.
///
/// Extends ``CreditMap`` with the crediting of real plans: an overlay with `covers_territories`
/// is credited with the direct sellers of those territories (instead of its region); sales
/// engineers and BDRs with their manager's whole team; `covers_products` keeps only those
/// products' share of each direct seller's bookings (from the product mix); and every credited
/// seller gets `credit_share` of the result.
struct CreditShares: Sendable {
    /// For each seller (scenario order), the direct sellers (scenario indexes) they are credited
    /// with and the share of each one's bookings.
    let credits: [[(seller: Int, share: Double)]]

    init(scenario: Scenario) {
        let sellers = scenario.sellers
        let map = CreditMap(sellers: sellers)
        var indexByID: [String: Int] = [:]
        for index in sellers.indices where indexByID[sellers[index].id] == nil { indexByID[sellers[index].id] = index }
        let direct = sellers.indices.filter { sellers[$0].role.credit == .own }
        credits = sellers.indices.map { index in
            let seller = sellers[index]
            let creditedDirect: [Int]
            switch seller.role.credit {
            case .own:
                return []
            case .team:
                creditedDirect = map.creditedSellers(of: index)
            case .region:
                if seller.coversTerritories.isEmpty {
                    creditedDirect = map.creditedSellers(of: index)
                } else {
                    let covered = Set(seller.coversTerritories)
                    creditedDirect = direct.filter { sellers[$0].territoryID.map(covered.contains) ?? false }
                }
            case .managersTeam:
                guard let manager = seller.managerID.flatMap({ indexByID[$0] }) else { return [] }
                creditedDirect = direct.filter { CreditShares.reportsTo(sellers[$0], manager: manager, sellers: sellers, indexByID: indexByID) }
            }
            return creditedDirect.map { directIndex in
                let share = seller.creditShare * CreditShares.productShare(of: sellers[directIndex], products: seller.coversProducts,
                                                                           mix: scenario.productMix)
                return (directIndex, share)
            }
        }
    }

    /// Whether `seller` reports to `manager`, directly or through others (loops stop).
    private static func reportsTo(_ seller: Seller, manager: Int, sellers: [Seller], indexByID: [String: Int]) -> Bool {
        var visited = Set<Int>()
        var current = seller.managerID.flatMap { indexByID[$0] }
        while let index = current, visited.insert(index).inserted {
            if index == manager { return true }
            current = sellers[index].managerID.flatMap { indexByID[$0] }
        }
        return false
    }

    /// The share of `seller`'s bookings in `products` (1 when no products are named).
    static func productShare(of seller: Seller, products: [String], mix: ProductMix) -> Double {
        guard !products.isEmpty else { return 1 }
        let shares = mix.shares(planID: seller.planID, segment: seller.segment)
        return shares.filter { products.contains($0.name) }.reduce(0) { $0 + $1.amount }
    }
}
