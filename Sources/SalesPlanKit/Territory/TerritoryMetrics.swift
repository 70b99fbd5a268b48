/// How balanced an alignment is, the way practitioners and academics read it: each territory's
/// index (100 = the average territory of its group), its deviation from the mean, the maximum
/// deviation, the coefficient of variation and the share of territories within ±5/10/15 %.
public struct TerritoryMetrics: Sendable {
    public struct Row: Sendable {
        public var id: String
        public var name: String
        public var potential: Double
        public var billings: Double
        public var workloadHours: Double
        public var accounts: Int
        /// 100 × potential ÷ the mean potential of the territory's group.
        public var index: Double
        /// Potential ÷ the group mean − 1 (+0.12 = 12 % above the mean).
        public var deviation: Double
        public var workloadDeviation: Double
        /// Distance of the territory's accounts to its home base (haversine), nil without coordinates.
        public var meanDistanceKm: Double?
        public var maxDistanceKm: Double?
    }

    public let rows: [Row]
    /// The largest |deviation| of potential over all territories.
    public let maxDeviation: Double
    public let maxWorkloadDeviation: Double
    /// Standard deviation ÷ mean of territory potential (population, relative to each group's mean).
    public let coefficientOfVariation: Double
    /// Share of territories whose potential is within ±5 %, ±10 % and ±15 % of their group's mean.
    public let shareWithin: [Double]
    public static let shareLevels = [0.05, 0.10, 0.15]

    public init(problem: BalancingProblem, assignment: [Int32]) {
        let m = problem.territoryCount
        var potential = Array(repeating: 0.0, count: m), billings = potential, workload = potential
        var count = Array(repeating: 0, count: m)
        var distanceSum = Array(repeating: 0.0, count: m), distanceMax = distanceSum, measured = count
        for (a, owner) in assignment.enumerated() where owner >= 0 {
            let t = Int(owner)
            potential[t] += problem.potential[a]
            billings[t] += problem.scenario.accounts[a].billings
            workload[t] += problem.workload[a]
            count[t] += 1
            if let distance = problem.distanceKm(a, t) {
                distanceSum[t] += distance
                distanceMax[t] = max(distanceMax[t], distance)
                measured[t] += 1
            }
        }
        rows = problem.scenario.territories.enumerated().map { t, territory in
            let band = problem.bands[Int(problem.group[t])]
            let ratio = band.meanPotential > 0 ? potential[t] / band.meanPotential : 1
            let workloadRatio = band.meanWorkload > 0 ? workload[t] / band.meanWorkload : 1
            return Row(id: territory.id, name: territory.name, potential: potential[t], billings: billings[t],
                       workloadHours: workload[t], accounts: count[t], index: 100 * ratio, deviation: ratio - 1,
                       workloadDeviation: workloadRatio - 1,
                       meanDistanceKm: measured[t] > 0 ? distanceSum[t] / Double(measured[t]) : nil,
                       maxDistanceKm: measured[t] > 0 ? distanceMax[t] : nil)
        }
        (maxDeviation, maxWorkloadDeviation, coefficientOfVariation, shareWithin) = Self.summarise(rows)
    }

    /// The aggregate figures of a set of rows.
    static func summarise(_ rows: [Row]) -> (Double, Double, Double, [Double]) {
        guard !rows.isEmpty else { return (0, 0, 0, shareLevels.map { _ in 1 }) }
        let deviations = rows.map(\.deviation)
        let maxDeviation = deviations.map(abs).max() ?? 0
        let maxWorkload = rows.map { abs($0.workloadDeviation) }.max() ?? 0
        // Each deviation is relative to its group's mean, so the ratios have mean 1 within a group.
        let variance = deviations.reduce(0) { $0 + $1 * $1 } / Double(rows.count)
        let shares = shareLevels.map { level in
            Double(deviations.filter { abs($0) <= level + 1e-12 }.count) / Double(rows.count)
        }
        return (maxDeviation, maxWorkload, variance.squareRoot(), shares)
    }
}
