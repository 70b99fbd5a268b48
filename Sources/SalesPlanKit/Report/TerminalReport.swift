/// The run summary printed to the terminal: headline table first, then the checks finance asks
/// about, then the year types.
public enum TerminalReport {
    public static func render(_ result: SimulationResult, elapsedSeconds: Double, threads: Int, reportFolder: String?) -> String {
        let content = ReportContent(result)
        var lines: [String] = []
        lines.append("\(result.scenarioName): \(content.settingsSentence); \(threads) thread\(threads == 1 ? "" : "s"), \(String(format: "%.2f", elapsedSeconds)) s")
        lines.append("")
        lines.append(content.headlineTable(compact: true).plain(indent: 2))
        lines.append("")
        lines.append("  " + content.goalSentence)
        lines.append("  " + content.coverageSentence)
        lines.append("")
        lines.append(AnnualReviewChecks(result: result, settings: result.review).table.plain(indent: 2))
        lines.append("")
        lines.append("  Budget")
        lines += content.budgetLines.map { "    " + $0 }
        if let ebitda = content.ebitdaLines, let check = result.ebitdaCheck {
            lines.append("")
            lines.append("  EBITDA check: " + (check.passes ? "EBITDA stays non-negative at maximal payouts" : "WARNING: variable comp can push EBITDA negative"))
            lines += ebitda.map { "    " + $0 }
        }
        if content.hasGoalParts {
            lines.append("")
            lines.append(content.coverageTable.plain(indent: 2))
            lines += content.coverageNotes.map { "  " + $0 }
        }
        if let realPlan = content.realPlanTable {
            lines.append("")
            lines.append(realPlan.plain(indent: 2))
        }
        if let marketing = content.marketingTable {
            lines.append("")
            lines.append(marketing.plain(indent: 2))
            if let fifths = content.marketingQuintileTable {
                lines.append("")
                lines.append(fifths.plain(indent: 2))
            }
        }
        for breakdown in content.informativeBreakdowns {
            lines.append("")
            lines.append(content.breakdownTable(breakdown).plain(indent: 2))
        }
        lines.append("")
        lines.append(content.yearTypeTable.plain(indent: 2))
        if let reportFolder {
            lines.append("")
            lines.append("Report: \(reportFolder)/report.html (also report.md, summary.json, trials.csv, sellers.csv)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
