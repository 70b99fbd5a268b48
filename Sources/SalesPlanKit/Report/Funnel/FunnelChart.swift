/// The funnel report's charts: the whole plan's funnel as bars (expected count at each stage,
/// whiskers from P10 to P90), and pipeline and won $ by channel.
enum FunnelChart {
    static let blue = "rgb(31,119,180)", orange = "rgb(255,127,14)", ink = "rgb(68,68,68)"

    static func stages(_ content: FunnelContent) -> String {
        let stages: [FunnelStage] = [.leads, .mqls, .sqls, .opportunities, .wonDeals].filter { content.result.total.stages[$0] != nil }
        let figures = stages.compactMap { content.result.total.stages[$0] }
        guard let top = figures.map(\.p90).max(), top > 0 else { return "" }
        var plot = SVGPlot(title: "The plan's funnel: expected count by stage (whiskers P10–P90)", xLabel: "Stage", yLabel: "Count",
                           xRange: 0...Double(stages.count), yRange: 0...top * 1.08,
                           xFormat: { _ in "" }, yFormat: { NumberText.grouped($0) })
        plot.xCategories = stages.map(\.title)
        for (index, figure) in figures.enumerated() {
            let left = Double(index) + 0.2
            plot.bars(edges: [left, left + 0.6], heights: [figure.expected], color: blue)
            whisker(&plot, at: Double(index) + 0.5, figure)
        }
        return plot.render()
    }

    static func channels(_ content: FunnelContent) -> String {
        let rows = content.result.channels
        let top = rows.compactMap { $0.stages[.pipeline]?.p90 }.max() ?? 0
        guard !rows.isEmpty, top > 0 else { return "" }
        var plot = SVGPlot(title: "Pipeline $ and won $ by channel (expected, whiskers P10–P90)", xLabel: "Channel", yLabel: "Money",
                           xRange: 0...Double(rows.count), yRange: 0...top * 1.25,
                           xFormat: { _ in "" }, yFormat: { content.money($0) })
        plot.width = max(760, min(1000, Double(rows.count) * 90 + 120))
        plot.xCategories = rows.map(\.name)
        plot.legendOnRight = true
        for (index, row) in rows.enumerated() {
            for (offset, stage, color) in [(0.1, FunnelStage.pipeline, blue), (0.5, .won, orange)] {
                guard let figure = row.stages[stage] else { continue }
                plot.bars(edges: [Double(index) + offset, Double(index) + offset + 0.4], heights: [figure.expected], color: color)
                whisker(&plot, at: Double(index) + offset + 0.2, figure)
            }
        }
        plot.addLegend("Pipeline $", color: blue)
        plot.addLegend("Won $", color: orange)
        return plot.render()
    }

    private static func whisker(_ plot: inout SVGPlot, at x: Double, _ figure: FunnelResult.Figure) {
        plot.line([(x, figure.p10), (x, figure.p90)], color: ink, width: 1.5)
        plot.line([(x - 0.08, figure.p10), (x + 0.08, figure.p10)], color: ink, width: 1.5)
        plot.line([(x - 0.08, figure.p90), (x + 0.08, figure.p90)], color: ink, width: 1.5)
    }
}
