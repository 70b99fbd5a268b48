/// A customer or prospect account, the unit territory balancing moves between sellers.
public struct Account: Sendable, Equatable {
    public var id: String
    public var name: String
    /// Territory the account is assigned to today.
    public var territoryID: String?
    /// Estimated annual bookings potential, in the scenario currency.
    public var potential: Double
    /// Current annual billings, in the scenario currency.
    public var billings: Double
    /// Hours a year the account takes to cover well (calls, meetings, travel).
    public var workloadHours: Double
    /// Degrees north, -90...90.
    public var latitude: Double?
    /// Degrees east, -180...180.
    public var longitude: Double?
    public var vertical: String?
    public var segment: String?
    /// Keep the account with its current territory (a relationship worth protecting).
    public var locked: Bool

    public init(
        id: String,
        name: String,
        territoryID: String? = nil,
        potential: Double,
        billings: Double = 0,
        workloadHours: Double = 0,
        latitude: Double? = nil,
        longitude: Double? = nil,
        vertical: String? = nil,
        segment: String? = nil,
        locked: Bool = false
    ) {
        self.id = id
        self.name = name
        self.territoryID = territoryID
        self.potential = potential
        self.billings = billings
        self.workloadHours = workloadHours
        self.latitude = latitude
        self.longitude = longitude
        self.vertical = vertical
        self.segment = segment
        self.locked = locked
    }
}
