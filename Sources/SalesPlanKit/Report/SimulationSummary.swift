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
    public static let schemaVersion = 1

    public var schema = SimulationSummary.schema
    public var schemaVersion = SimulationSummary.schemaVersion
    public var scenario: ScenarioFacts
    public var settings: Settings
    public var headline: Headline
    public var ebitdaCheck: EBITDACheckSummary?
    public var yearTypes: [YearTypeSummary]

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

    public struct Settings: Encodable, Sendable {
        public var trials: Int
        public var seed: UInt64
        public var generator: String
        public var normalSampler = "gsl_ran_gaussian_ziggurat"
        public var trialsPerChunk: Int
    }

    public struct EBITDACheckSummary: Encodable, Sendable {
        public var ebitdaBeforeVariableComp: Double
        public var ebitdaAtP99VariableComp: Double
        public var ebitdaAtMaxVariableComp: Double
        public var negativeAtP99: Bool
        public var negativeAtMax: Bool
        public var probabilityNegative: Proportion
    }

    public struct YearTypeSummary: Encodable, Sendable {
        public var name: String
        public var probability: Double
        public var medianAttainment: Double
        public var sigma: Double
        public var trials: Int
        public var revenue: Distribution?
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
        ebitdaCheck = result.ebitdaCheck.map {
            EBITDACheckSummary(
                ebitdaBeforeVariableComp: $0.ebitdaBeforeVariableComp, ebitdaAtP99VariableComp: $0.ebitdaAtP99VariableComp,
                ebitdaAtMaxVariableComp: $0.ebitdaAtMaxVariableComp, negativeAtP99: $0.negativeAtP99,
                negativeAtMax: $0.negativeAtMax, probabilityNegative: $0.probabilityNegative)
        }
        yearTypes = result.yearTypes.map { yearType in
            let hasTrials = yearType.trials > 0
            let percentileNames = ["p10", "p25", "p50", "p75", "p90"]
            return YearTypeSummary(
                name: yearType.name, probability: yearType.probability, medianAttainment: yearType.medianAttainment,
                sigma: yearType.sigma, trials: yearType.trials, revenue: yearType.revenue,
                variableComp: yearType.variableComp, totalComp: yearType.totalComp, costOfSales: yearType.costOfSales,
                goalMet: hasTrials ? yearType.goalMet : nil,
                meanShareAtQuota: hasTrials ? yearType.meanShareAtQuota : nil,
                meanShareAtTarget: hasTrials ? yearType.meanShareAtTarget : nil,
                attainmentPercentiles: hasTrials
                    ? Dictionary(uniqueKeysWithValues: zip(percentileNames, yearType.attainmentPercentiles)) : nil)
        }
    }

    /// Pretty-printed JSON with sorted keys: stable byte for byte.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
