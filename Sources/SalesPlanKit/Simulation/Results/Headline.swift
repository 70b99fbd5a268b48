/// The distributions finance reads first.
public struct Headline: Sendable, Equatable, Codable {
    public var revenue: Distribution
    public var variableComp: Distribution
    public var totalComp: Distribution
    public var costOfSales: Distribution
    public var shareAtQuota: Distribution
    public var shareAtTarget: Distribution
    /// Share of direct sellers at or above quota (``shareAtQuota`` counts managers and overlays too).
    public var directShareAtQuota: Distribution
    /// Probability that bookings reach the company goal.
    public var goalMet: Proportion

    /// "Revenue" in the engine is bookings (attainment × quota), and the published schema says so.
    enum CodingKeys: String, CodingKey {
        case revenue = "bookings"
        case variableComp, totalComp, costOfSales, shareAtQuota, shareAtTarget, directShareAtQuota, goalMet
    }
}
