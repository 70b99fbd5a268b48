import Foundation

/// `summary.json` of a funnel report: schema `salesplan/funnel-summary` version 1, documented
/// field by field in docs/funnel.md.
struct FunnelSummary: Encodable {
    static let schema = "salesplan/funnel-summary"
    static let schemaVersion = 1

    var schema = FunnelSummary.schema
    var schemaVersion = FunnelSummary.schemaVersion
    var scenario: String
    var currency: String
    var trials: Int
    var seed: UInt64
    var generator: String
    var totalSpend: Double
    var channels: [Row]
    var segments: [Row]
    var total: Row
    var goal: Goal?
    var unitEconomics: UnitEconomics?
    var grossMargin: Double?
    var romi: FunnelResult.Figure?
    var marketingSuccess: Success
    var warnings: [Warning]

    struct Row: Encodable {
        var name: String
        var spend: Double
        /// Stage name → figure; stages a row does not model are absent.
        var stages: [String: FunnelResult.Figure]
        var dealSize: Input?
        var salesCycleDays: Input?
        var sourcedBookingsNeeded: Double?
        var costModel: String?
        var segmentShares: [String: Double]?
    }

    struct Input: Encodable {
        var median: Double
        var sigma: Double
        var p10: Double
        var p90: Double
        var mean: Double

        init(_ figure: UncertainFigure) {
            median = figure.median
            sigma = figure.sigma
            p10 = figure.p10
            p90 = figure.p90
            mean = figure.mean
        }
    }

    struct Goal: Encodable {
        var bookings: Double
        var winRate: Double
        var pipelineNeeded: Double
        var coverageMultiple: Double
        var plannedSourcedShare: Double
        var sourcedBookingsNeeded: Double
        var sourcedPipelineNeeded: Double
        var deliveredShareOfNeed: Double?
        var probabilityOfMeetingNeed: Double
        var influencedShare: Double?
    }

    struct UnitEconomics: Encodable {
        var cac: FunnelResult.Figure
        var paybackMonths: FunnelResult.Figure?
        var lifetimeValue: Double?
        var ltvToCac: FunnelResult.Figure?
    }

    struct Success: Encodable {
        var logSigma: Double
        var logMedian: Double
        var plannedSourcedPipeline: Double
    }

    struct Warning: Encodable {
        var location: String
        var field: String
        var message: String
    }

    init(_ content: FunnelContent) {
        let result = content.result
        scenario = result.scenarioName
        currency = result.currency
        trials = result.trials
        seed = result.seed
        generator = result.generator.rawValue
        totalSpend = result.totalSpend
        func row(_ row: FunnelResult.Row) -> Row {
            Row(name: row.name, spend: row.spend,
                stages: Dictionary(uniqueKeysWithValues: row.stages.map { ($0.key.rawValue, $0.value) }),
                sourcedBookingsNeeded: row.sourcedBookingsNeeded, costModel: row.costModel,
                segmentShares: row.segmentShares.isEmpty ? nil : Dictionary(uniqueKeysWithValues: row.segmentShares.map { ($0.name, $0.amount) }))
        }
        channels = result.channels.map(row)
        segments = result.segments.map { segment in
            var summary = row(segment)
            if let inputs = result.segmentInputs.first(where: { $0.name == segment.name }) {
                summary.dealSize = Input(inputs.dealSize)
                summary.salesCycleDays = inputs.salesCycleDays.map(Input.init)
            }
            return summary
        }
        total = row(result.total)
        goal = result.goal.map { goal in
            Goal(bookings: goal.goal, winRate: goal.winRate, pipelineNeeded: goal.pipelineNeeded, coverageMultiple: goal.coverageMultiple,
                 plannedSourcedShare: goal.plannedSourcedShare, sourcedBookingsNeeded: goal.sourcedBookingsNeeded,
                 sourcedPipelineNeeded: goal.sourcedPipelineNeeded, deliveredShareOfNeed: goal.deliveredShareOfNeed,
                 probabilityOfMeetingNeed: goal.probabilityOfMeetingNeed, influencedShare: goal.influencedShare)
        }
        unitEconomics = result.economics.map {
            UnitEconomics(cac: $0.cac, paybackMonths: $0.paybackMonths, lifetimeValue: $0.lifetimeValue, ltvToCac: $0.ltvToCAC)
        }
        grossMargin = result.grossMargin
        romi = result.romi
        marketingSuccess = Success(logSigma: result.successLogSigma, logMedian: -result.successLogSigma * result.successLogSigma / 2,
                                   plannedSourcedPipeline: result.plannedSourcedPipeline)
        warnings = content.warnings.map { Warning(location: $0.location.description, field: $0.field, message: $0.message) }
    }

    func json() throws -> Data { try SummaryJSON.encode(self) }
}
