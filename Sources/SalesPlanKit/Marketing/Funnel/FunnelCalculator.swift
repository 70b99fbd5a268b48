/// `salesplan funnel`'s engine: the marketing plan's expected figures in closed form
/// (``FunnelMoments``), their P10–P90 from a Monte Carlo over the uncertain inputs
/// (``FunnelSimulation``), and what they mean for the goal and for unit economics.
public enum FunnelCalculator {
    /// Most values the simulation may hold (rows × stages × trials), about 400 MB.
    public static let maxValues = 50_000_000

    /// The result, or nil when the scenario's marketing plan has no channels.
    /// The most trials the funnel keeps in memory for `plan` (``maxValues`` values in all).
    public static func maxTrials(for plan: MarketingPlan) -> Int {
        maxValues / ((plan.channels.count + plan.segments.count + 1) * FunnelStage.allCases.count)
    }

    public static func run(_ scenario: Scenario, trials: Int, seed: UInt64) -> FunnelResult? {
        let plan = scenario.marketing
        guard plan.hasChannels, let funnel = plan.funnel else { return nil }
        let terms = FunnelTerms(plan)
        let simulation = FunnelSimulation(terms: terms, channelCount: plan.channels.count, segmentCount: plan.segments.count)
        let draws = simulation.run(trials: trials, seed: seed, algorithm: scenario.simulation.generator)

        func row(_ index: Int, name: String, spend: Double, channel: Int?, segment: Int?) -> FunnelResult.Row {
            var stages: [FunnelStage: FunnelResult.Figure] = [:]
            for stage in FunnelStage.allCases where terms.models(stage, channel: channel, segment: segment) {
                let expected = FunnelMoments.mean(terms.terms(stage, channel: channel, segment: segment), factors: terms.factors)
                stages[stage] = figure(expected, draws.series(row: index, stage: stage))
            }
            return FunnelResult.Row(name: name, spend: spend, stages: stages)
        }
        let channels = plan.channels.enumerated().map { index, channel in
            var channelRow = row(index, name: channel.name, spend: channel.spend, channel: index, segment: nil)
            channelRow.costModel = channel.cost.key
            channelRow.segmentShares = channel.segmentShares
            return channelRow
        }
        var segments = plan.segments.enumerated().map { index, segment in
            let spend = plan.channels.reduce(0) { sum, channel in
                sum + channel.spend * (channel.segmentShares.first { $0.name == segment.name }?.amount ?? 0)
            }
            return row(plan.channels.count + index, name: segment.name, spend: spend, channel: nil, segment: index)
        }
        for index in segments.indices {
            guard let goal = scenario.goal.bySegment.first(where: { $0.name == segments[index].name }) else { continue }
            segments[index].sourcedBookingsNeeded = goal.amount * plan.sourcedShare(segment: goal.name, territory: nil)
        }
        let totalIndex = simulation.rowCount - 1
        let total = row(totalIndex, name: "Total", spend: plan.totalSpend, channel: nil, segment: nil)
        let won = draws.series(row: totalIndex, stage: .won)
        let wonDeals = draws.series(row: totalIndex, stage: .wonDeals)

        let winRate = plan.expectedWinRate ?? funnel.opportunityToWon.mean
        let goal = scenario.goal.bookings
        let share = scenario.overallSourcedShare ?? plan.sourcedShareDefault
        let needed = share * goal
        let expectedWon = total.stages[.won]?.expected ?? 0
        let goalPipeline = FunnelResult.GoalPipeline(
            goal: goal, winRate: winRate, pipelineNeeded: goal / winRate, coverageMultiple: 1 / winRate,
            plannedSourcedShare: share, sourcedBookingsNeeded: needed, sourcedPipelineNeeded: needed / winRate,
            deliveredShareOfNeed: needed > 0 ? expectedWon / needed : nil,
            probabilityOfMeetingNeed: Double(won.count { $0 >= needed }) / Double(max(trials, 1)),
            influencedShare: plan.influencedShare)

        let spend = plan.totalSpend
        let margin = scenario.finance.grossMargin
        let expectedDeals = total.stages[.wonDeals]?.expected ?? 0
        var economics: FunnelResult.UnitEconomics?
        if expectedDeals > 0, spend > 0 {
            let cac = figure(spend / expectedDeals, wonDeals.map { spend / $0 })
            var unit = FunnelResult.UnitEconomics(cac: cac)
            if let arpa = plan.arpa, let margin, margin > 0 {
                let monthlyProfit = arpa * margin / 12
                unit.paybackMonths = scaled(cac, by: 1 / monthlyProfit)
                if let retention = plan.retention {
                    let lifetime = arpa * margin / (1 - retention)
                    unit.lifetimeValue = lifetime
                    unit.ltvToCAC = figure(lifetime / cac.expected, wonDeals.map { lifetime * $0 / max(spend, .leastNonzeroMagnitude) })
                }
            }
            economics = unit
        }
        var romi: FunnelResult.Figure?
        if let margin, spend > 0 {
            romi = figure((expectedWon * margin - spend) / spend, won.map { ($0 * margin - spend) / spend })
        }
        return FunnelResult(
            scenarioName: scenario.name, currency: scenario.currency, trials: trials, seed: seed, generator: scenario.simulation.generator,
            totalSpend: spend, channels: channels, segments: segments, total: total,
            segmentInputs: plan.segments.map { FunnelResult.SegmentInputs(name: $0.name, dealSize: $0.dealSize, salesCycleDays: $0.salesCycleDays) },
            goal: goal > 0 ? goalPipeline : nil, economics: economics, romi: romi, grossMargin: margin,
            successLogSigma: plan.successLogSigma, plannedSourcedPipeline: plan.plannedSourcedPipeline)
    }

    static func figure(_ expected: Double, _ values: [Double]) -> FunnelResult.Figure {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return FunnelResult.Figure(expected: expected, p10: expected, p50: expected, p90: expected) }
        return FunnelResult.Figure(expected: expected, p10: Distribution.percentile(0.1, sorted: sorted),
                                   p50: Distribution.percentile(0.5, sorted: sorted), p90: Distribution.percentile(0.9, sorted: sorted))
    }

    /// A figure times a positive constant (percentiles keep their order).
    static func scaled(_ figure: FunnelResult.Figure, by factor: Double) -> FunnelResult.Figure {
        FunnelResult.Figure(expected: figure.expected * factor, p10: figure.p10 * factor, p50: figure.p50 * factor, p90: figure.p90 * factor)
    }
}
