import Foundation

/// The comparison's Markdown and HTML pages, and its summary.json.
extension ComparisonReport {
    static func settings(_ comparison: ScenarioComparison) -> String {
        let options = comparison.entries[0].result.options
        return "\(NumberText.grouped(Double(options.trials))) trials, seed \(options.seed), common random numbers: trial t is the same year, macro shock and seller draws in every scenario (sellers matched by id). Δ is scenario − \(comparison.entries[0].name); s.e. from the paired trials (percentiles: batch means over 20 batches)."
    }

    static func markdown(_ comparison: ScenarioComparison) -> String {
        var lines = ["# Comparison: \(comparison.entries.map(\.name).joined(separator: " vs "))", "", settings(comparison), ""]
        for index in comparison.entries.indices.dropFirst() {
            lines += ["## \(comparison.entries[index].name) vs \(comparison.entries[0].name)", "",
                      deltaTable(comparison, scenario: index).markdown(), "",
                      sellerTable(comparison, scenario: index, limit: 10).markdown(), ""]
        }
        lines += ["## Annual-review checks", "", checksTable(comparison).markdown(), ""]
        for entry in comparison.entries {
            lines.append("- **\(entry.name)**: " + entry.checks.map { "\($0.name): \($0.figure)" }.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func htmlBody(_ comparison: ScenarioComparison) -> String {
        var html = "<p class=\"note\">\(escape(settings(comparison)))</p>\n"
        for index in comparison.entries.indices.dropFirst() {
            html += "<h2>\(escape(comparison.entries[index].name)) vs \(escape(comparison.entries[0].name))</h2>\n"
            html += HTMLReport.table(deltaTable(comparison, scenario: index)) + "\n"
            html += "<p class=\"note\">Sellers whose expected pay moves most (all in sellers.csv):</p>\n"
            html += HTMLReport.table(sellerTable(comparison, scenario: index, limit: 10)) + "\n"
        }
        html += "<h2>Annual-review checks</h2>\n" + HTMLReport.table(checksTable(comparison)) + "\n<ul>"
        for entry in comparison.entries {
            html += "<li><b>\(escape(entry.name))</b>: " + entry.checks.map { escape("\($0.name): \($0.figure)") }.joined(separator: "; ") + "</li>"
        }
        html += "</ul>\n<h2>Distributions</h2>\n"
        html += overlaid(comparison, title: "Total variable compensation", values: { $0.trials.variableComp })
        if comparison.entries.allSatisfy({ $0.result.trials.ebitda != nil }) {
            html += overlaid(comparison, title: "EBITDA after variable compensation", values: { $0.trials.ebitda ?? [] })
        }
        return html
    }

    /// One line per scenario: the share of trials in each of 48 bins over the common range.
    static func overlaid(_ comparison: ScenarioComparison, title: String, values: (SimulationResult) -> [Double]) -> String {
        let series = comparison.entries.map { values($0.result) }
        let low = series.compactMap { $0.min() }.min() ?? 0, high = series.compactMap { $0.max() }.max() ?? 1
        let bins = 48, width = max((high - low) / Double(bins), 1e-9)
        let curves = series.map { trial -> [(Double, Double)] in
            var counts = [Double](repeating: 0, count: bins)
            for value in trial { counts[min(max(Int((value - low) / width), 0), bins - 1)] += 1 }
            return counts.enumerated().map { (low + (Double($0.offset) + 0.5) * width, $0.element / Double(max(trial.count, 1))) }
        }
        let top = curves.flatMap { $0.map(\.1) }.max() ?? 1
        let currency = comparison.entries[0].result.currency
        var plot = SVGPlot(title: "\(title): every scenario on the same draws", xLabel: title, yLabel: "Share of trials",
                           xRange: low...high, yRange: 0...(top * 1.15),
                           xFormat: { NumberText.money($0, currency: currency) }, yFormat: { NumberText.percent($0, decimals: 1) })
        plot.legendOnRight = true
        for (index, curve) in curves.enumerated() {
            let color = SimulationCharts.palette[index % SimulationCharts.palette.count]
            plot.line(curve, color: color)
            plot.addLegend(comparison.entries[index].name, color: color)
        }
        if low < 0, high > 0 { plot.verticalMarker(at: 0, label: "0", color: "#b2182b") }
        return plot.render() + "\n"
    }
}

/// `summary.json` of a comparison: schema `salesplan/comparison-summary` version 1.
struct ComparisonSummary: Encodable {
    var schema = "salesplan/comparison-summary"
    var schemaVersion = 1
    var trials: Int
    var seed: UInt64
    var scenarios: [ScenarioEntry]

    struct ScenarioEntry: Encodable {
        var name: String
        var deltas: [DeltaEntry]
        var checks: [SimulationSummary.ReviewCheckSummary]
        var headline: Headline
    }

    struct DeltaEntry: Encodable {
        var figure: String
        var statistic: String
        var baseline: Double
        var value: Double
        var delta: Double
        var standardError: Double
    }

    init(_ comparison: ScenarioComparison) {
        trials = comparison.entries[0].result.options.trials
        seed = comparison.entries[0].result.options.seed
        scenarios = comparison.entries.enumerated().map { index, entry in
            ScenarioEntry(
                name: entry.name,
                deltas: index == 0 ? [] : comparison.deltas[index - 1].map {
                    DeltaEntry(figure: $0.figure, statistic: $0.statistic, baseline: $0.baseline, value: $0.value,
                               delta: $0.delta, standardError: $0.standardError)
                },
                checks: entry.checks.map { .init(name: $0.name, passes: $0.passes, figure: $0.figure) },
                headline: entry.result.headline)
        }
    }
}
