/// Marketing joined to the simulation: pipeline and bookings sourced, ROMI, as distributions,
/// and how the plan's cost and P(goal met) move with marketing success.
extension ReportContent {
    /// P10 / P50 / P90 and mean of each marketing figure; nil without a marketing plan.
    public var marketingTable: TextTable? {
        guard let marketing = result.realPlan?.marketing else { return nil }
        var rows: [[String]] = []
        func row(_ label: String, _ distribution: Distribution, _ text: (Double) -> String) {
            rows.append([label, text(distribution.p10), text(distribution.p50), text(distribution.p90), text(distribution.mean)])
        }
        row("Marketing success", marketing.success) { NumberText.percent($0, decimals: 0) }
        row("Sourced pipeline", marketing.sourcedPipeline, money)
        row("Sourced bookings", marketing.sourcedBookings, money)
        if marketing.influencedBookings.max > 0 { row("Influenced bookings", marketing.influencedBookings, money) }
        if let romi = marketing.romi { row("ROMI", romi) { NumberText.fixed($0, decimals: 2) + "×" } }
        if let ratio = marketing.pipelineToSpend { row("Pipeline ÷ spend", ratio) { NumberText.fixed($0, decimals: 1) + "×" } }
        return TextTable(header: ["Marketing (spend \(money(marketing.spend)))", "P10", "P50", "P90", "Mean"], rows: rows)
    }

    /// The trials cut in fifths by marketing success: P(goal met) and variable comp in each.
    public var marketingQuintileTable: TextTable? {
        guard let marketing = result.realPlan?.marketing, !marketing.isFixed, !marketing.byQuintile.isEmpty else { return nil }
        let rows = marketing.byQuintile.enumerated().map { index, fifth in
            ["\(index + 1) of 5", NumberText.percent(fifth.meanSuccess, decimals: 0), NumberText.percent(fifth.goalMet),
             money(fifth.meanVariableComp)]
        }
        return TextTable(header: ["Marketing-success fifth", "Mean success", "P(goal met)", "Mean var. comp"], rows: rows)
    }

    /// One sentence on how the join works, for the reports.
    public var marketingNote: String? {
        guard let marketing = result.realPlan?.marketing else { return nil }
        let how = marketing.isFixed ? "fixed at \(NumberText.percent(marketing.success.mean, decimals: 0)) by the scenario"
            : "drawn per trial (log-normal, mean 100 %, from the plan's channel and funnel uncertainties)"
        return "Marketing success (realised ÷ planned sourced pipeline) is \(how); it scales the marketing-sourced share of each seller's median attainment. ROMI = (sourced bookings × gross margin − spend) ÷ spend."
    }
}

/// Charts of the plan against marketing success.
public enum MarketingCharts {
    /// Variable comp against marketing success, one point per trial, with P(goal met) per fifth
    /// of success written on the chart's legend.
    public static func payoutVersusSuccess(_ result: SimulationResult) -> String? {
        guard let success = result.trials.marketingSuccess, let marketing = result.realPlan?.marketing, !marketing.isFixed else { return nil }
        let trials = result.trials
        let stride = max(1, (trials.count + 3_999) / 4_000)
        let low = success.min() ?? 0, high = success.max() ?? 1
        let money = { NumberText.money($0, currency: result.currency) }
        var plot = SVGPlot(title: "Variable comp and P(goal met) against marketing success", xLabel: "Marketing success (realised ÷ planned sourced pipeline)",
                           yLabel: "Total variable compensation", xRange: (low * 0.97)...(high * 1.03),
                           yRange: 0...(result.headline.variableComp.max * 1.08),
                           xFormat: { NumberText.percent($0, decimals: 0) }, yFormat: money)
        let points = Swift.stride(from: 0, to: trials.count, by: stride).map { (success[$0], trials.variableComp[$0]) }
        plot.points(points, color: "#4575b4")
        plot.addLegend("one trial", color: "#4575b4")
        let fifths = marketing.byQuintile.map { ($0.meanSuccess, $0.meanVariableComp) }
        plot.line(fifths, color: "#d73027")
        plot.addLegend("mean per fifth of success; P(goal met) " + marketing.byQuintile.map { NumberText.percent($0.goalMet, decimals: 0) }.joined(separator: " → "),
                       color: "#d73027")
        plot.verticalMarker(at: 1, label: "plan", color: "#222")
        return plot.render()
    }

    /// P(goal met) against marketing success: the trials sorted by success and cut in twenty
    /// equal groups, each drawn at its mean success and the share of its trials whose bookings
    /// reach the goal.
    public static func goalMetVersusSuccess(_ result: SimulationResult) -> String? {
        guard let success = result.trials.marketingSuccess, let marketing = result.realPlan?.marketing, !marketing.isFixed,
              result.goal > 0, success.count >= 20 else { return nil }
        let order = success.indices.sorted { success[$0] < success[$1] }
        let groups = 20
        let points = (0..<groups).map { group -> (Double, Double) in
            let members = order[(group * order.count / groups)..<((group + 1) * order.count / groups)]
            let count = Double(members.count)
            let met = members.filter { result.trials.revenue[$0] >= result.goal }.count
            return (members.reduce(0) { $0 + success[$1] } / count, Double(met) / count)
        }
        let low = points.first?.0 ?? 0, high = points.last?.0 ?? 1
        var plot = SVGPlot(title: "P(goal met) against marketing success (trials in twenty groups by success)",
                           xLabel: "Marketing success (realised ÷ planned sourced pipeline)", yLabel: "P(bookings ≥ goal)",
                           xRange: (low * 0.97)...(high * 1.03), yRange: 0...1,
                           xFormat: { NumberText.percent($0, decimals: 0) }, yFormat: { NumberText.percent($0, decimals: 0) })
        plot.line(points, color: "#1a9850")
        plot.points(points, color: "#1a9850", radius: 3, opacity: 1)
        plot.addLegend("P(goal met) per twentieth of the trials", color: "#1a9850")
        plot.verticalMarker(at: 1, label: "plan", color: "#222")
        return plot.render()
    }
}
