import Foundation

/// A territory balancing instance in flat arrays, built once from a validated scenario: what the
/// solver reads in its inner loop (potentials, workloads, who may go where) and the bands every
/// territory must end inside.
///
/// Territories are compared within *groups*: with `keep_within`, the territories sharing the
/// kept attributes (enterprise with enterprise), since no account can flow between groups and an
/// enterprise territory is not "over" for holding more potential than an SMB one.
public struct BalancingProblem: Sendable {
    public let scenario: Scenario
    public let options: BalancingOptions
    var accountCount: Int { potential.count }
    var territoryCount: Int { scenario.territories.count }

    // Accounts.
    let potential: [Double]
    let workload: [Double]
    /// Territory index today, -1 for none.
    let initial: [Int32]
    /// The owner moves are counted against: today's, or (from scratch) the nearest home base.
    let baseline: [Int32]
    /// Locked accounts with a territory today: they never move.
    let fixed: [Bool]
    let accountClass: [Int32]
    let accountPoint: [GeoPoint?]
    /// The cost of an account leaving its baseline owner, in the objective's unit.
    let unitCost: [Double]

    // Territories.
    let group: [Int32]
    let groupMembers: [[Int32]]
    let home: [GeoPoint?]
    let capacity: [Double]
    /// Territories by distance of home base within the group, nearest first, without itself.
    let neighbours: [[Int32]]
    let reverseNeighbours: [[Int32]]
    /// `allowed[class * territoryCount + t]`: accounts of the class may go to `t`.
    let allowed: [Bool]
    /// Accounts within max_distance_km of a home base have a dot product at least this.
    let minimumDot: Double?

    // Bands, per group.
    public let bands: [Band]
    let distanceScale: Double
    /// Moves to a home base farther than this from the account cost more (twice `distanceScale`).
    let reachKm: Double

    /// A group's mean and the band its territories must end inside.
    public struct Band: Sendable, Equatable {
        public var territories: Int
        public var meanPotential: Double
        public var meanWorkload: Double
        public var potential: ClosedRange<Double>
        /// nil when workload is not balanced.
        public var workload: ClosedRange<Double>?
    }

    public init(scenario: Scenario, options: BalancingOptions) throws(BalancingInputError) {
        guard !scenario.accounts.isEmpty else { throw .noAccounts }
        guard !scenario.territories.isEmpty else { throw .noTerritories }
        guard options.tolerance > 0, options.tolerance < 1 else { throw .badTolerance(options.tolerance) }
        if let workload = options.workloadTolerance, !(workload > 0 && workload < 1) { throw .badTolerance(workload) }
        if options.objective == .minDeviation, options.maxMoves == nil { throw .minDeviationNeedsMaxMoves }
        if options.exact, options.objective == .minDeviation { throw .exactWithMinDeviation }
        self.scenario = scenario
        self.options = options
        let layout = EligibilityLayout(scenario: scenario, keepWithin: options.keepWithin)
        let accounts = scenario.accounts
        potential = accounts.map(\.potential)
        workload = accounts.map(\.workloadHours)
        initial = layout.initial
        fixed = accounts.indices.map { accounts[$0].locked && layout.initial[$0] >= 0 }
        accountClass = layout.accountClass
        allowed = layout.allowed
        group = layout.group
        groupMembers = layout.groupMembers
        capacity = scenario.territories.map { $0.capacityHours ?? .infinity }
        let points = accounts.map { account -> GeoPoint? in
            guard let lat = account.latitude, let lon = account.longitude else { return nil }
            return GeoPoint(latitude: lat, longitude: lon)
        }
        accountPoint = points
        home = Self.homeBases(scenario.territories, points: points, initial: layout.initial)
        (neighbours, reverseNeighbours) = Self.neighbourLists(home: home, groupMembers: layout.groupMembers, group: layout.group)
        minimumDot = options.maxDistanceKm.map(GeoPoint.minimumDot(forKm:))
        bands = Self.bands(layout: layout, potential: potential, workload: workload, options: options)
        distanceScale = Self.typicalDistance(points: points, home: home, initial: layout.initial)
        reachKm = 2 * distanceScale

        let averagePotential = max(potential.reduce(0, +) / Double(potential.count), 1e-9)
        var baseline = layout.initial
        if options.objective == .fromScratch {
            baseline = Self.nearestEligible(points: points, home: home, fixed: fixed, initial: layout.initial,
                                            accountClass: layout.accountClass, allowed: layout.allowed,
                                            territoryCount: scenario.territories.count)
        }
        self.baseline = baseline
        unitCost = accounts.indices.map { index in
            if layout.initial[index] < 0 && !options.countNewAccountsAsMoves { return 0 }
            switch options.objective {
            case .leastPotentialMoved: return accounts[index].potential / averagePotential
            default: return 1
            }
        }
        if options.exact {
            let pairs = ExactBalancing.variableCount(self)
            if pairs > ExactBalancing.maxVariables { throw .tooLargeForExact(pairs) }
        }
    }

