/// Who may go where under `keep_within`, and which territories are compared with which.
///
/// An account's value for a kept attribute is its own (`segment`, `vertical`) or, when it has
/// none, its territory's today; `region` always comes from the territory (accounts carry none).
/// A territory's value is its own column or, for `segment` and `vertical`, the most common value
/// among its accounts today. An account may go to a territory whose values match its own; a
/// value missing on either side matches anything. Territories with the same values form a group.
struct EligibilityLayout {
    var initial: [Int32]
    var accountClass: [Int32]
    var classCount: Int
    var allowed: [Bool]
    var group: [Int32]
    var groupMembers: [[Int32]]

    init(scenario: Scenario, keepWithin: [BalancingOptions.Dimension]) {
        let territories = scenario.territories
        var index: [String: Int32] = [:]
        for (position, territory) in territories.enumerated() where index[territory.id] == nil {
            index[territory.id] = Int32(position)
        }
        initial = scenario.accounts.map { $0.territoryID.flatMap { index[$0] } ?? -1 }
        let dimensions = keepWithin
        let initial = self.initial

        // Territory values, with the most common account value where the column is empty.
        var territoryValues: [[String?]] = territories.map { territory in
            dimensions.map { dimension in
                switch dimension {
                case .region: territory.region
                case .segment: territory.segment
                case .vertical: territory.vertical
                }
            }
        }
        for (d, dimension) in dimensions.enumerated() where dimension != .region {
            var counts = Array(repeating: [String: Int](), count: territories.count)
            for (a, account) in scenario.accounts.enumerated() where initial[a] >= 0 {
                if let value = dimension == .segment ? account.segment : account.vertical {
                    counts[Int(initial[a])][value, default: 0] += 1
                }
            }
            for t in territories.indices where territoryValues[t][d] == nil {
                territoryValues[t][d] = counts[t].max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            }
        }

        // Account classes: distinct tuples of values.
        var classIndex: [[String?]: Int32] = [:]
        var classValues: [[String?]] = []
        accountClass = scenario.accounts.enumerated().map { a, account in
            let owner = initial[a] >= 0 ? Int(initial[a]) : nil
            let values: [String?] = dimensions.enumerated().map { d, dimension in
                switch dimension {
                case .region: owner.flatMap { territoryValues[$0][d] }
                case .segment: account.segment ?? owner.flatMap { territoryValues[$0][d] }
                case .vertical: account.vertical ?? owner.flatMap { territoryValues[$0][d] }
                }
            }
            if let known = classIndex[values] { return known }
            let new = Int32(classValues.count)
            classIndex[values] = new
            classValues.append(values)
            return new
        }
        classCount = classValues.count
        var allowed = Array(repeating: true, count: classValues.count * territories.count)
        for (c, values) in classValues.enumerated() {
            for t in territories.indices {
                allowed[c * territories.count + t] = zip(values, territoryValues[t]).allSatisfy { pair in
                    pair.0 == nil || pair.1 == nil || pair.0 == pair.1
                }
            }
        }
        self.allowed = allowed

        var groupIndex: [[String?]: Int32] = [:]
        var members: [[Int32]] = []
        group = territoryValues.enumerated().map { t, values in
            if let known = groupIndex[values] {
                members[Int(known)].append(Int32(t))
                return known
            }
            let new = Int32(members.count)
            groupIndex[values] = new
            members.append([Int32(t)])
            return new
        }
        groupMembers = members
    }

    /// The group an account's potential counts towards when the means are taken: its territory's
    /// today, else the group of the first territory it may go to.
    func homeGroup(ofAccount a: Int, territoryCount: Int) -> Int? {
        if initial[a] >= 0 { return Int(group[Int(initial[a])]) }
        let base = Int(accountClass[a]) * territoryCount
        return (0..<territoryCount).first { allowed[base + $0] }.map { Int(group[$0]) }
    }
}
