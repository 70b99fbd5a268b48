/// A sales territory: the unit accounts are assigned to and sellers cover.
public struct Territory: Sendable, Equatable {
    public var id: String
    public var name: String
    public var region: String?
    public var segment: String?
    /// Industry vertical the territory specialises in, for `keep_within: [vertical]`; when not
    /// written, balancing takes the most common vertical of the territory's accounts today.
    public var vertical: String?
    /// Most workload hours a year the territory's seller can carry; nil means no limit.
    public var capacityHours: Double?
    /// The seller's home base, degrees north; nil means the centroid of today's accounts.
    public var latitude: Double?
    /// The seller's home base, degrees east.
    public var longitude: Double?

    public init(id: String, name: String, region: String? = nil, segment: String? = nil, vertical: String? = nil,
                capacityHours: Double? = nil, latitude: Double? = nil, longitude: Double? = nil) {
        self.id = id
        self.name = name
        self.region = region
        self.segment = segment
        self.vertical = vertical
        self.capacityHours = capacityHours
        self.latitude = latitude
        self.longitude = longitude
    }
}
