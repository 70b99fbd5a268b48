import Foundation

/// The two charts of a balancing report: every territory's index before and after against the
/// band, and a map-like scatter of accounts coloured by territory with moved accounts marked.
enum BalanceCharts {
    static let palette = ["rgb(31,119,180)", "rgb(255,127,14)", "rgb(44,160,44)", "rgb(214,39,40)", "rgb(148,103,189)",
                          "rgb(140,86,75)", "rgb(227,119,194)", "rgb(127,127,127)", "rgb(188,189,34)", "rgb(23,190,207)"]

    static func indexBars(_ result: BalancingResult, optimised: Bool) -> String {
        let before = result.before.rows, after = result.after.rows
        let top = max((before + after).map(\.index).max() ?? 100, 100 * (1 + result.tolerance)) * 1.05
        var plot = SVGPlot(title: "Territory index before and after (100 = average of its group)", xLabel: "territory (in table order)",
                           yLabel: "index", xRange: 0...Double(max(before.count, 1)), yRange: 0...top,
                           xFormat: { String(Int($0)) }, yFormat: { String(format: "%.0f", $0) })
        plot.width = 980
        for t in before.indices {
            let x = Double(t)
            plot.bars(edges: [x + 0.05, x + 0.5], heights: [before[t].index], color: "rgb(189,189,189)")
            if optimised { plot.bars(edges: [x + 0.5, x + 0.95], heights: [after[t].index], color: "rgb(33,102,172)") }
        }
        plot.horizontalMarker(at: 100 * (1 + result.tolerance), label: "+\(NumberText.percent(result.tolerance, decimals: 0))", color: "rgb(178,24,43)")
        plot.horizontalMarker(at: 100 * (1 - result.tolerance), label: "−\(NumberText.percent(result.tolerance, decimals: 0))", color: "rgb(178,24,43)")
        plot.addLegend("before", color: "rgb(189,189,189)")
        if optimised { plot.addLegend("after", color: "rgb(33,102,172)") }
        plot.legendOnRight = true
        return plot.render()
    }

    /// Accounts at their coordinates, at most 20,000 of them (every k-th, so the page stays
    /// light), plus every moved account (up to 5,000) ringed in black; nil without coordinates.
    static func map(_ result: BalancingResult, optimised: Bool) -> String? {
        let problem = result.problem, accounts = problem.scenario.accounts
        let located = accounts.indices.filter { accounts[$0].latitude != nil && accounts[$0].longitude != nil }
        guard !located.isEmpty else { return nil }
        let lats = located.map { accounts[$0].latitude! }, lons = located.map { accounts[$0].longitude! }
        let pad = { (low: Double, high: Double) in (low - max((high - low) * 0.03, 0.5))...(high + max((high - low) * 0.03, 0.5)) }
        var plot = SVGPlot(title: optimised ? "Accounts by territory after balancing (moved accounts ringed)" : "Accounts by territory",
                           xLabel: "longitude", yLabel: "latitude", xRange: pad(lons.min()!, lons.max()!),
                           yRange: pad(lats.min()!, lats.max()!), xFormat: { String(format: "%.0f°", $0) },
                           yFormat: { String(format: "%.0f°", $0) })
        plot.width = 980
        plot.height = 560
        let stride = max(1, located.count / 20_000)
        let point = { (a: Int) in (accounts[a].longitude!, accounts[a].latitude!) }
        if optimised {
            let moved = result.moves.prefix(5_000).map(\.account).filter { accounts[$0].latitude != nil && accounts[$0].longitude != nil }
            plot.points(moved.map(point), color: "rgb(0,0,0)", radius: 4, opacity: 0.9)
        }
        var byColour = Array(repeating: [(Double, Double)](), count: palette.count)
        for (rank, a) in located.enumerated() where rank % stride == 0 {
            let owner = Int(result.assignment[a])
            byColour[owner >= 0 ? owner % palette.count : 7].append(point(a))
        }
        for (colour, points) in byColour.enumerated() where !points.isEmpty {
            plot.points(points, color: palette[colour], radius: 2.2, opacity: 0.8)
        }
        let homes = (0..<problem.territoryCount).compactMap { problem.homeBase($0) }.map { ($0.longitude, $0.latitude) }
        plot.points(homes, color: "rgb(0,0,0)", radius: 1.5, opacity: 1)
        plot.addLegend("moved account (ring)", color: "rgb(0,0,0)")
        return plot.render()
    }
}
