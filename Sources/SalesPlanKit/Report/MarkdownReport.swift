/// `report.md`: the run's tables in Markdown, for pasting into a planning document or a pull
/// request. The charts are in `report.html`.
public enum MarkdownReport {
    public static func render(_ result: SimulationResult, run: RunInfo) -> String {
        let content = ReportContent(result)
        var lines: [String] = []
        lines.append("# Affordability simulation: \(result.scenarioName)")
        lines.append("")
        lines.append("\(content.settingsSentence). Scenario `\(run.scenarioPath)`, run \(run.startedAt) on \(run.threads) thread\(run.threads == 1 ? "" : "s").")
        lines.append("")
        lines.append("## Headline")
        lines.append("")
        lines.append(content.headlineTable(compact: false).markdown())
        lines.append("")
        lines.append("- " + content.goalSentence)
        lines.append("- " + content.coverageSentence)
        if let ebitda = content.ebitdaLines {
            lines.append("")
            lines.append("## EBITDA check")
            lines.append("")
            lines += ebitda.map { "- " + $0 }
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

/// How the figures were made, printed at the end of every report.
enum MethodNotes {
    static let text = """
    ## Method

    Each trial draws a year type from the scenario's mixture and a macro shock shared by all sellers
    (log-normal, median 1). Each direct seller's attainment is log-normal with median
    year median × seller skill × macro shock and the year's σ, drawn with GSL (the seller's skill comes
    from prior-year attainments, shrunk towards 1). Revenue is attainment × quota summed over direct
    sellers; managers and overlays are paid on the bookings credited to them and add no revenue.
    Variable pay is target incentive × the plan's weighted pay curves. Percentiles of per-trial figures
    are exact (linear interpolation between order statistics); per-seller percentiles come from
    bounded histograms 1/64 wide in log attainment. Standard errors are of the Monte Carlo mean.
    """
}
