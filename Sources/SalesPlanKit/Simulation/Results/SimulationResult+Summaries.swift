import Foundation

extension SimulationResult {
    /// Summarises a finished run. Single-threaded and order-fixed, so it is deterministic.
    init(scenario: Scenario, model: SimulationModel, options: SimulationOptions, columns: TrialColumns, tally: WorkerTally) {
        let count = columns.count
        let sellerCount = model.sellerCount
        let revenue = Array(columns.revenue)
        let variableComp = Array(columns.variableComp)
        let baseSalary = columns.realPlan?.array(.baseSalary)
        let totalComp = baseSalary.map { zip($0, variableComp).map(+) } ?? variableComp.map { model.totalBaseSalary + $0 }
        let costOfSales = zip(totalComp, revenue).map { $1 > 0 ? $0 / $1 : .infinity }
        let shareAtQuota = columns.sellersAtQuota.map { Double($0) / Double(sellerCount) }
        let shareAtTarget = columns.sellersAtTarget.map { Double($0) / Double(sellerCount) }
        let directCount = max(model.directQuota.count, 1)
        let directShareAtQuota = zip(columns.sellersAtQuota, columns.creditedAtQuota).map { Double($0 - $1) / Double(directCount) }
        let yearType = Array(columns.yearType)

        scenarioName = scenario.name
        scenarioDescription = scenario.description
        plans = scenario.plans
        review = scenario.review
        currency = scenario.currency
        self.options = options
        generator = scenario.simulation.generator
        self.sellerCount = sellerCount
        directSellerCount = model.directQuota.count
        goal = model.goal
        totalDirectQuota = model.totalDirectQuota
        totalBaseSalary = model.totalBaseSalary
        variableCompBudget = model.totalTargetIncentive
        totalOnTargetEarnings = model.totalOnTargetEarnings
        trials = TrialOutcomes(
            revenue: revenue, variableComp: variableComp, totalComp: totalComp, costOfSales: costOfSales,
            shareAtQuota: shareAtQuota, directShareAtQuota: directShareAtQuota, shareAtTarget: shareAtTarget, yearType: yearType,
            macroShock: Array(columns.macroShock))

        let goalMetCount = revenue.reduce(0) { $0 + ($1 >= model.goal ? 1 : 0) }
        let distributions = Parallel.map([revenue, variableComp, totalComp, costOfSales, shareAtQuota, shareAtTarget,
                                          directShareAtQuota]) {
            Distribution($0)!
        }
        headline = Headline(
            revenue: distributions[0], variableComp: distributions[1], totalComp: distributions[2],
            costOfSales: distributions[3], shareAtQuota: distributions[4], shareAtTarget: distributions[5],
            directShareAtQuota: distributions[6],
            goalMet: Proportion(successes: goalMetCount, trials: count))

        let ebitda = EBITDACheck.perTrial(finance: scenario.finance, goal: model.goal, bookings: revenue, variableComp: variableComp)
        trials.ebitda = ebitda
        ebitdaCheck = ebitda.flatMap {
            EBITDACheck(finance: scenario.finance, values: $0, variableCompBudget: model.totalTargetIncentive,
                        totalDirectQuota: model.totalDirectQuota, bookings: revenue, variableComp: variableComp)
        }
        trials.partBookings = (0..<columns.partCount).map { part in
            Array(columns.partBookings[(part * columns.count)..<((part + 1) * columns.count)])
        }
        let partBookings = trials.partBookings
        coverage = CoverageResult(scenario: scenario, parts: model.goalParts, totalBookings: revenue) { part in
            part < partBookings.count ? partBookings[part] : nil
        }
        breakdowns = PayBreakdown.breakdowns(cells: model.cells, columns: columns, headline: headline)

        realPlan = columns.realPlan.map {
            RealPlanOutcome(columns: $0, newBookings: revenue, variableComp: variableComp, sellerCount: sellerCount,
                            scenario: scenario, marketingJoin: model.realPlans?.marketing)
        }
        if model.realPlans?.marketing != nil { trials.marketingSuccess = columns.realPlan?.array(.marketingSuccess) }
        sellers = SimulationResult.sellerOutcomes(scenario: scenario, model: model, tally: tally, trials: count)
        yearTypes = SimulationResult.yearTypeOutcomes(scenario: scenario, model: model, tally: tally, trials: trials)
    }

