import Foundation

/// The charts of a simulation report, as inline SVG.
public enum SimulationCharts {
    /// Year-type colours: the whitepaper draws poor years orange and great years green.
    static let palette = ["#d95f02", "#3b6fb6", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d"]

    static func color(forYearType index: Int) -> String { palette[index % palette.count] }

    /// Histogram of total variable compensation over trials, with P50, P95 and P99 marked, and
    /// the point where variable comp would wipe out EBITDA, when it is in range.
    public static func variableCompHistogram(_ result: SimulationResult) -> String {
        let values = result.trials.variableComp
        let distribution = result.headline.variableComp
        let low = distribution.min, high = distribution.max
        let binCount = 40
        let width = max((high - low) / Double(binCount), 1e-9)
        var counts = [Double](repeating: 0, count: binCount)
        for value in values { counts[min(Int((value - low) / width), binCount - 1)] += 1 }
        let shares = counts.map { $0 / Double(values.count) }
        let edges = (0...binCount).map { low + Double($0) * width }
        let money = { NumberText.money($0, currency: result.currency) }
        var plot = SVGPlot(title: "Total variable compensation across \(NumberText.grouped(Double(values.count))) trials",
                           xLabel: "Total variable compensation", yLabel: "Share of trials",
                           xRange: low...high, yRange: 0...((shares.max() ?? 1) * 1.15),
                           xFormat: money, yFormat: { NumberText.percent($0, decimals: 0) })
        plot.bars(edges: edges, heights: shares, color: "#3b6fb6")
        plot.verticalMarker(at: distribution.p50, label: "P50", color: "#222")
        plot.verticalMarker(at: distribution.p95, label: "P95", color: "#b35806")
        plot.verticalMarker(at: distribution.p99, label: "P99", color: "#b2182b")
        if let ebitda = result.ebitdaCheck?.ebitdaBeforeVariableComp {
            plot.verticalMarker(at: ebitda, label: "EBITDA = 0", color: "#b2182b")
        }
        return plot.render()
    }

    /// The whitepaper's Figure 1: total variable comp against revenue attainment, one point per
    /// trial (thinned evenly to at most 4,000 points), coloured by year type.
    public static func payoutVersusRevenue(_ result: SimulationResult) -> String {
        let trials = result.trials
        let reference = result.goal > 0 ? result.goal : result.totalDirectQuota
        let stride = max(1, (trials.count + 3_999) / 4_000)
        let xs = trials.revenue.map { $0 / reference }
        let xLow = xs.min() ?? 0, xHigh = xs.max() ?? 1
        let yHigh = result.headline.variableComp.max
        let money = { NumberText.money($0, currency: result.currency) }
        var plot = SVGPlot(title: "Variable compensation vs revenue attainment (one point per trial)",
                           xLabel: result.goal > 0 ? "Revenue ÷ company goal" : "Revenue ÷ total quota",
                           yLabel: "Total variable compensation",
                           xRange: (xLow * 0.97)...(xHigh * 1.03), yRange: 0...(yHigh * 1.08),
                           xFormat: { NumberText.percent($0, decimals: 0) }, yFormat: money)
        for (index, yearType) in result.yearTypes.enumerated() {
            let points = Swift.stride(from: 0, to: trials.count, by: stride)
                .filter { Int(trials.yearType[$0]) == index }
                .map { (xs[$0], trials.variableComp[$0]) }
            plot.points(points, color: color(forYearType: index))
            plot.addLegend("\(yearType.name) year", color: color(forYearType: index))
        }
        if result.goal > 0 { plot.verticalMarker(at: 1, label: "goal", color: "#222") }
        if let ebitda = result.ebitdaCheck?.ebitdaBeforeVariableComp {
            plot.horizontalMarker(at: ebitda, label: "variable comp = EBITDA before variable comp", color: "#b2182b")
        }
        return plot.render()
    }

    /// The whitepaper's Figure 2: how direct sellers' attainment spreads in each year type, as a
    /// density per percentage point of attainment (histogram bins paired and lightly smoothed
    /// with a three-point moving average, so small sales forces still draw a readable curve).
    public static func attainmentByYearType(_ result: SimulationResult) -> String {
        let edges = SimulationResult.attainmentBinEdges
        let maxAttainment = 2.5
        var curves: [[(Double, Double)]] = []
        for yearType in result.yearTypes {
            var points: [(Double, Double)] = []
            var bin = 1
            while bin + 1 < edges.count - 1 {
                let lower = edges[bin].lower, upper = edges[bin + 1].upper
                let centre = (lower + upper) / 2
                if centre > maxAttainment { break }
                let share = yearType.attainmentShares[bin] + yearType.attainmentShares[bin + 1]
                points.append((centre, share / ((upper - lower) * 100)))
                bin += 2
            }
            let smoothed = points.indices.map { index -> (Double, Double) in
                let window = points[max(0, index - 1)...min(points.count - 1, index + 1)]
                return (points[index].0, window.reduce(0) { $0 + $1.1 } / Double(window.count))
            }
            curves.append(smoothed)
        }
        let yHigh = curves.flatMap { $0.map(\.1) }.max() ?? 1
        var plot = SVGPlot(title: "Seller attainment by year type (all direct sellers, all trials)",
                           xLabel: "Attainment (revenue ÷ quota)", yLabel: "Share of sellers per 1 % of attainment",
                           xRange: 0...maxAttainment, yRange: 0...(yHigh * 1.1),
                           xFormat: { NumberText.percent($0, decimals: 0) }, yFormat: { NumberText.percent($0, decimals: 1) })
        plot.legendOnRight = true
        for (index, yearType) in result.yearTypes.enumerated() where yearType.trials > 0 {
            plot.line(curves[index], color: color(forYearType: index))
            let percentiles = yearType.attainmentPercentiles
            plot.addLegend("\(yearType.name): median \(NumberText.percent(percentiles[2], decimals: 0)), P90 \(NumberText.percent(percentiles[4], decimals: 0))",
                           color: color(forYearType: index))
        }
        plot.verticalMarker(at: 1, label: "quota", color: "#222")
        plot.verticalMarker(at: 1.5, label: "150 %", color: "#777")
        return plot.render()
    }
}
