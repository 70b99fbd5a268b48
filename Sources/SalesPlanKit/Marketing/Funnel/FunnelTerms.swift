import Foundation

/// The marketing plan written as sums of products of independent log-normal factors: each
/// (channel, segment, stage) figure is a constant times some of the plan's uncertain inputs.
///
/// Leads of a cost-per-lead channel in a segment = spend × segment share × (1 ÷ CPL); MQLs add
/// lead → MQL, and so on down to pipeline $ (× the segment's deal size) and won $ (× the win
/// rate). A pipeline-per-dollar channel starts at pipeline $ = spend × share × pipeline per dollar
/// and has no lead stages. A factor shared by two figures (the funnel's rates, a segment's deal
/// size) is one draw in the Monte Carlo and one variable in the moments, which is what makes
/// channels move together. The exact moments (``FunnelMoments``) and the simulation
/// (``FunnelSimulation``) both read these terms, so they describe the same model.
struct FunnelTerms {
    /// One uncertain input: log-normal with log-median `logMedian` and σ `sigma`, optionally
    /// capped at 1 (conversion rates: a draw above 100 % is taken as 100 %).
    struct Factor {
        var logMedian: Double
        var sigma: Double
        var cappedAtOne: Bool
    }

    /// A factor raised to a power: +1, or −1 for what is divided by (a cost per lead, a deal size).
    struct Power {
        var factor: Int
        var exponent: Int
    }

    /// constant × Π factorᵉ over `powers`.
    struct Term {
        var constant: Double
        var powers: [Power]
    }

    var factors: [Factor] = []
    /// `[channel][segment][stage]`: the term of that figure, nil where the stage is not modelled
    /// (the lead stages of a pipeline-per-dollar channel). Segments in ``MarketingPlan/segments`` order.
    var cells: [[[Term?]]] = []

    init(_ plan: MarketingPlan) {
        guard let funnel = plan.funnel else { return }
        let rates = funnel.leadToOpportunity.map { add($0, capped: true) }
        let winRate = add(funnel.opportunityToWon, capped: true)
        let dealSizes = plan.segments.map { add($0.dealSize, capped: false) }
        for channel in plan.channels {
            var leadFactors: [Power] = []
            var pipelineFactors: [Power]?
            switch channel.cost {
            case .costPerLead(let perLead): leadFactors = [inverse(add(perLead, capped: false))]
            case .costPerClick(let perClick, let clickToLead):
                leadFactors = [inverse(add(perClick, capped: false)), add(clickToLead, capped: true)]
            case .pipelinePerDollar(let perDollar): pipelineFactors = [add(perDollar, capped: false)]
            }
            cells.append(plan.segments.indices.map { segment in
                let share = channel.segmentShares.first { $0.name == plan.segments[segment].name }?.amount ?? 0
                let constant = channel.spend * share
                var stages = [Term?](repeating: nil, count: FunnelStage.allCases.count)
                if let pipelineFactors {
                    let opportunities = pipelineFactors + [inverse(dealSizes[segment])]
                    stages[FunnelStage.opportunities.index] = Term(constant: constant, powers: opportunities)
                    stages[FunnelStage.pipeline.index] = Term(constant: constant, powers: pipelineFactors)
                    stages[FunnelStage.wonDeals.index] = Term(constant: constant, powers: opportunities + [winRate])
                    stages[FunnelStage.won.index] = Term(constant: constant, powers: pipelineFactors + [winRate])
                } else {
                    var powers = leadFactors
                    stages[FunnelStage.leads.index] = Term(constant: constant, powers: powers)
                    for (stage, rate) in zip([FunnelStage.mqls, .sqls, .opportunities], rates) {
                        powers.append(rate)
                        stages[stage.index] = Term(constant: constant, powers: powers)
                    }
                    stages[FunnelStage.pipeline.index] = Term(constant: constant, powers: powers + [dealSizes[segment]])
                    stages[FunnelStage.wonDeals.index] = Term(constant: constant, powers: powers + [winRate])
                    stages[FunnelStage.won.index] = Term(constant: constant, powers: powers + [dealSizes[segment], winRate])
                }
                return stages
            })
        }
    }

    private mutating func add(_ figure: UncertainFigure, capped: Bool) -> Power {
        factors.append(Factor(logMedian: log(figure.median), sigma: figure.sigma, cappedAtOne: capped))
        return Power(factor: factors.count - 1, exponent: 1)
    }

    private func inverse(_ power: Power) -> Power { Power(factor: power.factor, exponent: -power.exponent) }

    /// The terms of one stage over the chosen channels and segments (nil: all).
    func terms(_ stage: FunnelStage, channel: Int? = nil, segment: Int? = nil) -> [Term] {
        cells.indices.filter { channel == nil || $0 == channel }.flatMap { c in
            cells[c].indices.filter { segment == nil || $0 == segment }.compactMap { cells[c][$0][stage.index] }
        }
    }

    /// Whether any channel models the stage (the lead stages exist only for lead-producing channels).
    func models(_ stage: FunnelStage, channel: Int? = nil, segment: Int? = nil) -> Bool {
        !terms(stage, channel: channel, segment: segment).isEmpty
    }
}

extension FunnelStage {
    var index: Int { Self.allCases.firstIndex(of: self)! }
}
