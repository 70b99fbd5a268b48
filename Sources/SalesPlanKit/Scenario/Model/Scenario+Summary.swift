extension Scenario {
    /// Number of sellers in each role, in the order roles are listed in ``SellerRole``.
    public var sellersByRole: [(role: SellerRole, count: Int)] {
        SellerRole.allCases.compactMap { role in
            let count = sellers.count { $0.role == role }
            return count > 0 ? (role, count) : nil
        }
    }
}
