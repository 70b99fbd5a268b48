import Foundation

/// The charts a comp-plan owner reads beside the tables: EBITDA across trials and each plan's
/// pay curve.
public enum AffordabilityCharts {
    /// EBITDA after variable comp across trials, stacked by year type, with EBITDA = 0 marked
    /// (the axis always reaches it).
    public static func ebitdaHistogram(_ result: SimulationResult) -> String? {
        guard let check = result.ebitdaCheck, let values = result.trials.ebitda else { return nil }
        let span = max(check.ebitda.max - check.ebitda.min, 1)
        let low = min(check.ebitda.min, -0.03 * span), high = max(check.ebitda.max, 0.03 * span)
        let money = { NumberText.money($0, currency: result.currency) }
        var plot = SimulationCharts.stackedHistogram(
            values, result: result, range: low...high,
            title: "EBITDA after variable compensation (P(EBITDA < 0) = \(ReportContent(result).probabilityNegativeText(check)))",
            xLabel: "EBITDA after variable compensation", xFormat: money)
        plot.verticalMarker(at: 0, label: "EBITDA = 0", color: "#b2182b")
        plot.verticalMarker(at: check.ebitda.p1, label: "P1", color: "#555")
        return plot.render()
    }

    /// One plan's variable pay (multiple of target incentive) against attainment, with the
    /// threshold, the start of each accelerator or decelerator and the caps marked.
    public static func payCurve(_ plan: CompPlan) -> String {
        let payout = plan.payoutFunction()
        var marks: [(Double, String)] = []
        var highest = 2.0
        for measure in plan.measures {
            let curve = measure.payCurve
            let prefix = plan.measures.count > 1 ? "\(measure.name): " : ""
            if curve.threshold > 0 { marks.append((curve.threshold, "\(prefix)threshold")) }
            for (index, zone) in curve.zones.enumerated() where index > 0 || zone.from > 0 {
                let kind = zone.rate > 1 ? "accelerator ×\(NumberText.plain(zone.rate))"
                    : zone.rate < 1 ? "decelerator ×\(NumberText.plain(zone.rate))" : "rate ×1"
                marks.append((zone.from, "\(prefix)\(kind)"))
            }
            if let cap = curve.attainmentCap { marks.append((cap, "\(prefix)attainment cap")); highest = max(highest, cap * 1.2) }
            highest = max(highest, (curve.zones.last?.from ?? 0) * 1.3)
        }
        highest = min(highest, 5)
        let points = stride(from: 0.0, through: highest, by: highest / 400).map { ($0, payout($0)) }
        let top = max(points.map(\.1).max() ?? 1, 1)
        var plot = SVGPlot(title: "Pay curve: \(plan.name)", xLabel: "Attainment",
                           yLabel: "Variable pay ÷ target incentive", xRange: 0...highest, yRange: 0...(top * 1.12),
                           xFormat: { NumberText.percent($0, decimals: 0) }, yFormat: { NumberText.percent($0, decimals: 0) })
        plot.height = 300
        plot.line(points, color: "#3b6fb6")
        plot.verticalMarker(at: 1, label: "quota", color: "#222")
        for (index, mark) in marks.sorted(by: { $0.0 < $1.0 }).enumerated() where abs(mark.0 - 1) > 1e-9 {
            plot.verticalMarker(at: mark.0, insideLabel: mark.1, row: index % 3, color: index % 2 == 0 ? "#b35806" : "#1b7837")
        }
        if let cap = plan.payoutCap { plot.horizontalMarker(at: cap, label: "plan cap \(NumberText.percent(cap, decimals: 0))", color: "#b2182b") }
        for measure in plan.measures {
            if let cap = measure.payCurve.payoutCap, plan.measures.count == 1 {
                plot.horizontalMarker(at: cap, label: "payout cap \(NumberText.percent(cap, decimals: 0))", color: "#b2182b")
            }
        }
        return plot.render()
    }
}
