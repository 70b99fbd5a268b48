import Foundation

/// The whole plan report of `salesplan run`: one folder with an `index.html` that links the
/// parts — the affordability simulation (with the real-plan figures and the marketing join), goal
/// coverage, the territory metrics of today's alignment and the marketing funnel — each in a subfolder in its own command's format, and the four annual-review checks
/// on the index. One `run.json` marker at the top lists every file, subfolders included.
public struct PlanReport: Sendable {
    public let files: [(name: String, contents: Data)]
    public let summaryJSON: Data

    public init(simulation: SimulationResult, search: OverAssignmentSearch, territories: BalanceContent?,
                territoryProblem: String?, funnel: FunnelContent? = nil, scenario: Scenario, run: RunInfo) throws {
        var parts: [(folder: String, files: [(name: String, contents: Data)])] = []
        parts.append(("simulate", try SimulationReport(result: simulation, run: run).files))
        parts.append(("coverage", try CoverageReport(result: simulation, search: search, scenario: scenario, run: run).files))
        if let territories { parts.append(("territories", try BalanceReport(content: territories, run: run).files)) }
        if let funnel { parts.append(("funnel", try FunnelReport(content: funnel, run: run).files)) }
        var files = parts.flatMap { part in part.files.map { ("\(part.folder)/\($0.name)", $0.contents) } }
        let checks = AnnualReviewChecks(result: simulation, settings: scenario.review)
        let index = PlanReport.index(simulation, checks: checks, search: search, territories: territories,
                                     territoryProblem: territoryProblem, parts: parts.map(\.folder), run: run)
        files.append(("index.html", Data(index.utf8)))
        summaryJSON = parts[0].files.first { $0.name == "summary.json" }!.contents
        var marker = run
        marker.files = ["run.json"] + files.map(\.0)
        files.insert(("run.json", try marker.json()), at: 0)
        self.files = files
    }

    static func index(_ result: SimulationResult, checks: AnnualReviewChecks, search: OverAssignmentSearch,
                      territories: BalanceContent?, territoryProblem: String?, parts: [String], run: RunInfo) -> String {
        let content = ReportContent(result)
        let titles = ["simulate": "Affordability simulation", "coverage": "Goal coverage",
                      "territories": "Territories (today's alignment)", "funnel": "Marketing funnel"]
        var body = ""
        if let description = result.scenarioDescription { body += "<p>\(escape(description))</p>\n" }
        body += "<p class=\"note\">\(escape(content.settingsSentence)). Scenario <code>\(escape(run.scenarioPath))</code>, run \(escape(run.startedAt)).</p>\n"
        body += "<h2>Parts</h2>\n<ul>" + parts.map { "<li><a href=\"\($0)/report.html\">\(escape(titles[$0] ?? $0))</a> (<code>\($0)/</code>)</li>" }.joined() + "</ul>\n"
        body += "<h2>Annual-review checks</h2>\n\(HTMLReport.table(checks.table))\n"
        body += "<h2>Headline</h2>\n\(HTMLReport.table(content.headlineTable(compact: true)))\n"
        body += "<p>\(escape(content.goalSentence))<br>\(escape(CoverageReport.searchSentence(search)))</p>\n"
        body += "<ul>\(content.budgetLines.map { "<li>\(escape($0))</li>" }.joined())</ul>\n"
        if let lines = content.ebitdaLines { body += "<h2>EBITDA</h2>\n<ul>\(lines.map { "<li>\(escape($0))</li>" }.joined())</ul>\n" }
        if let marketing = content.marketingTable {
            body += "<h2>Marketing: pipeline contribution and ROMI</h2>\n\(HTMLReport.table(marketing))\n"
            if let fifths = content.marketingQuintileTable { body += HTMLReport.table(fifths) + "\n" }
            body += (MarketingCharts.payoutVersusSuccess(result) ?? "") + (MarketingCharts.goalMetVersusSuccess(result) ?? "")
        }
        if let realPlan = content.realPlanTable {
            body += "<h2>Real-plan features</h2>\n\(HTMLReport.table(realPlan))\n"
        }
        if let territories {
            body += "<h2>Territories</h2>\n\(HTMLReport.table(territories.balanceTable))\n<p>\(escape(territories.verdict))</p>\n"
        } else if let territoryProblem {
            body += "<h2>Territories</h2>\n<p class=\"note\">\(escape(territoryProblem))</p>\n"
        }
        body += "<h2>Charts</h2>\n\(SimulationCharts.variableCompHistogram(result))\n\(AffordabilityCharts.ebitdaHistogram(result) ?? "")\n"
        body += "<p class=\"note\">Not in this report yet: marketing's pipeline contribution and ROMI per simulated year (<code>salesplan funnel</code> reports the marketing plan on its own).</p>\n"
        return HTMLReport.page(title: "Plan report: \(result.scenarioName)", body: body)
    }
}
