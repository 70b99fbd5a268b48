/// The company's bookings goal for the plan year: the number quotas must cover.
///
/// The total is what finance commits to. Splits by region, segment, vertical or product let
/// goal coverage and strategic alignment be checked below the total; each split lists the parts
/// in file order.
public struct CompanyGoal: Sendable, Equatable {
    /// Company bookings goal, in the scenario currency.
    public var bookings: Double
    /// Goal by region name (matches ``Seller/region``).
    public var byRegion: [NamedAmount]
    /// Goal by segment name (matches ``Seller/segment``).
    public var bySegment: [NamedAmount]
    /// Goal by industry vertical (matches ``Account/vertical``).
    public var byVertical: [NamedAmount]
    /// Goal by product line.
    public var byProduct: [NamedAmount]
    /// Goal by territory id (matches ``Seller/territoryID``).
    public var byTerritory: [NamedAmount]

    public init(
        bookings: Double,
        byRegion: [NamedAmount] = [],
        bySegment: [NamedAmount] = [],
        byVertical: [NamedAmount] = [],
        byProduct: [NamedAmount] = [],
        byTerritory: [NamedAmount] = []
    ) {
        self.bookings = bookings
        self.byRegion = byRegion
        self.bySegment = bySegment
        self.byVertical = byVertical
        self.byProduct = byProduct
        self.byTerritory = byTerritory
    }
}

/// A money amount labelled with the name of a region, segment, vertical or product.
public struct NamedAmount: Sendable, Equatable {
    public var name: String
    public var amount: Double

    public init(name: String, amount: Double) {
        self.name = name
        self.amount = amount
    }
}
