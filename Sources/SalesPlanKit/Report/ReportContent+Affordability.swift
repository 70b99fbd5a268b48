import Foundation

/// What a comp-plan owner looks for first: simulated cost against the budget, the EBITDA check,
/// and cost by plan, role, region and segment.
extension ReportContent {
    /// The variable-comp budget and simulated cost against it.
    public var budgetLines: [String] {
        let budget = result.variableCompBudget
        var lines = ["Variable-comp budget (Σ target incentive): \(money(budget)); total on-target earnings: \(money(result.totalOnTargetEarnings))"]
        if budget > 0 {
            let cost = result.headline.variableComp
            let share = { (value: Double) in NumberText.percent(value / budget, decimals: 0) }
            lines.append("Simulated variable comp: P50 \(money(cost.p50)) (\(share(cost.p50)) of budget), P95 \(money(cost.p95)) (\(share(cost.p95))), max \(money(cost.max)) (\(share(cost.max)))")
        }
        return lines
    }

    /// The EBITDA check as lines of text, or nil when the scenario has no EBITDA figure.
    public var ebitdaLines: [String]? {
        guard let check = result.ebitdaCheck else { return nil }
        func status(_ value: Double) -> String { value < 0 ? "NEGATIVE" : "ok" }
        var lines: [String] = []
        switch check.model {
        case .revenueLinked:
            lines.append("EBITDA = \(money(check.ebitdaBeforeVariableComp)) at goal + \(NumberText.percent(check.grossMargin ?? 0, decimals: 0)) margin × (bookings − goal) − variable comp")
        case .fixed:
            lines.append("EBITDA = \(money(check.ebitdaBeforeVariableComp)) before variable comp − variable comp (fixed: bookings do not move it)")
        }
        let ebitda = check.ebitda
        lines.append("EBITDA: mean \(money(ebitda.mean)), P1 \(money(ebitda.p1)) \(status(ebitda.p1)), P5 \(money(ebitda.p5)), P50 \(money(ebitda.p50))")
        let expensive = check.mostExpensiveTrial, worst = check.worstTrial
        lines.append("most expensive trial (#\(expensive.trial), variable comp \(money(expensive.variableComp)), bookings \(money(expensive.bookings))): EBITDA \(money(expensive.ebitda)) \(status(expensive.ebitda))")
        lines.append("worst trial (#\(worst.trial), bookings \(money(worst.bookings)), variable comp \(money(worst.variableComp))): EBITDA \(money(worst.ebitda)) \(status(worst.ebitda))")
        lines.append("P(EBITDA < 0): \(probabilityNegativeText(check))")
        if let incremental = check.incremental {
            let verdict = incremental.passes ? "ok" : "FAILS"
            lines.append("at maximal payouts: comp above budget \(money(incremental.compAboveBudget)) vs gross profit above total quota \(money(incremental.grossProfitAboveQuota)): \(verdict)")
        }
        return lines
    }

    /// "14.2% ± 0.35%", or "< 0.03% at 95% confidence" when no trial was negative.
    public func probabilityNegativeText(_ check: EBITDACheck) -> String {
        if let bound = check.probabilityNegativeUpperBound {
            return "0 of \(NumberText.grouped(Double(check.probabilityNegative.trials))) trials (< \(NumberText.percent(bound, decimals: bound < 0.001 ? 3 : 2)) at 95% confidence)"
        }
        let p = check.probabilityNegative
        return "\(NumberText.percent(p.probability, decimals: 2)) ± \(NumberText.percent(p.standardError, decimals: 2))"
    }

    /// Variable comp (and bookings) of each group of one breakdown.
    public func breakdownTable(_ breakdown: PayBreakdown) -> TextTable {
        let rows = breakdown.groups.map { group -> [String] in
            let pay = group.variableComp
            let ofBudget = group.targetIncentive > 0 ? NumberText.percent(pay.p95 / group.targetIncentive, decimals: 0) : "–"
            return [group.name, NumberText.grouped(Double(group.sellers)), money(group.targetIncentive),
                    money(pay.mean), money(pay.p50), money(pay.p95), money(pay.max), ofBudget,
                    group.bookings.map { money($0.p50) } ?? "–"]
        }
        return TextTable(header: [breakdown.dimension.rawValue.capitalized, "Sellers", "Budget", "Mean", "P50", "P95", "Max",
                                  "P95/budget", "Book. P50"], rows: rows)
    }

    /// Breakdowns with more than one group (one group repeats the headline).
    public var informativeBreakdowns: [PayBreakdown] {
        result.breakdowns.filter { $0.groups.count > 1 }
    }
}
