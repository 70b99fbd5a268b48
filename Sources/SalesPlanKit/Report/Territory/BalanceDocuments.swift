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
        var html = HTMLPage.head(title: "Territory balancing: \(result.problem.scenario.name)") + """
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
