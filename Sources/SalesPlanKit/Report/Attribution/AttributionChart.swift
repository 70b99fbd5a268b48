/// The grouped bar chart of the attribution report: conversions credited by channel, one bar per
/// model in each channel's group, so models that agree and models that do not stand out.
enum AttributionChart {
    static let palette = ["rgb(31,119,180)", "rgb(255,127,14)", "rgb(44,160,44)", "rgb(214,39,40)", "rgb(148,103,189)",
                          "rgb(140,86,75)", "rgb(227,119,194)", "rgb(127,127,127)", "rgb(188,189,34)", "rgb(23,190,207)",
                          "rgb(57,59,121)", "rgb(173,73,74)"]

    static func groupedBars(_ result: AttributionResult) -> String {
        let channels = result.channels.count, models = result.models.count
        guard channels > 0, models > 0 else { return "" }
        let highest = result.models.flatMap(\.conversions).max() ?? 1
        // The legend (16 px a model) sits in the top right of the 364-px plot area: the bars stay below it.
        let legendShare = min(Double(20 + 16 * models) / 364, 0.7)
        let headroom = 1 / (1 - legendShare) * 1.03
        var plot = SVGPlot(title: "Conversions credited by channel and model", xLabel: "Channel", yLabel: "Conversions credited",
                           xRange: 0...Double(channels), yRange: 0...max(highest * headroom, 1),
                           xFormat: { _ in "" }, yFormat: { NumberText.plain(($0 * 10).rounded() / 10) })
        plot.width = max(760, min(1000, Double(channels * models) * 6 + 120))
        plot.height = 460
        plot.xCategories = result.channels
        plot.legendOnRight = true
        let groupWidth = 0.8, barWidth = 0.8 / Double(models)
        for (index, model) in result.models.enumerated() {
            let color = palette[index % palette.count]
            for channel in 0..<channels {
                let left = Double(channel) + (1 - groupWidth) / 2 + Double(index) * barWidth
                plot.bars(edges: [left, left + barWidth], heights: [model.conversions[channel]], color: color)
            }
            plot.addLegend(model.model.name, color: color)
        }
        return plot.render()
    }
}
