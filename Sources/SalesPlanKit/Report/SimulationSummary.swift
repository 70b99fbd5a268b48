import Foundation

/// The machine-readable summary of a run: `summary.json`, schema `salesplan/simulation-summary`
/// version 1, documented field by field in `docs/summary-schema.md`.
///
/// It holds results only (no timestamps, thread counts or timings, which go to `run.json`), so
/// the same scenario and seed give a byte-identical file on any machine and thread count.
///
/// The types here mirror the result types on purpose: they are the published schema, which must
/// stay put (within a version) when the engine's own types change.
public struct SimulationSummary: Encodable, Sendable {
    public static let schema = "salesplan/simulation-summary"
    public static let schemaVersion = 2

    public var schema = SimulationSummary.schema
    public var schemaVersion = SimulationSummary.schemaVersion
    public var scenario: ScenarioFacts
    public var settings: Settings
    public var headline: Headline
    public var budget: Budget
    public var ebitdaCheck: EBITDACheckSummary?
    /// Variable comp and bookings by plan, role, region and segment.
    public var breakdowns: [String: [GroupSummary]]
    public var coverage: CoverageSummary
    /// The four annual-review checks: `name`, `passes` (null: cannot be judged on one run), `figure`.
    public var reviewChecks: [ReviewCheckSummary]
    public var yearTypes: [YearTypeSummary]
    /// SPIFs, clawbacks, draws, renewals, vacancy and ramp, double credit; absent for a scenario
    /// that uses none of the real-plan features.
    public var realPlan: RealPlanSummary?


    public struct ScenarioFacts: Encodable, Sendable {
        public var name: String
        public var currency: String
        public var sellers: Int
        public var directSellers: Int
        public var goal: Double
        public var totalDirectQuota: Double
        /// Total direct quota ÷ goal.
        public var goalCoverage: Double
        public var totalBaseSalary: Double
    }

    public struct Budget: Encodable, Sendable {
        /// Σ target incentive of every seller.
        public var variableComp: Double
        /// Σ on-target earnings (base + target incentive).
        public var onTargetEarnings: Double
        /// Simulated variable comp ÷ budget at P50, P95 and the most expensive trial.
        public var variableCompP50VsBudget: Double?
        public var variableCompP95VsBudget: Double?
        public var variableCompMaxVsBudget: Double?
    }

    public struct CoverageSummary: Encodable, Sendable {
        public var overAssignmentBand: [Double]
        public var targetProbability: Double
        /// The total first, then every goal part, then names with quota and no goal.
        public var lines: [CoverageLineSummary]
        /// Quota in no part of a split dimension, by dimension.
        public var unassignedQuota: [String: Double]
    }

    public struct CoverageLineSummary: Encodable, Sendable {
        /// `total`, `region`, `segment`, `vertical`, `product` or `territory`.
        public var dimension: String
        public var name: String
        public var goal: Double?
        public var quota: Double
        public var coverage: Double?
        public var overAssignment: Double?
        public var attainmentFactor: Double?
        public var goalMet: Proportion?
        public var outsideBand: Bool
        public var belowTargetProbability: Bool
    }

    public struct ReviewCheckSummary: Encodable, Sendable {
        public var name: String
        public var passes: Bool?
        public var figure: String
    }

    public struct GroupSummary: Encodable, Sendable {
        public var name: String
        public var sellers: Int
        public var directSellers: Int
        public var targetIncentive: Double
        public var onTargetEarnings: Double
        public var directQuota: Double
        public var variableComp: Distribution
        public var bookings: Distribution?
    }

    public struct Settings: Encodable, Sendable {
        public var trials: Int
        public var seed: UInt64
        public var generator: String
        public var normalSampler = "gsl_ran_gaussian_ziggurat"
        public var trialsPerChunk: Int
    }

    public struct EBITDACheckSummary: Encodable, Sendable {
        /// `revenue_linked` or `fixed`.
        public var model: String
        public var ebitdaBeforeVariableCompAtGoal: Double
        public var grossMargin: Double?
        public var ebitda: Distribution
        public var probabilityNegative: Proportion
        /// 95 % upper confidence bound on P(EBITDA < 0) when no trial is negative.
        public var probabilityNegativeUpperBound: Double?
        public var mostExpensiveTrial: EBITDACheck.Trial
        public var worstTrial: EBITDACheck.Trial
        public var incrementalCompAboveBudget: Double?
        public var incrementalGrossProfitAboveQuota: Double?
        public var incrementalTestPasses: Bool?
        public var negativeAtMostExpensiveTrial: Bool
        public var negativeAtP1: Bool
        public var passes: Bool
    }

    public struct YearTypeSummary: Encodable, Sendable {
        public var name: String
        public var probability: Double
        public var medianAttainment: Double
        public var sigma: Double
        public var trials: Int
        public var bookings: Distribution?
        public var variableComp: Distribution?
        public var totalComp: Distribution?
        public var costOfSales: Distribution?
        public var goalMet: Proportion?
        public var meanShareAtQuota: Double?
        public var meanShareAtTarget: Double?
        /// P10, P25, P50, P75, P90 of direct sellers' attainment in this year type.
        public var attainmentPercentiles: [String: Double]?
    }

