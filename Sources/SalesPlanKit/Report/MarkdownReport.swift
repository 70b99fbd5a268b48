/// `report.md`: the run's tables in Markdown, for pasting into a planning document or a pull
/// request. The charts are in `report.html`.
public enum MarkdownReport {
    public static func render(_ result: SimulationResult, run: RunInfo, territories: BalanceContent? = nil) -> String {
        let content = ReportContent(result)
        var lines: [String] = []
        lines.append("# Affordability simulation: \(result.scenarioName)")
        lines.append("")
        if let description = result.scenarioDescription, !description.isEmpty {
            lines.append(description)
            lines.append("")
        }
        lines.append("\(content.settingsSentence). Scenario `\(run.scenarioPath)`, run \(run.startedAt) on \(run.threads) thread\(run.threads == 1 ? "" : "s").")
        lines.append("")
        lines.append("## Headline")
        lines.append("")
        lines.append(content.headlineTable(compact: false).markdown())
        lines.append("")
        lines.append("- " + content.goalSentence)
        lines.append("- " + content.coverageSentence)
        lines.append("")
        lines.append("## Annual-review checks")
        lines.append("")
        lines.append(AnnualReviewChecks(result: result, settings: result.review).table.markdown())
        lines.append("")
        lines.append("## Budget")
        lines.append("")
        lines += content.budgetLines.map { "- " + $0 }
        if let ebitda = content.ebitdaLines, let check = result.ebitdaCheck {
            lines.append("")
            lines.append("## EBITDA check")
            lines.append("")
            lines.append(check.passes ? "**EBITDA stays non-negative at maximal payouts.**" : "**Warning: variable comp can push EBITDA negative.**")
            lines.append("")
            lines += ebitda.map { "- " + $0 }
        }
        if content.hasGoalParts {
            lines.append("")
            lines.append("## Goal coverage")
            lines.append("")
            lines.append(content.coverageTable.markdown())
            lines.append("")
            lines += content.coverageNotes.map { "- " + $0 }
        }
        if let realPlan = content.realPlanTable {
            lines.append("")
            lines.append("## Real-plan features")
            lines.append("")
            lines.append(realPlan.markdown())
        }
        if let marketing = content.marketingTable {
            lines.append("")
            lines.append("## Marketing: pipeline contribution and ROMI")
            lines.append("")
            lines.append(marketing.markdown())
            if let fifths = content.marketingQuintileTable {
                lines.append("")
                lines.append(fifths.markdown())
            }
            if let note = content.marketingNote { lines += ["", note] }
        }
        for breakdown in content.informativeBreakdowns {
            lines.append("")
            lines.append("## By \(breakdown.dimension.rawValue)")
            lines.append("")
            lines.append(content.breakdownTable(breakdown).markdown())
        }
        if let territories {
            lines += ["", "## Territories (today's alignment)", "", territories.balanceTable.markdown(), "", territories.verdict]
        }
        lines.append("")
        lines.append("## By year type")
        lines.append("")
        lines.append(content.yearTypeTable.markdown())
        lines.append("")
        lines.append("## Sellers (highest expected pay first; all sellers in `sellers.csv`)")
        lines.append("")
        lines.append(content.sellerTable(limit: 25).markdown())
        lines.append("")
        lines.append(MethodNotes.text)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// How the figures were made, and the assumptions a reader must know, at the end of every report.
enum MethodNotes {
    static let paragraphs = [
        """
        Each trial draws a year type from the scenario's mixture and a macro shock shared by all sellers \
        (log-normal, median 1). Each direct seller's attainment is log-normal with median year median × \
        seller skill × macro shock and the year's σ, drawn with GSL; skill comes from the seller's prior-year \
        attainments, shrunk towards 1. Bookings (called revenue in the engine: the two are the same figure) \
        are attainment × quota summed over direct sellers, so bookings scale with quota: raising a quota \
        raises that seller's expected bookings one for one.
        """,
        """
        Managers and overlays are paid on the bookings credited to them (a manager on every direct seller \
        below them at any depth, an overlay on its region and segment) and add no bookings: double credit. \
        Their quotas are the fixed numbers in the scenario, which is what their credited bookings are \
        divided by; they do not follow their team's quotas.
        """,
        """
        Variable pay is target incentive × the plan's weighted pay curves; nothing is paid below a curve's \
        threshold. "At OTE" means variable pay ≥ target incentive; "at quota" counts managers and overlays \
        too, "direct at quota" only the sellers who book. EBITDA per trial follows the scenario's \
        finance.ebitda_model (revenue-linked: EBITDA before variable comp at goal + gross margin × \
        (bookings − goal) − variable comp). Percentiles of per-trial figures are exact (linear \
        interpolation between order statistics); per-seller percentiles come from histograms 1/64 wide \
        in log attainment. ± values are Monte Carlo standard errors.
        """,
    ]

    static var text: String { "## Method\n\n" + paragraphs.joined(separator: "\n\n") }
}
