/// How far the sum of quotas covers the company goal ("over-assignment"), in total and by region
/// and segment.
///
/// Quotas normally add up to 20–40 % more than the goal, so that the goal is still met when some
/// sellers miss. Only direct sellers' quotas count: overlay and manager quotas restate the same
/// bookings.
public struct GoalCoverage: Sendable, Equatable {
    /// The usual range of over-assignment (quota ÷ goal − 1).
    public static let usualOverAssignment = 0.20...0.40

    public struct Line: Sendable, Equatable {
        /// `total`, or the region / segment name.
        public var name: String
        public var goal: Double
        public var quota: Double
        /// Quota ÷ goal (1.3 = 30 % over-assignment); nil when the goal is 0.
        public var ratio: Double? { goal > 0 ? quota / goal : nil }
        /// Quota ÷ goal − 1.
        public var overAssignment: Double? { ratio.map { $0 - 1 } }
        /// Whether over-assignment is inside the usual 20–40 %.
        public var isUsual: Bool { overAssignment.map { GoalCoverage.usualOverAssignment.contains($0) } ?? false }
    }

    public var total: Line
    public var byRegion: [Line]
    public var bySegment: [Line]

    public init(scenario: Scenario) {
        var quotaByRegion: [String: Double] = [:], quotaBySegment: [String: Double] = [:]
        for seller in scenario.sellers where seller.role.credit == .own {
            if let region = seller.region { quotaByRegion[region, default: 0] += seller.quota }
            if let segment = seller.segment { quotaBySegment[segment, default: 0] += seller.quota }
        }
        total = Line(name: "total", goal: scenario.goal.bookings, quota: scenario.totalDirectQuota)
        byRegion = scenario.goal.byRegion.map { Line(name: $0.name, goal: $0.amount, quota: quotaByRegion[$0.name] ?? 0) }
        bySegment = scenario.goal.bySegment.map { Line(name: $0.name, goal: $0.amount, quota: quotaBySegment[$0.name] ?? 0) }
    }
}
