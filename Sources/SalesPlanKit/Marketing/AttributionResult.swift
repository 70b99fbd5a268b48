/// Credit per channel under every model run, side by side, with what the data held.
public struct AttributionResult: Sendable {
    public struct ModelCredit: Sendable {
        public var model: AttributionModel
        /// Conversions credited to each channel (in ``AttributionResult/channels`` order).
        public var conversions: [Double]
        /// Value (won amount) credited to each channel.
        public var value: [Double]
    }

    /// What the Markov model found besides the credit: P(conversion) and removal effects.
    public struct MarkovDetails: Sendable {
        public var model: AttributionModel
        public var conversionProbability: Double
        /// Each channel's removal effect as a fraction of P(conversion).
        public var removalEffects: [Double]
        public var stateCount: Int
    }

    public var channels: [String]
    public var models: [ModelCredit]
    public var markov: [MarkovDetails]
    public var journeys: Int
    public var touches: Int
    public var conversions: Double
    public var value: Double
    /// Journeys without a conversion (null paths).
    public var nulls: Double

    public func credit(_ name: String) -> ModelCredit? { models.first { $0.model.name == name } }
}

/// A channel's spend set against the value each model credits it with.
public struct ChannelReturn: Sendable {
    public var spend: Double
    public var credited: Double
    public var grossMargin: Double

    /// (credited value × gross margin − spend) ÷ spend; nil without spend.
    public var romi: Double? { spend > 0 ? (credited * grossMargin - spend) / spend : nil }
    /// Spend per won dollar credited; nil when nothing is credited.
    public var costPerWonDollar: Double? { credited > 0 ? spend / credited : nil }

    public init(spend: Double, credited: Double, grossMargin: Double) {
        self.spend = spend
        self.credited = credited
        self.grossMargin = grossMargin
    }
}
