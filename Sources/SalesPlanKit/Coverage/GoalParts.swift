/// The parts of the company goal that have their own goal (every region, segment, vertical,
/// product and territory the goal is split by), and how each direct seller's bookings are
/// credited to them.
///
/// Region, segment and territory parts take a seller's whole bookings (their own region or
/// segment, else their territory's). Vertical and product parts take a share of them, because
/// sellers carry no vertical or product of their own:
/// - **vertical**: the share of the potential of the accounts in the seller's territory that is in
///   each vertical (a seller with no territory, or a territory with no accounts, has no vertical
///   split: their quota counts as "not in any vertical");
/// - **product**: the scenario's `product_mix` (the plan's mix, else the segment's, else the
///   company default).
public struct GoalParts: Sendable {
    public struct Part: Sendable, Equatable {
        public var dimension: CoverageDimension
        public var name: String
        /// The part's goal; nil for a name sellers carry that the goal split does not list
        /// (quota with no goal).
        public var goal: Double?
        /// Σ over direct sellers of their share in this part × quota.
        public var quota: Double
    }

    /// Parts with a goal first, in goal-split order, dimension by dimension; then parts with quota
    /// and no goal.
    public private(set) var parts: [Part] = []
    /// Per direct seller (scenario order of the direct sellers), the parts with a goal they are
    /// credited to and with what share of their bookings.
    public private(set) var sharesOfDirectSeller: [[(part: Int, share: Double)]] = []
    /// Per dimension with a goal split: quota credited to no part of it (e.g. sellers without a
    /// region), as "quota with no goal".
    public private(set) var unassignedQuota: [CoverageDimension: Double] = [:]

    /// Number of parts that have a goal (these are the ones the engine tracks); they come first.
    public var trackedCount: Int { parts.prefix { $0.goal != nil }.count }

    public init(scenario: Scenario) {
        let goal = scenario.goal
        let splits: [(CoverageDimension, [NamedAmount])] = [
            (.region, goal.byRegion), (.segment, goal.bySegment), (.vertical, goal.byVertical),
            (.product, goal.byProduct), (.territory, goal.byTerritory),
        ].filter { !$0.1.isEmpty }
        var index: [String: Int] = [:]
        for (dimension, split) in splits {
            for part in split {
                index["\(dimension.rawValue)\u{0}\(part.name)"] = parts.count
                parts.append(Part(dimension: dimension, name: part.name, goal: part.amount, quota: 0))
            }
        }
        let territories = Dictionary(scenario.territories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let verticalShares = splits.contains { $0.0 == .vertical } ? Self.verticalShares(scenario.accounts) : [:]
        var untracked: [String: Part] = [:]
        var untrackedOrder: [String] = []
        for seller in scenario.sellers where seller.role.credit == .own {
            let territory = seller.territoryID.flatMap { territories[$0] }
            var credited: [(Int, Double)] = []
            for (dimension, _) in splits {
                var shares: [(String, Double)] = []
                switch dimension {
                case .region: if let name = seller.region ?? territory?.region { shares = [(name, 1)] }
                case .segment: if let name = seller.segment ?? territory?.segment { shares = [(name, 1)] }
                case .territory: if let name = seller.territoryID { shares = [(name, 1)] }
                case .vertical: shares = seller.territoryID.flatMap { verticalShares[$0] } ?? []
                case .product:
                    shares = scenario.productMix.shares(planID: seller.planID, segment: seller.segment ?? territory?.segment)
                        .map { ($0.name, $0.amount) }
                }
                if shares.isEmpty { unassignedQuota[dimension, default: 0] += seller.quota }
                for (name, share) in shares where share > 0 {
                    let key = "\(dimension.rawValue)\u{0}\(name)"
                    if let part = index[key] {
                        parts[part].quota += share * seller.quota
                        credited.append((part, share))
                    } else {
                        if untracked[key] == nil {
                            untracked[key] = Part(dimension: dimension, name: name, goal: nil, quota: 0)
                            untrackedOrder.append(key)
                        }
                        untracked[key]!.quota += share * seller.quota
                    }
                }
            }
            sharesOfDirectSeller.append(credited.map { (part: $0.0, share: $0.1) })
        }
        parts += untrackedOrder.map { untracked[$0]! }
    }

    /// Each territory's potential split by its accounts' vertical (accounts without one count
    /// as the vertical "(none)").
    static func verticalShares(_ accounts: [Account]) -> [String: [(String, Double)]] {
        var potential: [String: [String: Double]] = [:]
        var order: [String: [String]] = [:]
        for account in accounts {
            guard let territory = account.territoryID else { continue }
            let vertical = account.vertical ?? "(none)"
            if potential[territory]?[vertical] == nil { order[territory, default: []].append(vertical) }
            potential[territory, default: [:]][vertical, default: 0] += account.potential
        }
        return potential.compactMapValues { byVertical in
            let total = byVertical.values.reduce(0, +)
            return total > 0 ? byVertical.map { ($0.key, $0.value / total) } : nil
        }.reduce(into: [:]) { result, entry in
            let ordered = order[entry.key]!.compactMap { name in entry.value.first { $0.0 == name } }
            result[entry.key] = ordered
        }
    }
}

/// A way the company goal is split.
public enum CoverageDimension: String, Sendable, CaseIterable, Codable {
    case region, segment, vertical, product, territory
}
