/// The balancing summary printed to the terminal: balance before and after, moves, the bound.
public enum BalanceTerminal {
    public static func render(_ content: BalanceContent, reportFolder: String?) -> String {
        let result = content.result
        var lines = ["\(result.problem.scenario.name): \(content.settingsSentence)", ""]
        lines.append(content.balanceTable.plain(indent: 2))
        lines.append("")
        lines.append("  " + content.verdict)
        lines += result.causes.map { "    cause: " + $0.message }
        lines += content.moveLines.map { "  " + $0 }
        lines.append("")
        lines.append(content.territoryTable(limit: 10).plain(indent: 2))
        if result.before.rows.count > 10 { lines.append("  (the 10 most over before; every territory in territories.csv)") }
        if content.optimised, !result.moves.isEmpty {
            lines.append("")
            lines.append(content.moveTable(limit: 10).plain(indent: 2))
            if result.moves.count > 10 { lines.append("  (\(NumberText.grouped(result.moves.count)) moves in all: moves.csv)") }
        }
        if let reportFolder {
            lines.append("")
            lines.append("Report: \(reportFolder)/report.html (also report.md, summary.json, alignment.csv, moves.csv, territories.csv)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
