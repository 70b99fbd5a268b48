/// One marketing channel of the plan: what is spent on it, how spend turns into leads or
/// pipeline, and which segments its demand lands in.
public struct MarketingChannel: Sendable, Equatable {
    /// Any name (`linkedin`, `paid-search`, `events`, …): the name touch files use.
    public var name: String
    /// Spend over the plan year, in the scenario currency.
    public var spend: Double
    public var cost: CostModel
    /// Share of the channel's opportunities in each segment, summing to 1, in the order of
    /// ``MarketingPlan/segments``. Set by the decoder (the channel's `segment`, its
    /// `segment_mix`, or the default mix).
    public var segmentShares: [NamedAmount]

    public init(name: String, spend: Double, cost: CostModel, segmentShares: [NamedAmount]) {
        self.name = name
        self.spend = spend
        self.cost = cost
        self.segmentShares = segmentShares
    }

    /// How a channel's spend becomes demand. Exactly one per channel.
    public enum CostModel: Sendable, Equatable {
        /// Leads = spend ÷ cost per lead.
        case costPerLead(UncertainFigure)
        /// Leads = spend ÷ cost per click × click-to-lead conversion.
        case costPerClick(UncertainFigure, clickToLead: UncertainFigure)
        /// Pipeline $ = spend × pipeline per dollar, directly: the lead stages are not modelled.
        case pipelinePerDollar(UncertainFigure)

        /// Whether leads pass through the funnel's conversion rates.
        public var producesLeads: Bool {
            if case .pipelinePerDollar = self { return false }
            return true
        }

        /// The key the cost model is written with.
        public var key: String {
            switch self {
            case .costPerLead: "cost_per_lead"
            case .costPerClick: "cost_per_click"
            case .pipelinePerDollar: "pipeline_per_dollar"
            }
        }
    }
}
