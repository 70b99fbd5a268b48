import Foundation

/// The charts of a simulation report, as inline SVG.
public enum SimulationCharts {
    /// Year-type colours: the whitepaper draws poor years orange and great years green.
    static let palette = ["#d95f02", "#3b6fb6", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d"]

    static func color(forYearType index: Int) -> String { palette[index % palette.count] }

    /// Histogram of total variable compensation over trials, bars stacked by year type (the
    /// humps are year types), with P50, P95, P99 and the budget marked; with a fixed EBITDA, the
    /// variable comp that would wipe it out, the axis extended to show it.
    public static func variableCompHistogram(_ result: SimulationResult) -> String {
        let distribution = result.headline.variableComp
        var high = distribution.max
        var breakEven: Double?
        if let check = result.ebitdaCheck, check.model == .fixed, check.ebitdaBeforeVariableComp > 0 {
            breakEven = check.ebitdaBeforeVariableComp
            high = max(high, check.ebitdaBeforeVariableComp * 1.02)
        }
        let money = { NumberText.money($0, currency: result.currency) }
        var plot = stackedHistogram(
            result.trials.variableComp, result: result, range: distribution.min...high,
            title: "Total variable compensation across \(NumberText.grouped(Double(result.trials.count))) trials",
            xLabel: "Total variable compensation", xFormat: money)
        plot.verticalMarker(at: distribution.p50, label: "P50", color: "#222")
        plot.verticalMarker(at: distribution.p95, label: "P95", color: "#b35806")
        plot.verticalMarker(at: distribution.p99, label: "P99", color: "#b2182b")
        plot.verticalMarker(at: result.variableCompBudget, label: "budget", color: "#555")
        if let breakEven { plot.verticalMarker(at: breakEven, label: "EBITDA = 0", color: "#b2182b") }
        return plot.render()
    }

    /// A histogram of per-trial `values` with each bar split by year type, bottom to top in the
    /// scenario's order.
    static func stackedHistogram(_ values: [Double], result: SimulationResult, range: ClosedRange<Double>,
                                 title: String, xLabel: String, xFormat: @escaping (Double) -> String) -> SVGPlot {
        let binCount = 48
        let low = range.lowerBound
        let width = max((range.upperBound - low) / Double(binCount), 1e-9)
        let types = result.yearTypes.count
        var counts = [[Double]](repeating: [Double](repeating: 0, count: binCount), count: types)
        for (index, value) in values.enumerated() {
            let bin = min(max(Int((value - low) / width), 0), binCount - 1)
            counts[Int(result.trials.yearType[index])][bin] += 1
        }
        let total = Double(max(values.count, 1))
        // Cumulative shares: type k's bar reaches the sum of types 0…k.
        var cumulative = counts.map { $0.map { $0 / total } }
        for type in cumulative.indices.dropFirst() {
            for bin in 0..<binCount { cumulative[type][bin] += cumulative[type - 1][bin] }
        }
        let tallest = cumulative.last?.max() ?? 1
        let edges = (0...binCount).map { low + Double($0) * width }
        var plot = SVGPlot(title: title, xLabel: xLabel, yLabel: "Share of trials",
                           xRange: range, yRange: 0...(tallest * 1.15),
                           xFormat: xFormat, yFormat: { NumberText.percent($0, decimals: 1) })
        plot.legendOnRight = true
        for type in cumulative.indices.reversed() {
            plot.bars(edges: edges, heights: cumulative[type], color: color(forYearType: type))
        }
        for (index, yearType) in result.yearTypes.enumerated() where yearType.trials > 0 {
            plot.addLegend("\(yearType.name) year", color: color(forYearType: index))
        }
        return plot
    }

    /// The whitepaper's Figure 1: total variable comp against bookings ÷ goal, one point per
    /// trial (thinned evenly to at most 4,000 points), coloured by year type.
    public static func payoutVersusRevenue(_ result: SimulationResult) -> String {
        let trials = result.trials
        let reference = result.goal > 0 ? result.goal : result.totalDirectQuota
        let stride = max(1, (trials.count + 3_999) / 4_000)
        let xs = trials.revenue.map { $0 / reference }
        let xLow = xs.min() ?? 0, xHigh = xs.max() ?? 1
        let yHigh = result.headline.variableComp.max
        let money = { NumberText.money($0, currency: result.currency) }
        var plot = SVGPlot(title: "Variable compensation vs bookings (one point per trial)",
                           xLabel: result.goal > 0 ? "Bookings ÷ company goal" : "Bookings ÷ total quota",
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
        if let check = result.ebitdaCheck {
            // EBITDA = 0 where variable comp = E₀ + margin × (bookings − goal): above the line,
            // a trial's EBITDA is negative.
            let margin = check.model == .revenueLinked ? (check.grossMargin ?? 0) : 0
            let comp = { (x: Double) in check.ebitdaBeforeVariableComp + margin * (x * reference - result.goal) }
            plot.straightLine(through: (xLow * 0.97, comp(xLow * 0.97)), (xHigh * 1.03, comp(xHigh * 1.03)),
                              label: "EBITDA = 0 (negative above)", color: "#b2182b")
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
                           xLabel: "Attainment (bookings ÷ quota)", yLabel: "Share of sellers per 1 % of attainment",
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
