import Foundation

/// A small SVG chart builder for self-contained HTML reports: axes with "nice" ticks, and bars,
/// points, lines and markers in data coordinates. No JavaScript, no external files.
struct SVGPlot {
    var width = 760.0
    var height = 380.0
    let left = 84.0, right = 24.0, top = 40.0, bottom = 56.0
    var title: String
    var xLabel: String
    var yLabel: String
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>
    var xFormat: (Double) -> String
    var yFormat: (Double) -> String
    private var body: [String] = []
    private var legend: [(String, String)] = []
    /// Where the legend goes: top left (default) or top right of the plot area.
    var legendOnRight = false
    /// Names of categories 0, 1, 2, … along x, each centred on its unit (i … i + 1), replacing the
    /// numeric x ticks: for grouped bar charts.
    var xCategories: [String]?

    init(title: String, xLabel: String, yLabel: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
         xFormat: @escaping (Double) -> String, yFormat: @escaping (Double) -> String) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xRange = xRange.lowerBound < xRange.upperBound ? xRange : (xRange.lowerBound - 1)...(xRange.upperBound + 1)
        self.yRange = yRange.lowerBound < yRange.upperBound ? yRange : (yRange.lowerBound - 1)...(yRange.upperBound + 1)
        self.xFormat = xFormat
        self.yFormat = yFormat
    }

    private var plotWidth: Double { width - left - right }
    private var plotHeight: Double { height - top - bottom }

    func x(_ value: Double) -> Double {
        left + (value - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * plotWidth
    }

    func y(_ value: Double) -> Double {
        top + plotHeight - (value - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * plotHeight
    }

    mutating func bars(edges: [Double], heights: [Double], color: String) {
        for index in heights.indices where heights[index] > 0 {
            let x0 = x(edges[index]), x1 = x(edges[index + 1])
            let y0 = y(heights[index])
            body.append(#"<rect x="\#(f(x0))" y="\#(f(y0))" width="\#(f(max(x1 - x0 - 0.5, 0.5)))" height="\#(f(y(yRange.lowerBound) - y0))" fill="\#(color)"/>"#)
        }
    }

    mutating func points(_ points: [(Double, Double)], color: String, radius: Double = 1.6, opacity: Double = 0.5) {
        // Thousands of points: written straight into bytes rather than through string interpolation.
        var group = Array(#"<g fill="\#(color)" fill-opacity="\#(opacity)">"#.utf8)
        group.reserveCapacity(group.count + points.count * 40)
        let radiusText = Array(#"" r="\#(radius)"/>"#.utf8)
        for (px, py) in points {
            group.append(contentsOf: #"<circle cx=""#.utf8)
            FixedPoint.append(x(px), decimals: 1, to: &group)
            group.append(contentsOf: #"" cy=""#.utf8)
            FixedPoint.append(y(py), decimals: 1, to: &group)
            group.append(contentsOf: radiusText)
        }
        group.append(contentsOf: "</g>".utf8)
        body.append(String(decoding: group, as: UTF8.self))
    }

    mutating func line(_ points: [(Double, Double)], color: String, width: Double = 2, dashed: Bool = false) {
        let path = points.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ")
        let dash = dashed ? #" stroke-dasharray="5 4""# : ""
        body.append(#"<polyline fill="none" stroke="\#(color)" stroke-width="\#(width)"\#(dash) points="\#(path)"/>"#)
    }

    mutating func verticalMarker(at value: Double, label: String, color: String) {
        guard xRange.contains(value) else { return }
        let px = f(x(value))
        body.append(#"<line x1="\#(px)" x2="\#(px)" y1="\#(f(top))" y2="\#(f(top + plotHeight))" stroke="\#(color)" stroke-width="1.5" stroke-dasharray="4 3"/>"#)
        body.append(#"<text x="\#(px)" y="\#(f(top - 4))" font-size="11" text-anchor="middle" fill="\#(color)">\#(escape(label))</text>"#)
    }

    /// A dashed vertical line with its label inside the plot area, on label row `row` (rows
    /// 14 px apart), so that markers close together keep readable labels.
    mutating func verticalMarker(at value: Double, insideLabel label: String, row: Int, color: String) {
        guard xRange.contains(value) else { return }
        let px = x(value)
        body.append(#"<line x1="\#(f(px))" x2="\#(f(px))" y1="\#(f(top))" y2="\#(f(top + plotHeight))" stroke="\#(color)" stroke-width="1.5" stroke-dasharray="4 3"/>"#)
        let anchor = px > left + plotWidth * 0.6 ? "end" : "start"
        let labelX = anchor == "end" ? px - 4 : px + 4
        body.append(#"<text x="\#(f(labelX))" y="\#(f(top + 13 + Double(row) * 14))" font-size="11" text-anchor="\#(anchor)" fill="\#(color)">\#(escape(label))</text>"#)
    }

    mutating func horizontalMarker(at value: Double, label: String, color: String) {
        guard yRange.contains(value) else { return }
        let py = f(y(value))
        body.append(#"<line x1="\#(f(left))" x2="\#(f(left + plotWidth))" y1="\#(py)" y2="\#(py)" stroke="\#(color)" stroke-width="1.5" stroke-dasharray="4 3"/>"#)
        body.append(#"<text x="\#(f(left + plotWidth - 4))" y="\#(f(y(value) - 4))" font-size="11" text-anchor="end" fill="\#(color)">\#(escape(label))</text>"#)
    }

    /// The straight line through two points in data coordinates, clipped to the plot area
    /// (Liang–Barsky), with a label at its upper end. Nothing is drawn if it misses the area.
    mutating func straightLine(through a: (Double, Double), _ b: (Double, Double), label: String, color: String) {
        let dx = b.0 - a.0, dy = b.1 - a.1
        var low = -Double.infinity, high = Double.infinity
        let edges = [(-dx, a.0 - xRange.lowerBound), (dx, xRange.upperBound - a.0),
                     (-dy, a.1 - yRange.lowerBound), (dy, yRange.upperBound - a.1)]
        for (p, q) in edges {
            if p == 0 {
                if q < 0 { return }
            } else {
                let t = q / p
                if p < 0 { low = Swift.max(low, t) } else { high = Swift.min(high, t) }
            }
        }
        guard low < high, low.isFinite, high.isFinite else { return }
        let start = (a.0 + low * dx, a.1 + low * dy), end = (a.0 + high * dx, a.1 + high * dy)
        body.append(#"<line x1="\#(f(x(start.0)))" y1="\#(f(y(start.1)))" x2="\#(f(x(end.0)))" y2="\#(f(y(end.1)))" stroke="\#(color)" stroke-width="1.8" stroke-dasharray="6 3"/>"#)
        // The label sits beside the middle of the visible segment, clear of the legend.
        let middle = ((start.0 + end.0) / 2, (start.1 + end.1) / 2)
        body.append(#"<text x="\#(f(x(middle.0) + 8))" y="\#(f(y(middle.1)))" font-size="11" text-anchor="start" fill="\#(color)">\#(escape(label))</text>"#)
    }

    mutating func addLegend(_ label: String, color: String) {
        legend.append((label, color))
    }

    func render() -> String {
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(f(width)) \#(f(height))" width="\#(f(width))" height="\#(f(height))" role="img" aria-label="\#(escape(title))" font-family="system-ui, sans-serif">"#
        svg += #"<text x="\#(f(left))" y="20" font-size="14" font-weight="600">\#(escape(title))</text>"#
        // Grid and ticks.
        for tick in SVGPlot.ticks(yRange) {
            let py = f(y(tick))
            svg += #"<line x1="\#(f(left))" x2="\#(f(left + plotWidth))" y1="\#(py)" y2="\#(py)" stroke="rgb(229,229,229)"/>"#
            svg += #"<text x="\#(f(left - 6))" y="\#(py)" font-size="11" text-anchor="end" dominant-baseline="middle" fill="rgb(68,68,68)">\#(escape(yFormat(tick)))</text>"#
        }
        // Category names two rows deep, alternately, when one row would run them into each other.
        let categories = xCategories ?? []
        let staggered = Double(categories.map(\.count).max() ?? 0) * 6.2 > plotWidth / Double(max(categories.count, 1))
        for (index, name) in categories.enumerated() {
            let row = staggered && index % 2 == 1 ? 14.0 : 0
            svg += #"<text x="\#(f(x(Double(index) + 0.5)))" y="\#(f(top + plotHeight + 17 + row))" font-size="11" text-anchor="middle" fill="rgb(68,68,68)">\#(escape(name))</text>"#
        }
        for tick in xCategories == nil ? SVGPlot.ticks(xRange) : [] {
            let px = f(x(tick))
            svg += #"<line x1="\#(px)" x2="\#(px)" y1="\#(f(top + plotHeight))" y2="\#(f(top + plotHeight + 4))" stroke="rgb(68,68,68)"/>"#
            svg += #"<text x="\#(px)" y="\#(f(top + plotHeight + 17))" font-size="11" text-anchor="middle" fill="rgb(68,68,68)">\#(escape(xFormat(tick)))</text>"#
        }
        svg += body.joined()
        svg += #"<rect x="\#(f(left))" y="\#(f(top))" width="\#(f(plotWidth))" height="\#(f(plotHeight))" fill="none" stroke="rgb(153,153,153)"/>"#
        svg += #"<text x="\#(f(left + plotWidth / 2))" y="\#(f(height - 12))" font-size="12" text-anchor="middle">\#(escape(xLabel))</text>"#
        svg += #"<text transform="translate(16 \#(f(top + plotHeight / 2))) rotate(-90)" font-size="12" text-anchor="middle">\#(escape(yLabel))</text>"#
        let legendX = legendOnRight ? left + plotWidth - 230 : left + 10
        for (index, entry) in legend.enumerated() {
            let ly = top + 14 + Double(index) * 16
            svg += #"<rect x="\#(f(legendX))" y="\#(f(ly - 8))" width="12" height="10" fill="\#(entry.1)"/>"#
            svg += #"<text x="\#(f(legendX + 17))" y="\#(f(ly + 1))" font-size="11">\#(escape(entry.0))</text>"#
        }
        return svg + "</svg>"
    }

    /// Round tick positions (1, 2 or 5 × 10ⁿ apart), about ten over the range: enough to read
    /// off a poor year's range on a chart that spans every year.
    static func ticks(_ range: ClosedRange<Double>) -> [Double] {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return [] }
        let rough = span / 10
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
        var tick = ceil(range.lowerBound / step) * step
        var ticks: [Double] = []
        while tick <= range.upperBound + step * 1e-9 {
            ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
            tick += step
        }
        return ticks
    }

    private func f(_ value: Double) -> String { FixedPoint.text(value, decimals: 1) }
}

func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
}
