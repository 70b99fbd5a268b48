/// How a run splits variable comp and bookings by plan, role, region and segment.
///
/// Every seller falls in one *cell*: a distinct (plan, role, region, segment). The inner loop
/// adds each seller's pay and bookings to its cell's row, one add per seller and trial; at the
/// end of a chunk each cell's row is added to the four *groups* it belongs to (its plan, its
/// role, its region, its segment). A scenario whose sellers all share one cell (bench model v1)
/// tracks nothing: its only group per dimension is the whole company, whose per-trial figures
/// the run already has.
struct PayCells: Sendable {
    /// One group of a breakdown, e.g. the plan `ae-2027` or the region `EMEA`.
    struct Group: Sendable {
        var dimension: BreakdownDimension
        var name: String
        var sellerCount = 0
        var directSellerCount = 0
        var targetIncentive = 0.0
        var onTargetEarnings = 0.0
        var directQuota = 0.0
    }

    /// Most groups × trials kept per run (8 bytes each, twice): beyond this the breakdowns are
    /// left out rather than let memory grow without bound.
    static let maxGroupTrials = 25_000_000

    private(set) var groups: [Group] = []
    /// For each cell, the indexes of its groups (one per dimension).
    private(set) var groupsOfCell: [[Int]] = []
    /// Cell of each seller, in scenario order.
    private(set) var cellOfSeller: [Int] = []

    var cellCount: Int { groupsOfCell.count }

    init(scenario: Scenario) {
        var planIndex: [String: Int] = [:]
        for (index, plan) in scenario.plans.enumerated() { planIndex[plan.id] = index }
        var territories: [String: Territory] = [:]
        for territory in scenario.territories { territories[territory.id] = territory }
        struct GroupKey: Hashable {
            var dimension: BreakdownDimension
            var name: String
        }
        var groupIndex: [GroupKey: Int] = [:]
        var cellIndex: [[Int]: Int] = [:]
        for seller in scenario.sellers {
            let territory = seller.territoryID.flatMap { territories[$0] }
            let plan = planIndex[seller.planID].map { scenario.plans[$0] }
            let keys: [(BreakdownDimension, String)] = [
                (.plan, seller.planID),
                (.role, seller.role.displayName),
                (.region, seller.region ?? territory?.region ?? BreakdownDimension.unassigned),
                (.segment, seller.segment ?? territory?.segment ?? BreakdownDimension.unassigned),
            ]
            let memberOf = keys.map { dimension, name -> Int in
                let key = GroupKey(dimension: dimension, name: name)
                if let existing = groupIndex[key] { return existing }
                groupIndex[key] = groups.count
                groups.append(Group(dimension: dimension, name: name))
                return groups.count - 1
            }
            for index in memberOf {
                groups[index].sellerCount += 1
                groups[index].targetIncentive += plan?.targetIncentive ?? 0
                groups[index].onTargetEarnings += plan?.onTargetEarnings ?? 0
                if seller.role.credit == .own {
                    groups[index].directSellerCount += 1
                    groups[index].directQuota += seller.quota
                }
            }
            if let cell = cellIndex[memberOf] {
                cellOfSeller.append(cell)
            } else {
                cellIndex[memberOf] = groupsOfCell.count
                cellOfSeller.append(groupsOfCell.count)
                groupsOfCell.append(memberOf)
            }
        }
    }

    /// Whether the inner loop splits pay by cell in a run of `trials` trials.
    func isTracked(trials: Int) -> Bool {
        cellCount > 1 && groups.count <= Self.maxGroupTrials / max(trials, 1)
    }
}

/// A way of splitting the sales force in the affordability report.
public enum BreakdownDimension: String, Sendable, CaseIterable, Codable {
    case plan, role, region, segment

    /// Group name of sellers with no region or segment (neither theirs nor their territory's).
    public static let unassigned = "(none)"
}
