import Foundation

/// Every file of a `salesplan quotas` report: the new `sellers.csv` (a scenario table, loadable
/// back), `quota-changes.csv` (largest movers first), `quota-seasonality.csv`, summary, Markdown
/// and HTML. Nothing is ever written over the scenario's own tables.
public struct QuotaReport: Sendable {
    public let files: [(name: String, contents: Data)]
    public var summaryJSON: Data { files.first { $0.name == "summary.json" }!.contents }

    public init(plan: QuotaPlanner.Plan, original: Scenario, run: RunInfo) throws {
        let run = { () -> RunInfo in
            var marked = run
            marked.files = ["summary.json", "run.json", "sellers.csv", "quota-changes.csv", "quota-seasonality.csv",
                            "report.md", "report.html"]
            return marked
        }()
        let markdown = QuotaReport.markdown(plan, run: run)
        files = [
            ("summary.json", try QuotaSummary(plan: plan).json()),
            ("run.json", try run.json()),
            ("sellers.csv", QuotaReport.sellersTable(plan.scenario)),
            ("quota-changes.csv", QuotaReport.changes(plan.allocation)),
            ("quota-seasonality.csv", QuotaReport.seasonality(plan.allocation)),
            ("report.md", Data(markdown.utf8)),
            ("report.html", Data(HTMLReport.page(title: "Quotas: \(plan.result.scenarioName)",
                                                 body: QuotaReport.htmlBody(plan, run: run)).utf8)),
        ]
        assert(files.map(\.name) == run.files)
    }

    /// The scenario's sellers with the new quotas, in the scenario's own column names, so that it
    /// loads back as a sellers table (`sellers: sellers.csv`). `baseline_quota` keeps today's quota.
    /// The real-plan columns (`credit_share`, `covers_territories`, `covers_products`,
    /// `renewal_base`) are written when any seller has one, so a roster without them is unchanged.
    static func sellersTable(_ scenario: Scenario) -> Data {
        let realPlanColumns = scenario.sellers.contains {
            $0.creditShare != 1 || !$0.coversTerritories.isEmpty || !$0.coversProducts.isEmpty || $0.renewalBase != 0
        }
        var csv = CSVText(header: ["id", "name", "role", "plan", "territory", "region", "segment", "quota", "baseline_quota",
                                   "hire_date", "manager", "prior_attainments"]
                              + (realPlanColumns ? ["credit_share", "covers_territories", "covers_products", "renewal_base"] : []),
                          expectedRows: scenario.sellers.count)
        for seller in scenario.sellers {
            csv.text(seller.id, first: true)
            csv.text(seller.name)
            csv.text(seller.role.rawValue)
            csv.text(seller.planID)
            csv.text(seller.territoryID ?? "")
            csv.text(seller.region ?? "")
            csv.text(seller.segment ?? "")
            csv.money(seller.quota)
            if let baseline = seller.baselineQuota { csv.money(baseline) } else { csv.text("") }
            csv.text(seller.hireDate?.description ?? "")
            csv.text(seller.managerID ?? "")
            csv.text(seller.priorAttainments.map { NumberText.plain($0) }.joined(separator: ";"))
            if realPlanColumns {
                csv.text(NumberText.plain(seller.creditShare))
                csv.text(seller.coversTerritories.joined(separator: ";"))
                csv.text(seller.coversProducts.joined(separator: ";"))
                csv.money(seller.renewalBase)
            }
            csv.endRow()
        }
        return Data(csv.bytes)
    }

    /// Largest movers first (by absolute change in money, ties by seller order).
    static func rankedLines(_ allocation: QuotaAllocation) -> [QuotaAllocation.Line] {
        let lines = allocation.direct + allocation.rolledUp
        return lines.indices.sorted {
            let a = abs(lines[$0].change), b = abs(lines[$1].change)
            return a != b ? a > b : $0 < $1
        }.map { lines[$0] }
    }

    static func changes(_ allocation: QuotaAllocation) -> Data {
        var csv = CSVText(header: ["seller", "role", "old_quota", "new_quota", "change_percent", "change", "method",
                                   "basis_share", "ramp_factor", "held_by_change_limit"])
        for line in rankedLines(allocation) {
            let direct = line.role.credit == .own
            csv.text(line.id, first: true)
            csv.text(line.role.rawValue)
            csv.money(line.oldQuota)
            csv.money(line.newQuota)
            csv.number(line.changeShare * 100, decimals: 4)
            csv.money(line.change)
            csv.text(direct ? allocation.method.name : "rollup")
            csv.ratio(line.basisShare)
            csv.ratio(line.rampFactor)
            csv.integer(line.heldByChangeLimit ? 1 : 0)
            csv.endRow()
        }
        return Data(csv.bytes)
    }

    static func seasonality(_ allocation: QuotaAllocation) -> Data {
        let periods = allocation.direct.first?.seasonal.count ?? 4
        let names = periods == 12 ? (1...12).map { "m\($0)" } : (1...periods).map { "q\($0)" }
        var csv = CSVText(header: ["seller", "quota"] + names)
        for line in allocation.direct + allocation.rolledUp {
            csv.text(line.id, first: true)
            csv.money(line.newQuota)
            for amount in line.seasonal { csv.money(amount) }
            csv.endRow()
        }
        return Data(csv.bytes)
    }
}
