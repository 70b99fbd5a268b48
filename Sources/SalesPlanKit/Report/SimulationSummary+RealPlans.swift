/// The `real_plan` part of `summary.json`: the real-plan figures and the marketing join
/// (docs/simulation-output.md).
extension SimulationSummary {
    public struct RealPlanSummary: Encodable, Sendable {
        public var doubleCreditRatio: Distribution
        public var spifPay: Distribution
        public var spifBudget: Double?
        public var clawback: Distribution
        public var drawTopUp: Distribution
        public var renewed: Distribution
        public var renewalRate: Distribution
        public var renewalsCountTowardGoal: Bool
        public var revenueLostToVacancyAndRamp: Distribution
        public var departures: Distribution
        public var departureRate: Double
        public var baseSalaryPaid: Distribution
        public var marketing: MarketingSummary?

        init(_ outcome: RealPlanOutcome) {
            doubleCreditRatio = outcome.doubleCreditRatio
            spifPay = outcome.spifPay
            spifBudget = outcome.spifBudget
            clawback = outcome.clawback
            drawTopUp = outcome.drawTopUp
            renewed = outcome.renewed
            renewalRate = outcome.renewalRate
            renewalsCountTowardGoal = outcome.renewalsCountTowardGoal
            revenueLostToVacancyAndRamp = outcome.revenueLost
            departures = outcome.departures
            departureRate = outcome.departureRate
            baseSalaryPaid = outcome.baseSalary
            marketing = outcome.marketing.map(MarketingSummary.init)
        }
    }

    public struct MarketingSummary: Encodable, Sendable {
        public var spend: Double
        public var successFixed: Bool
        public var success: Distribution
        public var sourcedPipeline: Distribution
        public var sourcedBookings: Distribution
        public var influencedBookings: Distribution
        public var romi: Distribution?
        public var pipelineToSpend: Distribution?
        public var bySuccessQuintile: [MarketingOutcome.Quintile]

        init(_ outcome: MarketingOutcome) {
            spend = outcome.spend
            successFixed = outcome.isFixed
            success = outcome.success
            sourcedPipeline = outcome.sourcedPipeline
            sourcedBookings = outcome.sourcedBookings
            influencedBookings = outcome.influencedBookings
            romi = outcome.romi
            pipelineToSpend = outcome.pipelineToSpend
            bySuccessQuintile = outcome.byQuintile
        }
    }
}
