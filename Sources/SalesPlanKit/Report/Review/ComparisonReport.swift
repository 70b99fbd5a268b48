import Foundation

/// Every file of a `salesplan compare` report: deltas first (with their paired standard errors),
/// the four checks side by side, per-seller pay changes, and overlaid distributions.
public struct ComparisonReport: Sendable {
    public let files: [(name: String, contents: Data)]
    public var summaryJSON: Data { files.first { $0.name == "summary.json" }!.contents }

    public init(_ comparison: ScenarioComparison, run: RunInfo) throws {
        let run = { () -> RunInfo in
            var marked = run
            marked.files = ["summary.json", "run.json", "deltas.csv", "sellers.csv", "report.md", "report.html"]
            return marked
        }()
        files = [
            ("summary.json", try SummaryJSON.encode(ComparisonSummary(comparison))),
            ("run.json", try run.json()),
            ("deltas.csv", ComparisonReport.deltasCSV(comparison)),
            ("sellers.csv", ComparisonReport.sellersCSV(comparison)),
            ("report.md", Data(ComparisonReport.markdown(comparison).utf8)),
            ("report.html", Data(HTMLReport.page(title: "Comparison: \(comparison.entries.map(\.name).joined(separator: " vs "))",
                                                 body: ComparisonReport.htmlBody(comparison)).utf8)),
        ]
        assert(files.map(\.name) == run.files)
    }

    static func format(_ value: Double, _ delta: ScenarioComparison.Delta, currency: String) -> String {
        delta.isMoney ? NumberText.money(value, currency: currency) : NumberText.percent(value, decimals: 2)
    }

    /// The deltas of scenario `index` (1-based among the entries) against the baseline.
    public static func deltaTable(_ comparison: ScenarioComparison, scenario index: Int) -> TextTable {
        let currency = comparison.entries[0].result.currency
        let rows = comparison.deltas[index - 1].map { delta -> [String] in
            let sign = delta.delta >= 0 ? "+" : ""
            return ["\(delta.figure) \(delta.statistic)", format(delta.baseline, delta, currency: currency),
                    format(delta.value, delta, currency: currency), sign + format(delta.delta, delta, currency: currency),
                    delta.standardError.isFinite ? "± " + format(delta.standardError, delta, currency: currency) : "–"]
        }
        return TextTable(header: ["Figure", comparison.entries[0].name, comparison.entries[index].name, "Δ", "s.e. (paired)"], rows: rows)
    }

    /// The four checks, one column per scenario.
    public static func checksTable(_ comparison: ScenarioComparison) -> TextTable {
        let names = comparison.entries[0].checks.map(\.name)
        let rows = names.indices.map { check in
            [names[check]] + comparison.entries.map { AnnualReviewChecks.verdict($0.checks[check]) }
        }
        return TextTable(header: ["Annual-review check"] + comparison.entries.map(\.name), rows: rows, rightAligned: [])
    }

    /// The sellers whose expected pay moves most, for scenario `index`.
    public static func sellerTable(_ comparison: ScenarioComparison, scenario index: Int, limit: Int) -> TextTable {
        let money = { NumberText.money($0, currency: comparison.entries[0].result.currency) }
        let ranked = comparison.sellerChanges[index - 1].sorted {
            abs($0.change ?? .infinity) > abs($1.change ?? .infinity)
        }
        let rows = ranked.prefix(limit).map { change -> [String] in
            [change.id, change.baseline.map(money) ?? "absent", change.value.map(money) ?? "absent",
             change.change.map { ($0 >= 0 ? "+" : "") + money($0) } ?? "–",
             change.changeShare.map { ($0 >= 0 ? "+" : "") + NumberText.percent($0) } ?? "–"]
        }
        return TextTable(header: ["Seller", "Expected pay: \(comparison.entries[0].name)", comparison.entries[index].name, "Δ", "Δ %"], rows: rows)
    }

    static func deltasCSV(_ comparison: ScenarioComparison) -> Data {
        var csv = CSVText(header: ["scenario", "figure", "statistic", "baseline", "value", "delta", "standard_error"])
        for (index, deltas) in comparison.deltas.enumerated() {
            for delta in deltas {
                csv.text(comparison.entries[index + 1].name, first: true)
                csv.text(delta.figure)
                csv.text(delta.statistic)
                csv.ratio(delta.baseline)
                csv.ratio(delta.value)
                csv.ratio(delta.delta)
                csv.ratio(delta.standardError)
                csv.endRow()
            }
        }
        return Data(csv.bytes)
    }

    static func sellersCSV(_ comparison: ScenarioComparison) -> Data {
        var csv = CSVText(header: ["seller"] + comparison.entries.map { "expected_pay_\($0.name)" })
        var ids: [String] = []
        var seen = Set<String>()
        for entry in comparison.entries { for seller in entry.result.sellers where seen.insert(seller.id).inserted { ids.append(seller.id) } }
        let pay = comparison.entries.map { entry in
            Dictionary(entry.result.sellers.map { ($0.id, $0.meanPay) }, uniquingKeysWith: { first, _ in first })
        }
        for id in ids {
            csv.text(id, first: true)
            for scenario in pay { if let value = scenario[id] { csv.money(value) } else { csv.text("") } }
            csv.endRow()
        }
        return Data(csv.bytes)
    }
}
