import Foundation

/// `summary.json` of an attribution report: schema `salesplan/attribution-summary` version 1,
/// documented in docs/attribution.md.
struct AttributionSummary: Encodable {
    var schema = "salesplan/attribution-summary"
    var schemaVersion = 1
    var input: Input
    var settings: Settings
    var channels: [String]
    var models: [Model]
    var markov: [Markov]

    struct Input: Encodable {
        var kind: String
        var path: String
        var accountBased: Bool
        var journeys: Int
        var touches: Int
        var conversions: Double
        var value: Double
        var nulls: Double
        var droppedByLookback: Int?
    }

    struct Settings: Encodable {
        var models: [String]
        var halfLifeDays: Double?
        var lookback: String?
        var customWeights: [Double]?
        var grossMargin: Double
    }

    struct Model: Encodable {
        var model: String
        var credits: [Credit]
    }

    struct Credit: Encodable {
        var channel: String
        var conversions: Double
        var value: Double
        var conversionShare: Double
        var spend: Double?
        var romi: Double?
        var costPerWonDollar: Double?
    }

    struct Markov: Encodable {
        var model: String
        var conversionProbability: Double
        var stateCount: Int
        var removalEffects: [String: Double]
    }

    init(result: AttributionResult, settings: AttributionSettings) {
        input = Input(kind: settings.inputKind, path: settings.inputPath, accountBased: settings.accountBased,
                      journeys: result.journeys, touches: result.touches, conversions: result.conversions, value: result.value,
                      nulls: result.nulls, droppedByLookback: settings.droppedByLookback)
        self.settings = Settings(models: result.models.map(\.model.name), halfLifeDays: settings.halfLifeDays, lookback: settings.lookback,
                                 customWeights: settings.customWeights, grossMargin: settings.grossMargin)
        channels = result.channels
        models = result.models.map { model in
            Model(model: model.model.name, credits: result.channels.indices.map { index in
                let spend = settings.spend?[result.channels[index]]
                let channelReturn = spend.map { ChannelReturn(spend: $0, credited: model.value[index], grossMargin: settings.grossMargin) }
                return Credit(channel: result.channels[index], conversions: model.conversions[index], value: model.value[index],
                              conversionShare: result.conversions > 0 ? model.conversions[index] / result.conversions : 0,
                              spend: spend, romi: channelReturn?.romi, costPerWonDollar: channelReturn?.costPerWonDollar)
            })
        }
        markov = result.markov.map { details in
            Markov(model: details.model.name, conversionProbability: details.conversionProbability, stateCount: details.stateCount,
                   removalEffects: Dictionary(uniqueKeysWithValues: zip(result.channels, details.removalEffects)))
        }
    }

    func json() throws -> Data { try SummaryJSON.encode(self) }
}