    /// Whether the objective's cost is the number of moves itself (fewest moves, no distance
    /// penalty), so that an exact optimum is also a lower bound on moves.
    var costIsMoveCount: Bool {
        options.objective == .fewestMoves && (options.distanceWeight == 0 || !accountPoint.contains { $0 != nil })
    }

    /// Whether account `a` may end in territory `t`.
    @inline(__always) func eligible(_ a: Int, _ t: Int) -> Bool {
        if t == Int(initial[a]) { return true }
        if fixed[a] || !allowed[Int(accountClass[a]) * territoryCount + t] { return false }
        if let minimumDot, let point = accountPoint[a], let base = home[t] { return point.dot(base) >= minimumDot }
        return true
    }

    /// What putting account `a` in territory `t` costs, in the objective's unit.
    @inline(__always) func cost(_ a: Int, _ t: Int) -> Double {
        if options.objective == .fromScratch {
            guard let point = accountPoint[a], let base = home[t] else { return 0 }
            return point.distanceKm(to: base) / distanceScale
        }
        if t == Int(baseline[a]) { return 0 }
        return unitCost[a] + distancePenalty(a, t)
    }

    /// The extra cost of a move beyond the reach: weight × (km − reach) ÷ reach (0 within it, or
    /// without coordinates, or for an account that costs nothing to place).
    @inline(__always) func distancePenalty(_ a: Int, _ t: Int) -> Double {
        guard options.distanceWeight > 0, unitCost[a] > 0, let point = accountPoint[a], let base = home[t] else { return 0 }
        let km = point.distanceKm(to: base)
        return km > reachKm ? options.distanceWeight * (km - reachKm) / reachKm : 0
    }

    /// Distance from account `a` to territory `t`'s home base, nil without coordinates.
    func distanceKm(_ a: Int, _ t: Int) -> Double? {
        guard let point = accountPoint[a], let base = home[t] else { return nil }
        return point.distanceKm(to: base)
    }

    /// Home base coordinates of territory `t`, in degrees.
    public func homeBase(_ t: Int) -> (latitude: Double, longitude: Double)? {
        home[t].map { ($0.latitude, $0.longitude) }
    }
}

/// Why a scenario cannot be balanced at all (as opposed to a band that cannot be met, which is an
/// answer: ``BalancingResult/causes``).
public enum BalancingInputError: Error, Equatable, CustomStringConvertible {
    case noAccounts, noTerritories, badTolerance(Double), minDeviationNeedsMaxMoves, exactWithMinDeviation
    case tooLargeForExact(Int)

    public var description: String {
        switch self {
        case .noAccounts: "has no accounts: territory balancing needs an `accounts` table (id, potential, territory, …)"
        case .noTerritories: "has no territories: territory balancing needs a `territories` table"
        case .badTolerance(let value): "the tolerance must be greater than 0 and less than 100 % (got \(NumberText.plain(value)))"
        case .minDeviationNeedsMaxMoves: "the min-deviation objective needs a most number of moves (--max-moves or balancing.max_moves)"
        case .exactWithMinDeviation: "--exact solves fewest-moves, least-potential-moved and from-scratch, not min-deviation"
        case .tooLargeForExact(let count): "--exact is for small instances: this one has \(NumberText.grouped(count)) account-territory pairs, above the limit of \(NumberText.grouped(ExactBalancing.maxVariables))"
        }
    }
}
