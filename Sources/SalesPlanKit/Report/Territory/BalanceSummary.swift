import Foundation

/// The machine-readable summary of a balancing run: `summary.json`, schema
/// `salesplan/balance-summary` version 1, documented field by field in
/// `docs/balance-output.md`. Results only, no timings other than `solve_seconds`.
public struct BalanceSummary: Encodable, Sendable {
    public static let schema = "salesplan/balance-summary"
    public static let schemaVersion = 1

    public var schema = BalanceSummary.schema
    public var schemaVersion = BalanceSummary.schemaVersion
    public var scenario: String
    public var settings: Settings
    public var accounts: Int
    public var territories: Int
    /// Groups of territories compared with each other (1 without keep_within).
    public var groups: Int
    public var feasible: Bool
    public var causes: [Cause]
    public var before: Balance
    public var after: Balance
    public var moves: Int
    public var potentialMoved: Double
    /// Potential moved ÷ total potential.
    public var potentialMovedShare: Double
    public var relationshipsKept: Int
    public var relationshipsKeptShare: Double
    /// No alignment meeting the band moves fewer accounts; null when the band cannot be met.
    public var lowerBound: Int?
    /// moves ÷ lower_bound − 1; null when the bound is null (or 0 with moves).
    public var gap: Double?
    public var solveSeconds: Double
    public var starts: Int
    public var stoppedByTimeLimit: Bool
    /// With `--exact`: `optimal`, `feasible`, `infeasible` or `none-found`; null without it.
    public var exact: String?

    public struct Settings: Encodable, Sendable {
        public var tolerance: Double
        public var workloadTolerance: Double?
        public var objective: String
        public var maxMoves: Int?
        public var keepWithin: [String]
        public var maxDistanceKm: Double?
        public var timeLimit: Double
        public var seed: UInt64
        public var distanceWeight: Double
        public var exact: Bool
        public var optimised: Bool
    }

    public struct Balance: Encodable, Sendable {
        public var maxDeviation: Double
        public var maxWorkloadDeviation: Double
        public var coefficientOfVariation: Double
        public var shareWithin5: Double
        public var shareWithin10: Double
        public var shareWithin15: Double

        init(_ metrics: TerritoryMetrics) {
            maxDeviation = metrics.maxDeviation
            maxWorkloadDeviation = metrics.maxWorkloadDeviation
            coefficientOfVariation = metrics.coefficientOfVariation
            shareWithin5 = metrics.shareWithin[0]
            shareWithin10 = metrics.shareWithin[1]
            shareWithin15 = metrics.shareWithin[2]
        }
    }

    public struct Cause: Encodable, Sendable {
        public var kind: String
        public var territory: String?
        public var message: String
    }

    public init(_ result: BalancingResult, optimised: Bool) {
        let problem = result.problem, options = problem.options
        scenario = problem.scenario.name
        settings = Settings(tolerance: result.tolerance, workloadTolerance: options.workloadTolerance,
                            objective: options.objective.rawValue, maxMoves: options.maxMoves,
                            keepWithin: options.keepWithin.map(\.rawValue), maxDistanceKm: options.maxDistanceKm,
                            timeLimit: options.timeLimit, seed: options.seed, distanceWeight: options.distanceWeight,
                            exact: options.exact, optimised: optimised)
        accounts = problem.accountCount
        territories = problem.territoryCount
        groups = problem.bands.count
        feasible = result.feasible
        causes = result.causes.map { Cause(kind: $0.kind.rawValue, territory: $0.territory, message: $0.message) }
        before = Balance(result.before)
        after = Balance(result.after)
        moves = result.moveCount
        potentialMoved = result.potentialMoved
        let total = problem.potential.reduce(0, +)
        potentialMovedShare = total > 0 ? result.potentialMoved / total : 0
        let assigned = problem.initial.filter { $0 >= 0 }.count
        relationshipsKept = result.relationshipsKept
        relationshipsKeptShare = assigned > 0 ? Double(result.relationshipsKept) / Double(assigned) : 1
        lowerBound = result.lowerBound
        gap = result.gap
        solveSeconds = result.solveSeconds
        starts = result.starts
        stoppedByTimeLimit = result.stoppedByTimeLimit
        exact = result.exact?.rawValue
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