    public init(_ result: SimulationResult) {
        scenario = ScenarioFacts(
            name: result.scenarioName, currency: result.currency, sellers: result.sellerCount,
            directSellers: result.directSellerCount, goal: result.goal, totalDirectQuota: result.totalDirectQuota,
            goalCoverage: result.goal > 0 ? result.totalDirectQuota / result.goal : 0,
            totalBaseSalary: result.totalBaseSalary)
        settings = Settings(trials: result.options.trials, seed: result.options.seed,
                            generator: result.generator.rawValue, trialsPerChunk: MonteCarloEngine.trialsPerChunk)
        headline = result.headline
        let budgetTotal = result.variableCompBudget
        let vsBudget = { (value: Double) in budgetTotal > 0 ? value / budgetTotal : nil }
        budget = Budget(variableComp: budgetTotal, onTargetEarnings: result.totalOnTargetEarnings,
                        variableCompP50VsBudget: vsBudget(result.headline.variableComp.p50),
                        variableCompP95VsBudget: vsBudget(result.headline.variableComp.p95),
                        variableCompMaxVsBudget: vsBudget(result.headline.variableComp.max))
        ebitdaCheck = result.ebitdaCheck.map {
            EBITDACheckSummary(
                model: $0.model.rawValue, ebitdaBeforeVariableCompAtGoal: $0.ebitdaBeforeVariableComp,
                grossMargin: $0.grossMargin, ebitda: $0.ebitda, probabilityNegative: $0.probabilityNegative,
                probabilityNegativeUpperBound: $0.probabilityNegativeUpperBound,
                mostExpensiveTrial: $0.mostExpensiveTrial, worstTrial: $0.worstTrial,
                incrementalCompAboveBudget: $0.incremental?.compAboveBudget,
                incrementalGrossProfitAboveQuota: $0.incremental?.grossProfitAboveQuota,
                incrementalTestPasses: $0.incremental?.passes,
                negativeAtMostExpensiveTrial: $0.negativeAtMostExpensive, negativeAtP1: $0.negativeAtP1, passes: $0.passes)
        }
        reviewChecks = AnnualReviewChecks(result: result, settings: result.review).checks.map {
            ReviewCheckSummary(name: $0.name, passes: $0.passes, figure: $0.figure)
        }
        coverage = CoverageSummary(result.coverage)
        realPlan = result.realPlan.map(RealPlanSummary.init)
        breakdowns = Dictionary(uniqueKeysWithValues: result.breakdowns.map { breakdown in
            (breakdown.dimension.rawValue, breakdown.groups.map {
                GroupSummary(name: $0.name, sellers: $0.sellers, directSellers: $0.directSellers,
                             targetIncentive: $0.targetIncentive, onTargetEarnings: $0.onTargetEarnings,
                             directQuota: $0.directQuota, variableComp: $0.variableComp, bookings: $0.bookings)
            })
        })
        yearTypes = result.yearTypes.map { yearType in
            let hasTrials = yearType.trials > 0
            let percentileNames = ["p10", "p25", "p50", "p75", "p90"]
            return YearTypeSummary(
                name: yearType.name, probability: yearType.probability, medianAttainment: yearType.medianAttainment,
                sigma: yearType.sigma, trials: yearType.trials, bookings: yearType.revenue,
                variableComp: yearType.variableComp, totalComp: yearType.totalComp, costOfSales: yearType.costOfSales,
                goalMet: hasTrials ? yearType.goalMet : nil,
                meanShareAtQuota: hasTrials ? yearType.meanShareAtQuota : nil,
                meanShareAtTarget: hasTrials ? yearType.meanShareAtTarget : nil,
                attainmentPercentiles: hasTrials
                    ? Dictionary(uniqueKeysWithValues: zip(percentileNames, yearType.attainmentPercentiles)) : nil)
        }
    }

    /// Pretty-printed JSON with sorted keys: stable byte for byte.
    public func json() throws -> Data { try SummaryJSON.encode(self) }
}

/// How every summary.json is written: pretty-printed, sorted keys, snake_case, non-finite
/// numbers as strings, a final newline; stable byte for byte.
enum SummaryJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}

extension SimulationSummary.CoverageSummary {
    init(_ coverage: CoverageResult) {
        overAssignmentBand = [coverage.band.lowerBound, coverage.band.upperBound]
        targetProbability = coverage.targetProbability
        lines = ([coverage.total] + coverage.parts).map { line in
            SimulationSummary.CoverageLineSummary(
                dimension: line.dimension?.rawValue ?? "total", name: line.name, goal: line.goal, quota: line.quota,
                coverage: line.ratio, overAssignment: line.overAssignment, attainmentFactor: line.attainmentFactor,
                goalMet: line.goalMet, outsideBand: coverage.isOutsideBand(line),
                belowTargetProbability: coverage.isBelowTarget(line))
        }
        unassignedQuota = Dictionary(uniqueKeysWithValues: coverage.unassignedQuota.map { ($0.key.rawValue, $0.value) })
    }
}
