import Foundation

/// The parts of a problem computed once from the scenario: home bases, neighbours, bands.
extension BalancingProblem {
    /// Neighbour lists are this long: a move to a territory farther away than its 16 nearest is
    /// looked for only when none of those helps.
    static let neighbourCount = 16

    static func homeBases(_ territories: [Territory], points: [GeoPoint?], initial: [Int32]) -> [GeoPoint?] {
        var owned = Array(repeating: [GeoPoint](), count: territories.count)
        for (a, point) in points.enumerated() where initial[a] >= 0 {
            if let point { owned[Int(initial[a])].append(point) }
        }
        return territories.enumerated().map { t, territory in
            if let lat = territory.latitude, let lon = territory.longitude { return GeoPoint(latitude: lat, longitude: lon) }
            return GeoPoint.centroid(owned[t])
        }
    }

    static func neighbourLists(home: [GeoPoint?], groupMembers: [[Int32]], group: [Int32]) -> ([[Int32]], [[Int32]]) {
        var lists = Array(repeating: [Int32](), count: home.count)
        for t in home.indices {
            let peers = groupMembers[Int(group[t])].filter { Int($0) != t }
            let ranked: [Int32]
            if let base = home[t] {
                let closeness: [Double] = peers.map { peer in home[Int(peer)].map { base.dot($0) } ?? -3 }
                let order = peers.indices.sorted { i, j in
                    closeness[i] != closeness[j] ? closeness[i] > closeness[j] : peers[i] < peers[j]
                }
                ranked = order.map { peers[$0] }
            } else {
                ranked = peers
            }
            lists[t] = Array(ranked.prefix(neighbourCount))
        }
        var reverse = Array(repeating: [Int32](), count: home.count)
        for (t, list) in lists.enumerated() {
            for peer in list { reverse[Int(peer)].append(Int32(t)) }
        }
        return (lists, reverse)
    }

    static func bands(layout: EligibilityLayout, potential: [Double], workload: [Double],
                      options: BalancingOptions) -> [Band] {
        let territoryCount = layout.group.count
        var totals = Array(repeating: (potential: 0.0, workload: 0.0), count: layout.groupMembers.count)
        for a in potential.indices {
            guard let g = layout.homeGroup(ofAccount: a, territoryCount: territoryCount) else { continue }
            totals[g].potential += potential[a]
            totals[g].workload += workload[a]
        }
        return layout.groupMembers.enumerated().map { g, members in
            let count = Double(members.count)
            let meanP = totals[g].potential / count, meanW = totals[g].workload / count
            return Band(territories: members.count, meanPotential: meanP, meanWorkload: meanW,
                        potential: (meanP * (1 - options.tolerance))...(meanP * (1 + options.tolerance)),
                        workload: options.workloadTolerance.map { (meanW * (1 - $0))...(meanW * (1 + $0)) })
        }
    }

    /// The median distance of accounts to their territory's home base today: the unit of the
    /// from-scratch objective, so that its costs are comparable with band violations.
    static func typicalDistance(points: [GeoPoint?], home: [GeoPoint?], initial: [Int32]) -> Double {
        var distances: [Double] = []
        for (a, point) in points.enumerated() where initial[a] >= 0 {
            if let point, let base = home[Int(initial[a])] { distances.append(point.distanceKm(to: base)) }
        }
        guard !distances.isEmpty else { return 1 }
        distances.sort()
        return max(distances[distances.count / 2], 1)
    }

    /// For from-scratch alignments: every account's nearest home base among the territories it
    /// may go to (locked accounts stay).
    static func nearestEligible(points: [GeoPoint?], home: [GeoPoint?], fixed: [Bool], initial: [Int32],
                                accountClass: [Int32], allowed: [Bool], territoryCount: Int) -> [Int32] {
        points.indices.map { a in
            if fixed[a] { return initial[a] }
            guard let point = points[a] else { return initial[a] }
            var best = initial[a], bestDot = -3.0
            let base = Int(accountClass[a]) * territoryCount
            for t in 0..<territoryCount where allowed[base + t] {
                if let centre = home[t], point.dot(centre) > bestDot {
                    bestDot = point.dot(centre)
                    best = Int32(t)
                }
            }
            return best
        }
    }
}
