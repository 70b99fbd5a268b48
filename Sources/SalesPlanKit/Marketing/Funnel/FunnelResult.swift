/// What `salesplan funnel` found: the marketing plan followed from spend to won bookings, per
/// channel, per segment and in total, against the pipeline the goal needs.
public struct FunnelResult: Sendable {
    /// One figure: its expected value (exact, from ``FunnelMoments``, or for a ratio the value
    /// at the expected figures) and P10, P50, P90 over the Monte Carlo trials.
    public struct Figure: Sendable, Equatable, Codable {
        public var expected: Double
        public var p10: Double
        public var p50: Double
        public var p90: Double
    }

    /// A channel, a segment or the total, down the funnel's stages.
    public struct Row: Sendable {
        public var name: String
        public var spend: Double
        /// By stage; nil where the row's channels do not model the stage (the lead stages of
        /// pipeline-per-dollar channels).
        public var stages: [FunnelStage: Figure]
        /// For a segment: its goal × its planned sourced share (needs `goal.by_segment`).
        public var sourcedBookingsNeeded: Double?
        /// For a channel: its cost model's key and its segment shares.
        public var costModel: String?
        public var segmentShares: [NamedAmount] = []
    }

    /// The goal read as pipeline, and marketing's planned part of it.
    public struct GoalPipeline: Sendable {
        public var goal: Double
        /// E[opportunity → won].
        public var winRate: Double
        /// Goal ÷ win rate: the pipeline the whole goal needs.
        public var pipelineNeeded: Double
        /// 1 ÷ win rate: pipeline per dollar of bookings.
        public var coverageMultiple: Double
        /// Planned marketing-sourced share of bookings, weighted by direct sellers' quotas.
        public var plannedSourcedShare: Double
        public var sourcedBookingsNeeded: Double
        public var sourcedPipelineNeeded: Double
        /// Expected won $ the funnel delivers ÷ sourced bookings needed.
        public var deliveredShareOfNeed: Double?
        /// Share of trials whose won $ reach the sourced bookings needed.
        public var probabilityOfMeetingNeed: Double
        public var influencedShare: Double?
    }

    /// CAC and what it buys. CAC is marketing's: spend ÷ won deals the funnel delivers.
    public struct UnitEconomics: Sendable {
        public var cac: Figure
        /// CAC ÷ monthly gross profit of an account (ARPA × gross margin ÷ 12); needs `arpa` and `finance.gross_margin`.
        public var paybackMonths: Figure?
        /// ARPA × gross margin ÷ (1 − retention); also needs `retention`.
        public var lifetimeValue: Double?
        public var ltvToCAC: Figure?
    }

    /// A segment's deal economics as planned: P10, median and P90 of the inputs themselves.
    public struct SegmentInputs: Sendable {
        public var name: String
        public var dealSize: UncertainFigure
        public var salesCycleDays: UncertainFigure?
    }

    public var scenarioName: String
    public var currency: String
    public var trials: Int
    public var seed: UInt64
    public var generator: RandomAlgorithm
    public var totalSpend: Double
    public var channels: [Row]
    public var segments: [Row]
    public var total: Row
    public var segmentInputs: [SegmentInputs]
    public var goal: GoalPipeline?
    public var economics: UnitEconomics?
    /// (won $ × gross margin − spend) ÷ spend, per trial: the funnel's own ROMI; needs `finance.gross_margin`.
    public var romi: Figure?
    public var grossMargin: Double?
    public var successLogSigma: Double
    public var plannedSourcedPipeline: Double
}
