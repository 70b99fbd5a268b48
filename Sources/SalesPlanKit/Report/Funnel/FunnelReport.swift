import Foundation

/// Every file of a `salesplan funnel` report: `funnel.csv` (long form), `summary.json`,
/// `run.json` and a self-contained `report.html` (tables first, then the funnel charts).
public struct FunnelReport: Sendable {
    public let files: [(name: String, contents: Data)]
    public var summaryJSON: Data { files.first { $0.name == "summary.json" }!.contents }

    public init(content: FunnelContent, run: RunInfo) throws {
        var run = run
        run.files = ["summary.json", "run.json", "funnel.csv", "report.html"]
        files = [
            ("summary.json", try FunnelSummary(content).json()),
            ("run.json", try run.json()),
            ("funnel.csv", Self.csv(content.result)),
            ("report.html", Data(Self.html(content, run: run).utf8)),
        ]
        assert(files.map(\.name) == run.files)
    }

    /// `funnel.csv`: `kind,name,spend,stage,expected,p10,p50,p90`, one row per channel, segment
    /// and the total, and stage each models.
    static func csv(_ result: FunnelResult) -> Data {
        let groups: [(String, [FunnelResult.Row])] = [("channel", result.channels), ("segment", result.segments), ("total", [result.total])]
        var csv = CSVText(header: ["kind", "name", "spend", "stage", "expected", "p10", "p50", "p90"],
                          expectedRows: (result.channels.count + result.segments.count + 1) * FunnelStage.allCases.count)
        for (kind, rows) in groups {
            for row in rows {
                for stage in FunnelStage.allCases {
                    guard let figure = row.stages[stage] else { continue }
                    csv.text(kind, first: true)
                    csv.text(row.name)
                    csv.money(row.spend)
                    csv.text(stage.rawValue)
                    for value in [figure.expected, figure.p10, figure.p50, figure.p90] {
                        stage.isMoney ? csv.money(value) : csv.number(value, decimals: 3)
                    }
                    csv.endRow()
                }
            }
        }
        return Data(csv.bytes)
    }

    /// The terminal report.
    public static func text(_ content: FunnelContent, reportFolder: String?) -> String {
        var lines = [content.headline, "", content.breakdownTable(content.result.channels, label: "Channel").plain(indent: 2), "",
                     content.breakdownTable(content.result.segments, label: "Segment").plain(indent: 2), "",
                     content.stageTable.plain(indent: 2), "", content.segmentInputTable.plain(indent: 2), ""]
        lines += content.goalLines.map { "  " + $0 }
        if !content.warnings.isEmpty {
            lines += ["", "  Outside the published B2B benchmarks (docs/funnel.md):"] + content.warningLines.map { "    " + $0 }
        }
        lines.append("  Expected values are exact; P10–P90 from the trials. Leads split by each channel's segment mix; – where a channel does not model a stage.")
        if let reportFolder { lines += ["", "Report: \(reportFolder)/report.html (also funnel.csv, summary.json)"] }
        return lines.joined(separator: "\n") + "\n"
    }

    static func html(_ content: FunnelContent, run: RunInfo) -> String {
        let wide = { (table: TextTable) in #"<div style="overflow-x:auto">"# + HTMLReport.table(table) + "</div>" }
        var body = """
        <p class="note">\(escape(content.headline)). Scenario <code>\(escape(run.scenarioPath))</code>, run \(escape(run.startedAt)).</p>
        <h2>By channel</h2>
        \(wide(content.breakdownTable(content.result.channels, label: "Channel")))
        <h2>By segment</h2>
        \(wide(content.breakdownTable(content.result.segments, label: "Segment")))
        \(HTMLReport.table(content.segmentInputTable))
        <h2>The whole funnel</h2>
        \(HTMLReport.table(content.stageTable))
        <h2>The goal as pipeline</h2>
        <ul>\(content.goalLines.map { "<li>\(escape($0))</li>" }.joined())</ul>

        """
        if !content.warnings.isEmpty {
            body += "<h2>Outside the published benchmarks</h2>\n<ul>\(content.warningLines.map { "<li class=\"bad\">\(escape($0))</li>" }.joined())</ul>\n"
        }
        body += """
        <h2>Charts</h2>
        \(FunnelChart.stages(content))
        \(FunnelChart.channels(content))
        <p class="note">Expected values are exact (closed form); P10, P50 and P90 come from \(NumberText.grouped(content.result.trials)) Monte Carlo trials over the plan's uncertain inputs. Every figure and assumption: docs/funnel.md.</p>
        """
        return HTMLReport.page(title: "Marketing funnel: \(content.result.scenarioName)", body: body)
    }
}
