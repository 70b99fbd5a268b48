/// Runs attribution models over a set of journeys. Never reads files or prints.
public enum AttributionEngine {
    public enum Problem: Error, Sendable, CustomStringConvertible {
        case needsTouches(AttributionModel, reason: String)
        case markov(String)

        public var description: String {
            switch self {
            case .needsTouches(let model, let reason): "\(model.name) \(reason), which a path file does not have: use --touches"
            case .markov(let message): message
            }
        }
    }

    public static func run(_ set: JourneySet, models: [AttributionModel]) -> Result<AttributionResult, Problem> {
        var result = AttributionResult(channels: set.channels, models: [], markov: [], journeys: set.journeyCount,
                                       touches: set.touchCount, conversions: set.totalConversions,
                                       value: set.totalValue, nulls: set.nulls.reduce(0, +))
        for model in models {
            if !set.hasTimes, let reason = model.needsTouches { return .failure(.needsTouches(model, reason: reason)) }
            switch model {
            case .markov(let order):
                switch MarkovAttribution.attribute(set, order: order) {
                case .failure(let problem): return .failure(.markov(problem.description))
                case .success(let found):
                    result.models.append(.init(model: model, conversions: found.conversions, value: found.value))
                    result.markov.append(.init(model: model, conversionProbability: found.conversionProbability,
                                               removalEffects: found.removalEffects, stateCount: found.stateCount))
                }
            case .shapley:
                let found = ShapleyAttribution.attribute(set)
                result.models.append(.init(model: model, conversions: found.conversions, value: found.value))
            default:
                result.models.append(ruleBased(model, set))
            }
        }
        return .success(result)
    }

    /// Each converted journey's conversions and value split by the model's touch weights.
    static func ruleBased(_ model: AttributionModel, _ set: JourneySet) -> AttributionResult.ModelCredit {
        var conversions = [Double](repeating: 0, count: set.channels.count), value = conversions
        var weights = [Double](repeating: 0, count: 64)
        for journey in 0..<set.journeyCount where set.conversions[journey] > 0 && !set.touches(of: journey).isEmpty {
            TouchWeights.fill(model, journey: journey, in: set, into: &weights)
            let range = set.touches(of: journey)
            for (offset, touch) in range.enumerated() where weights[offset] != 0 {
                let channel = Int(set.touchChannel[touch])
                conversions[channel] += weights[offset] * set.conversions[journey]
                value[channel] += weights[offset] * set.value[journey]
            }
        }
        return .init(model: model, conversions: conversions, value: value)
    }
}
