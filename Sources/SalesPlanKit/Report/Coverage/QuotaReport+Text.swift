import Foundation

/// The quota report's tables and sentences, shared by the terminal, Markdown and HTML.
extension QuotaReport {
    public static func headline(_ plan: QuotaPlanner.Plan) -> [String] {
        let result = plan.result
        let money = { NumberText.money($0, currency: result.currency) }
        let allocation = plan.allocation
        let goal = result.goal
        var lines = ["Method \(allocation.method.name): direct quotas \(money(allocation.total)) = goal \(money(goal)) × (1 + \(NumberText.percent(plan.overAssignment)) over-assignment)."]
        if let search = plan.search {
            lines.append(CoverageReport.searchSentence(search, shared: "shared by \(allocation.method.name)"))
        }
        let coverage = result.coverage.total
        if let met = coverage.goalMet {
            lines.append("With these quotas: P(goal met) \(NumberText.percent(met.probability)) ± \(NumberText.percent(met.standardError)); variable comp P50 \(money(result.headline.variableComp.p50)), P95 \(money(result.headline.variableComp.p95)) (budget \(money(result.variableCompBudget))).")
        }
        let held = allocation.direct.filter(\.heldByChangeLimit).count
        if held > 0 { lines.append("\(held) quota\(held == 1 ? " was" : "s were") held at the change limit.") }
        let ramped = allocation.direct.filter { $0.rampFactor < 1 }.count
        if ramped > 0 { lines.append("\(ramped) new hire\(ramped == 1 ? "" : "s") ramped (quota × the share of a full year the ramp allows).") }
        return lines
    }

    /// Largest movers first.
    public static func changeTable(_ plan: QuotaPlanner.Plan, limit: Int) -> TextTable {
        let money = { NumberText.money($0, currency: plan.result.currency) }
        let rows = rankedLines(plan.allocation).prefix(limit).map { line -> [String] in
            [line.id, line.role.displayName, money(line.oldQuota), money(line.newQuota),
             (line.change >= 0 ? "+" : "") + NumberText.percent(line.changeShare), (line.change >= 0 ? "+" : "") + money(line.change),
             line.role.credit == .own ? NumberText.percent(line.basisShare, decimals: 2) : "roll-up",
             line.rampFactor < 1 ? NumberText.percent(line.rampFactor, decimals: 0) : "",
             line.heldByChangeLimit ? "held" : ""]
        }
        return TextTable(header: ["Seller", "Role", "Old", "New", "Change", "Change $", "Basis", "Ramp", "Limit"],
                         rows: rows, rightAligned: Set(2..<8))
    }

    static func markdown(_ plan: QuotaPlanner.Plan, run: RunInfo) -> String {
        var lines = ["# Quotas: \(plan.result.scenarioName)", "", "Scenario `\(run.scenarioPath)`.", ""]
        lines += headline(plan).map { "- " + $0 }
        lines += ["", "## Largest changes (all in quota-changes.csv)", "", changeTable(plan, limit: 40).markdown(), ""]
        lines += ["## Coverage with the new quotas", "", ReportContent(plan.result).coverageTable.markdown(), ""]
        return lines.joined(separator: "\n") + "\n"
    }

    static func htmlBody(_ plan: QuotaPlanner.Plan, run: RunInfo) -> String {
        """
        <p class="note">Scenario <code>\(escape(run.scenarioPath))</code>. The new quotas are in <code>sellers.csv</code> (a sellers table: copy it beside a copy of the scenario to use them).</p>
        <ul>\(headline(plan).map { "<li>\(escape($0))</li>" }.joined())</ul>
        <h2>Largest changes</h2>
        \(HTMLReport.table(changeTable(plan, limit: 40)))
        <h2>Coverage with the new quotas</h2>
        \(HTMLReport.table(ReportContent(plan.result).coverageTable))
        """
    }
}

/// `summary.json` of a quota report: schema `salesplan/quota-summary` version 1.
struct QuotaSummary: Encodable {
    var schema = "salesplan/quota-summary"
    var schemaVersion = 1
    var method: String
    var overAssignment: Double
    var directQuotaTotal: Double
    var goal: Double
    var goalMet: Proportion?
    var variableComp: Distribution
    var variableCompBudget: Double
    var search: CoverageSummary.SearchSummary?
    var coverage: SimulationSummary.CoverageSummary
    var sellers: [Seller]

    struct Seller: Encodable {
        var id: String
        var role: String
        var oldQuota: Double
        var newQuota: Double
        var basisShare: Double
        var rampFactor: Double
        var heldByChangeLimit: Bool
        var seasonal: [Double]
    }

    init(plan: QuotaPlanner.Plan) {
        method = plan.allocation.method.name
        overAssignment = plan.overAssignment
        directQuotaTotal = plan.allocation.total
        goal = plan.result.goal
        goalMet = plan.result.coverage.total.goalMet
        variableComp = plan.result.headline.variableComp
        variableCompBudget = plan.result.variableCompBudget
        search = plan.search.map { CoverageSummary(result: plan.result, search: $0).search }
        coverage = SimulationSummary.CoverageSummary(plan.result.coverage)
        sellers = (plan.allocation.direct + plan.allocation.rolledUp).map {
            Seller(id: $0.id, role: $0.role.rawValue, oldQuota: $0.oldQuota, newQuota: $0.newQuota, basisShare: $0.basisShare,
                   rampFactor: $0.rampFactor, heldByChangeLimit: $0.heldByChangeLimit, seasonal: $0.seasonal)
        }
    }

    func json() throws -> Data { try SummaryJSON.encode(self) }
}
