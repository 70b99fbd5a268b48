/// Variable comp and bookings split one way (by plan, role, region or segment), as
/// distributions across trials: what each part of the sales force costs, and what it books.
public struct PayBreakdown: Sendable {
    public var dimension: BreakdownDimension
    public var groups: [GroupOutcome]

    /// One group's figures.
    public struct GroupOutcome: Sendable {
        public var name: String
        public var sellers: Int
        public var directSellers: Int
        /// Σ target incentive of the group's sellers: its variable-comp budget.
        public var targetIncentive: Double
        /// Σ on-target earnings (base + target incentive).
        public var onTargetEarnings: Double
        /// Σ quota of the group's direct sellers.
        public var directQuota: Double
        /// The group's variable comp per trial.
        public var variableComp: Distribution
        /// The group's bookings per trial; nil for groups without direct sellers (managers,
        /// overlays), who book nothing of their own.
        public var bookings: Distribution?
    }
}

extension PayBreakdown {
    /// The four breakdowns of a run, groups in the order sellers first name them.
    /// With one cell, every group is the whole company: its distributions are the headline's.
    static func breakdowns(cells: PayCells, columns: TrialColumns, headline: Headline) -> [PayBreakdown] {
        let tracked = columns.groupCount == cells.groups.count && columns.groupCount > 0
        guard tracked || cells.cellCount <= 1 else { return [] }
        let outcomes = Parallel.map(Array(cells.groups.indices)) { index -> PayBreakdown.GroupOutcome in
            let group = cells.groups[index]
            let pay: Distribution, bookings: Distribution?
            if tracked {
                let start = index * columns.count
                pay = Distribution(columns.groupPay[start..<(start + columns.count)])!
                bookings = Distribution(columns.groupBookings[start..<(start + columns.count)])
            } else {
                pay = headline.variableComp
                bookings = headline.revenue
            }
            return GroupOutcome(
                name: group.name, sellers: group.sellerCount, directSellers: group.directSellerCount,
                targetIncentive: group.targetIncentive, onTargetEarnings: group.onTargetEarnings,
                directQuota: group.directQuota, variableComp: pay,
                bookings: group.directSellerCount > 0 ? bookings : nil)
        }
        return BreakdownDimension.allCases.map { dimension in
            PayBreakdown(dimension: dimension,
                         groups: cells.groups.indices.filter { cells.groups[$0].dimension == dimension }.map { outcomes[$0] })
        }
    }
}
