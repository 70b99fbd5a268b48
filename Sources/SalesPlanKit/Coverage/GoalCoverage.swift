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
        let direct = scenario.directSellers
        total = Line(name: "total", goal: scenario.goal.bookings, quota: direct.reduce(0) { $0 + $1.quota })
        byRegion = scenario.goal.byRegion.map { part in
            Line(name: part.name, goal: part.amount,
                 quota: direct.filter { $0.region == part.name }.reduce(0) { $0 + $1.quota })
        }
        bySegment = scenario.goal.bySegment.map { part in
            Line(name: part.name, goal: part.amount,
                 quota: direct.filter { $0.segment == part.name }.reduce(0) { $0 + $1.quota })
        }
    }
}
