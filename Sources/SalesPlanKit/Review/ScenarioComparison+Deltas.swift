import Foundation

/// Deltas from paired trials, and the change-and-stability check.
extension ScenarioComparison {
    /// Batches for the standard error of a percentile's delta (batch means over contiguous trials).
    static let batches = 20

    static func deltas(_ baseline: SimulationResult, _ other: SimulationResult) -> [Delta] {
        var figures: [(String, [Double], [Double], Bool)] = [
            ("Bookings", baseline.trials.revenue, other.trials.revenue, true),
            ("Variable comp", baseline.trials.variableComp, other.trials.variableComp, true),
            ("Total comp", baseline.trials.totalComp, other.trials.totalComp, true),
        ]
        if let a = baseline.trials.ebitda, let b = other.trials.ebitda { figures.append(("EBITDA", a, b, true)) }
        var deltas: [Delta] = []
        for (name, a, b, isMoney) in figures {
            deltas.append(meanDelta(name, a, b, isMoney: isMoney))
            for (label, level) in [("P50", 0.5), ("P95", 0.95), ("P99", 0.99)] {
                deltas.append(percentileDelta(name, label, level, a, b, isMoney: isMoney))
            }
        }
        deltas.append(meanDelta("Comp ÷ bookings", baseline.trials.costOfSales, other.trials.costOfSales, isMoney: false))
        deltas.append(meanDelta("Share at OTE", baseline.trials.shareAtTarget, other.trials.shareAtTarget, isMoney: false))
        let metA = baseline.trials.revenue.map { $0 >= baseline.goal ? 1.0 : 0 }
        let metB = other.trials.revenue.map { $0 >= other.goal ? 1.0 : 0 }
        deltas.append(meanDelta("P(goal met)", metA, metB, isMoney: false))
        return deltas
    }

    /// Mean of the paired differences, with sd(difference) ÷ √n.
    static func meanDelta(_ figure: String, _ a: [Double], _ b: [Double], isMoney: Bool) -> Delta {
        let differences = zip(b, a).map { $0 - $1 }
        let spread = Distribution(differences)
        return Delta(figure: figure, statistic: "mean", baseline: mean(a), value: mean(b),
                     standardError: spread?.standardError ?? 0, isMoney: isMoney)
    }

    /// A percentile's delta, its standard error from the spread of the same delta over
    /// ``batches`` contiguous batches of trials (batch means).
    static func percentileDelta(_ figure: String, _ label: String, _ level: Double, _ a: [Double], _ b: [Double],
                                isMoney: Bool) -> Delta {
        let quantile = { (values: ArraySlice<Double>) in Distribution.percentile(level, sorted: values.sorted()) }
        let size = a.count / batches
        var batchDeltas: [Double] = []
        if size >= 20 {
            for batch in 0..<batches {
                let range = (batch * size)..<((batch + 1) * size)
                batchDeltas.append(quantile(b[range]) - quantile(a[range]))
            }
        }
        let standardError = (Distribution(batchDeltas)?.standardDeviation ?? .nan) / Double(batches).squareRoot()
        return Delta(figure: figure, statistic: label, baseline: quantile(a[...]), value: quantile(b[...]),
                     standardError: standardError, isMoney: isMoney)
    }

    static func mean(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }

    /// What changed from the baseline, and whose expected pay moves by more than the threshold.
    static func stability(_ scenario: Scenario, _ result: SimulationResult, against base: Scenario, _ baseResult: SimulationResult,
                          threshold: Double) -> AnnualReviewChecks.Check {
        let basePlans = Dictionary(base.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let plans = Dictionary(scenario.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let planChanges = Set(basePlans.keys).union(plans.keys).filter { basePlans[$0] != plans[$0] }.count
        let baseSellers = Dictionary(base.sellers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sellerIDs = Set(scenario.sellers.map(\.id))
        let quotaChanges = scenario.sellers.filter { seller in baseSellers[seller.id].map { $0.quota != seller.quota } ?? false }.count
        let added = scenario.sellers.filter { baseSellers[$0.id] == nil }.count
        let removed = base.sellers.filter { !sellerIDs.contains($0.id) }.count
        let baseAccounts = Dictionary(base.accounts.map { ($0.id, $0.territoryID) }, uniquingKeysWith: { first, _ in first })
        let moved = scenario.accounts.filter { account in baseAccounts[account.id].map { $0 != account.territoryID } ?? false }.count
        let changes = sellerChanges(baseResult, result).compactMap(\.changeShare)
        let movers = changes.filter { abs($0) > threshold }.count
        let goalChange = base.goal == scenario.goal ? "" : "goal changed (\(NumberText.money(base.goal.bookings, currency: base.currency)) → \(NumberText.money(scenario.goal.bookings, currency: base.currency))), "
        let figure = goalChange + "\(planChanges) plan\(planChanges == 1 ? "" : "s") changed, \(quotaChanges) quota\(quotaChanges == 1 ? "" : "s") changed, \(added) seller\(added == 1 ? "" : "s") added, \(removed) removed, \(moved) account\(moved == 1 ? "" : "s") moved; \(movers) of \(changes.count) sellers' expected pay moves by more than \(NumberText.percent(threshold, decimals: 0))"
        return AnnualReviewChecks.Check(name: "Change and stability", passes: movers == 0, figure: figure)
    }
}
