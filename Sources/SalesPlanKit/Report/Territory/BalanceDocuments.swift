/// `report.md` and the self-contained `report.html` of a balancing run: tables first (balance
/// before and after, territories, moves), then the charts.
enum BalanceDocuments {
    static func markdown(_ content: BalanceContent, run: RunInfo) -> String {
        let result = content.result
        var lines = ["# Territory balancing: \(result.problem.scenario.name)", "",
                     "\(content.settingsSentence). Scenario `\(run.scenarioPath)`, run \(run.startedAt).", "",
                     "## Balance", "", content.balanceTable.markdown(), "", "**\(content.verdict)**", ""]
        lines += result.causes.map { "- Cause: \($0.message)" }
        lines += content.moveLines.map { "- " + $0 }
        lines += ["", "## Territories (most over before first)", "", content.territoryTable().markdown()]
        if content.optimised, !result.moves.isEmpty {
            lines += ["", "## Moves (first 200; all in `moves.csv`)", "", content.moveTable(limit: 200).markdown()]
        }
        lines += ["", "## Method", "", BalanceContent.methodNote,
                  "", "`alignment.csv` can be used as the scenario's accounts table as it is: `accounts: alignment.csv`."]
        return lines.joined(separator: "\n") + "\n"
    }

    static func html(_ content: BalanceContent, run: RunInfo) -> String {
        let result = content.result
        let list = { (items: [String]) in "<ul>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>" }
        var html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Territory balancing: \(escape(result.problem.scenario.name))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 1.5rem auto; max-width: 1100px; padding: 0 1rem; color: #222; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
        table { border-collapse: collapse; font-size: 0.8rem; margin: 0.5rem 0; }
        th, td { padding: 0.2rem 0.45rem; border-bottom: 1px solid #eee; text-align: right; white-space: nowrap; }
        th:first-child, td:first-child { text-align: left; } th { background: #f5f5f5; }
        .bad { color: #b2182b; font-weight: 600; } .good { color: #1b7837; font-weight: 600; }
        .note { color: #555; font-size: 0.85rem; } svg { max-width: 100%; height: auto; margin: 0.5rem 0 1rem; }
        .scroll { max-height: 28rem; overflow-y: auto; }
        </style></head><body>
        <h1>Territory balancing: \(escape(result.problem.scenario.name))</h1>
        <p class="note">\(escape(content.settingsSentence)). Scenario <code>\(escape(run.scenarioPath))</code>, run \(escape(run.startedAt)).</p>
        <h2>Balance</h2>
        \(table(content.balanceTable))
        <p class="\(result.feasible ? "good" : "bad")">\(escape(content.verdict))</p>
        \(list(result.causes.map { "Cause: " + $0.message } + content.moveLines))
        <h2>Territories</h2>
        <div class="scroll">\(table(content.territoryTable()))</div>

        """
        if content.optimised, !result.moves.isEmpty {
            html += "<h2>Moves</h2>\n<p class=\"note\">The first 200; every move is in <code>moves.csv</code>.</p>\n"
            html += "<div class=\"scroll\">\(table(content.moveTable(limit: 200)))</div>\n"
        }
        html += "<h2>Charts</h2>\n\(BalanceCharts.indexBars(result, optimised: content.optimised))\n"
        html += BalanceCharts.map(result, optimised: content.optimised) ?? ""
        html += "\n<h2>Method</h2>\n<p class=\"note\">\(escape(BalanceContent.methodNote))</p>\n</body></html>\n"
        return html
    }

    private static func table(_ table: TextTable) -> String {
        var html = "<table><thead><tr>" + table.header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in table.rows {
            html += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }
}