    private static func sellerOutcomes(scenario: Scenario, model: SimulationModel, tally: WorkerTally, trials: Int) -> [SellerOutcome] {
        let directCount = model.directQuota.count
        let order = model.directScenarioIndex + model.creditedScenarioIndex
        let monotone = model.payouts.map(\.isNonDecreasing)
        let histograms = HistogramView(tally)
        let territories = Dictionary(scenario.territories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Independent per seller: summarised in parallel batches, then put back in scenario order.
        let batchSize = 256
        let batches = stride(from: 0, to: order.count, by: batchSize).map { $0..<min($0 + batchSize, order.count) }
        let summarised = Parallel.map(batches) { batch in
            batch.map { slot -> (Int, SellerOutcome) in
                let scenarioIndex = order[slot]
                let seller = scenario.sellers[scenarioIndex]
                let planIndex = slot < directCount ? model.directPlan[slot] : model.creditedPlan[slot - directCount]
                let targetIncentive = scenario.plans[planIndex].targetIncentive
                let counts = histograms.seller(slot)
                let attainment = AttainmentBins.quantiles([0.1, 0.5, 0.9], counts: counts)
                let pay = monotone[planIndex]
                    ? attainment.map { targetIncentive * model.payouts[planIndex]($0) }
                    : payQuantiles(counts: counts, payout: model.payouts[planIndex], targetIncentive: targetIncentive, levels: [0.1, 0.5, 0.9])
                let territory = seller.territoryID.flatMap { territories[$0] }
                return (scenarioIndex, SellerOutcome(
                    id: seller.id, name: seller.name, role: seller.role, planID: seller.planID,
                    territoryID: seller.territoryID, region: seller.region ?? territory?.region,
                    segment: seller.segment ?? territory?.segment, managerID: seller.managerID,
                    quota: seller.quota, targetIncentive: targetIncentive,
                    skill: slot < directCount ? exp(model.directLogSkill[slot]) : 1,
                    attainmentP10: attainment[0], attainmentP50: attainment[1], attainmentP90: attainment[2],
                    payP10: pay[0], payP50: pay[1], payP90: pay[2],
                    meanPay: Double(histograms.payCents(slot)) / 100 / Double(trials),
                    probabilityAtQuota: Double(AttainmentBins.countAtOrAboveQuota(counts)) / Double(trials)))
            }
        }
        var outcomes = [SellerOutcome?](repeating: nil, count: order.count)
        for (scenarioIndex, outcome) in summarised.joined() { outcomes[scenarioIndex] = outcome }
        return outcomes.map { $0! }
    }

    /// Pay percentiles of a seller whose pay curve can fall as attainment rises: pay each bin's
    /// centre and take percentiles of the resulting weighted values.
    private static func payQuantiles(counts: UnsafeBufferPointer<UInt32>, payout: PayoutFunction,
                                     targetIncentive: Double, levels: [Double]) -> [Double] {
        var weighted: [(pay: Double, count: Double)] = []
        var total = 0.0
        for (bin, value) in counts.enumerated() where value > 0 {
            weighted.append((targetIncentive * payout(AttainmentBins.centre(of: bin)), Double(value)))
            total += Double(value)
        }
        weighted.sort { $0.pay < $1.pay }
        return levels.map { level in
            var cumulative = 0.0
            for entry in weighted {
                cumulative += entry.count
                if cumulative >= level * total { return entry.pay }
            }
            return weighted.last?.pay ?? .nan
        }
    }

    private static func yearTypeOutcomes(
        scenario: Scenario, model: SimulationModel, tally: WorkerTally, trials: TrialOutcomes
    ) -> [YearTypeOutcome] {
        let histograms = PopulationView(tally)
        return Parallel.map(Array(scenario.simulation.yearTypes.enumerated())) { index, type in
            let members = trials.yearType.indices.filter { Int(trials.yearType[$0]) == index }
            let memberRevenue = members.map { trials.revenue[$0] }
            let goalMet = memberRevenue.reduce(0) { $0 + ($1 >= model.goal ? 1 : 0) }
            let counts = histograms.yearType(index)
            let total = Double(counts.reduce(0, +))
            let shares = counts.map { total > 0 ? Double($0) / total : 0 }
            let percentiles = [0.10, 0.25, 0.50, 0.75, 0.90].map { level -> Double in
                guard total > 0 else { return .nan }
                var cumulative = 0.0
                for (bin, value) in counts.enumerated() where value > 0 {
                    let next = cumulative + Double(value)
                    if next >= level * total {
                        let fraction = (level * total - cumulative) / Double(value)
                        return exp(AttainmentBins.lowestLog + (Double(bin) + fraction) * AttainmentBins.width)
                    }
                    cumulative = next
                }
                return AttainmentBins.lowerEdge(of: AttainmentBins.count)
            }
            let mean: ([Double]) -> Double = { values in
                members.isEmpty ? .nan : members.reduce(0) { $0 + values[$1] } / Double(members.count)
            }
            return YearTypeOutcome(
                name: type.name, probability: type.probability, medianAttainment: type.medianAttainment, sigma: type.sigma,
                trials: members.count, revenue: Distribution(memberRevenue),
                variableComp: Distribution(members.map { trials.variableComp[$0] }),
                totalComp: Distribution(members.map { trials.totalComp[$0] }),
                costOfSales: Distribution(members.map { trials.costOfSales[$0] }),
                goalMet: Proportion(successes: goalMet, trials: members.count),
                meanShareAtQuota: mean(trials.shareAtQuota), meanShareAtTarget: mean(trials.shareAtTarget),
                attainmentShares: shares, attainmentPercentiles: percentiles)
        }
    }
}

/// Read-only access to a finished tally from summary threads.
private struct HistogramView: @unchecked Sendable {
    private let histogram: UnsafeMutableBufferPointer<UInt32>
    private let cents: UnsafeMutableBufferPointer<Int64>

    init(_ tally: WorkerTally) {
        histogram = tally.sellerHistogram
        cents = tally.sellerPayCents
    }

    func seller(_ slot: Int) -> UnsafeBufferPointer<UInt32> {
        UnsafeBufferPointer(rebasing: histogram[(slot * AttainmentBins.count)..<((slot + 1) * AttainmentBins.count)])
    }

    func payCents(_ slot: Int) -> Int64 { cents[slot] }
}

/// Read-only access to the finished population histograms from summary threads.
private struct PopulationView: @unchecked Sendable {
    private let histogram: UnsafeMutableBufferPointer<UInt64>

    init(_ tally: WorkerTally) { histogram = tally.populationHistogram }

    func yearType(_ index: Int) -> UnsafeBufferPointer<UInt64> {
        UnsafeBufferPointer(rebasing: histogram[(index * AttainmentBins.count)..<((index + 1) * AttainmentBins.count)])
    }
}
