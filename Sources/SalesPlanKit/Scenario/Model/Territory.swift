/// A sales territory: the unit accounts are assigned to and sellers cover.
public struct Territory: Sendable, Equatable {
    public var id: String
    public var name: String
    public var region: String?
    public var segment: String?

    public init(id: String, name: String, region: String? = nil, segment: String? = nil) {
        self.id = id
        self.name = name
        self.region = region
        self.segment = segment
    }
}
