/// `report.html`: one self-contained page (inline CSS and SVG, no scripts, no external files)
/// with the tables first and the charts after them. Every table fits a 1,024-pixel window.
public enum HTMLReport {
    public static func render(_ result: SimulationResult, run: RunInfo, territories: BalanceContent? = nil) -> String {
        let content = ReportContent(result)
        var html = HTMLPage.head(title: "Affordability: \(result.scenarioName)") + """
        <h1>Affordability simulation: \(escape(result.scenarioName))</h1>

        """
        if let description = result.scenarioDescription, !description.isEmpty {
            html += "<p>\(escape(description))</p>\n"
        }
        html += """
        <p class="note">\(escape(content.settingsSentence)). Scenario <code>\(escape(run.scenarioPath))</code>, run \(escape(run.startedAt)) on \(run.threads) thread\(run.threads == 1 ? "" : "s").</p>
        <h2>Headline</h2>
        \(table(content.headlineTable(compact: false)))
        <p>\(escape(content.goalSentence))<br>\(escape(content.coverageSentence))</p>
        <h2>Annual-review checks</h2>
        \(table(AnnualReviewChecks(result: result, settings: result.review).table))
        <h2>Budget</h2>
        <ul>\(content.budgetLines.map { "<li>\(escape($0))</li>" }.joined())</ul>

        """
        if let check = result.ebitdaCheck, let lines = content.ebitdaLines {
            let verdict = check.passes
                ? #"<p class="good">EBITDA stays non-negative at maximal payouts and in the 1-in-100 bad year.</p>"#
                : #"<p class="bad">Warning: variable compensation can push EBITDA negative.</p>"#
            html += "<h2>EBITDA check</h2>\n\(verdict)\n<ul>\(lines.map { "<li>\(escape($0))</li>" }.joined())</ul>\n"
        }
        if content.hasGoalParts {
            html += "<h2>Goal coverage</h2>\n\(table(content.coverageTable))\n"
            html += content.coverageNotes.map { "<p class=\"note\">\(escape($0))</p>" }.joined(separator: "\n") + "\n"
        }
        if let realPlan = content.realPlanTable {
            html += "<h2>Real-plan features</h2>\n\(table(realPlan))\n"
            html += #"<p class="note">Per-trial totals over all sellers: SPIFs and draw top-ups are in variable comp, clawbacks already taken out of it; the double-credit ratio counts every dollar credited to managers, overlays, sales engineers and BDRs (docs/scenario-format.md, Real plans).</p>"# + "\n"
        }
        if let marketing = content.marketingTable {
            html += "<h2>Marketing: pipeline contribution and ROMI</h2>\n\(table(marketing))\n"
            if let fifths = content.marketingQuintileTable { html += table(fifths) + "\n" }
            if let note = content.marketingNote { html += "<p class=\"note\">\(escape(note))</p>\n" }
        }
        let breakdowns = content.informativeBreakdowns
        if !breakdowns.isEmpty {
            html += "<h2>Variable comp by plan, role, region and segment</h2>\n"
            html += #"<p class="note">Per-trial sums over each group's sellers; budget is the group's Σ target incentive. Bookings only for groups with direct sellers.</p>"#
            html += breakdowns.map { table(content.breakdownTable($0)) }.joined(separator: "\n") + "\n"
        }
        if let territories {
            html += "<h2>Territories (today's alignment)</h2>\n\(table(territories.balanceTable))\n<p>\(escape(territories.verdict))</p>\n"
            html += #"<p class="note">Measured, not optimised: <code>salesplan balance</code> proposes the moves (docs/balance-output.md).</p>"# + "\n"
        }
        html += """
        <h2>By year type</h2>
        \(table(content.yearTypeTable))
        <p class="note">Median: the year type's median attainment as set in the scenario; Seen: the median attainment the direct sellers reached in those trials (skill and macro shocks included). Var.: total variable comp.</p>
        <h2>Charts</h2>
        \(SimulationCharts.variableCompHistogram(result))
        \(AffordabilityCharts.ebitdaHistogram(result) ?? "")
        \(SimulationCharts.payoutVersusRevenue(result))
        \(MarketingCharts.payoutVersusSuccess(result) ?? "")
        \(MarketingCharts.goalMetVersusSuccess(result) ?? "")
        \(SimulationCharts.attainmentByYearType(result))
        <h2>Pay curves</h2>
        <div class="grid">\(result.plans.map(AffordabilityCharts.payCurve).joined(separator: "\n"))</div>
        <h2>Sellers</h2>
        <p class="note">Highest expected pay first; every seller is in <code>sellers.csv</code>, every trial in <code>trials.csv</code>.</p>
        \(table(content.sellerTable(limit: 25)))
        <h2>Method</h2>
        \(MethodNotes.paragraphs.map { "<p class=\"note\">\(escape($0))</p>" }.joined(separator: "\n"))
        </body></html>

        """
        return html
    }

    /// A whole page: the shared shell around `body` (which starts after the title).
    static func page(title: String, body: String) -> String {
        HTMLPage.head(title: title) + "<h1>\(escape(title))</h1>\n" + body + "\n</body></html>\n"
    }

    /// A table; text columns (those ``TextTable/rightAligned`` leaves out) are aligned left.
    static func table(_ table: TextTable) -> String {
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            let left = column > 0 && !table.rightAligned.contains(column) ? #" style="text-align:left""# : ""
            return "<\(tag)\(left)>\(escape(text))</\(tag)>"
        }
        var html = "<table><thead><tr>" + table.header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead><tbody>"
        for row in table.rows {
            html += "<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }
}
