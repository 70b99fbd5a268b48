import Foundation

/// How an attribution run was set up: what the report says besides the credit.
public struct AttributionSettings: Sendable {
    /// `touches` or `paths`.
    public var inputKind: String
    public var inputPath: String
    public var accountBased = false
    public var halfLifeDays: Double?
    public var lookback: String?
    public var droppedByLookback: Int?
    public var customWeights: [Double]?
    /// Spend by channel name (`--spend`), and the gross margin ROMI applies to credited value.
    public var spend: [String: Double]?
    public var grossMargin = 1.0

    public init(inputKind: String, inputPath: String) {
        self.inputKind = inputKind
        self.inputPath = inputPath
    }
}

/// Every file of a `salesplan attribute` report: `credits.csv` (long form), `summary.json`,
/// `run.json` and a self-contained `report.html` with the grouped bar chart.
public struct AttributionReport: Sendable {
    public let files: [(name: String, contents: Data)]
    public var summaryJSON: Data { files.first { $0.name == "summary.json" }!.contents }

    public init(result: AttributionResult, settings: AttributionSettings, run: RunInfo) throws {
        var run = run
        run.files = ["summary.json", "run.json", "credits.csv", "report.html"]
        files = [
            ("summary.json", try AttributionSummary(result: result, settings: settings).json()),
            ("run.json", try run.json()),
            ("credits.csv", Self.csv(result)),
            ("report.html", Data(Self.html(result, settings: settings, run: run).utf8)),
        ]
        assert(files.map(\.name) == run.files)
    }

    /// `credits.csv`: `channel,model,conversions,value`, one row per channel and model.
    static func csv(_ result: AttributionResult) -> Data {
        var csv = CSVText(header: ["channel", "model", "conversions", "value"], expectedRows: result.channels.count * result.models.count)
        for (index, channel) in result.channels.enumerated() {
            for model in result.models {
                csv.text(channel, first: true)
                csv.text(model.model.name)
                csv.ratio(model.conversions[index])
                csv.money(model.value[index])
                csv.endRow()
            }
        }
        return Data(csv.bytes)
    }

    /// One sentence on what was attributed.
    public static func headline(_ result: AttributionResult, settings: AttributionSettings) -> String {
        let journeys = settings.inputKind == "paths" ? "distinct paths" : settings.accountBased ? "account journeys" : "opportunity journeys"
        var text = "\(settings.inputPath): \(NumberText.grouped(result.journeys)) \(journeys), \(NumberText.grouped(result.touches)) touches, "
            + "\(NumberText.count(result.channels.count, "channel")); \(count(result.conversions)) conversions "
            + "worth \(NumberText.money(result.value)); non-converting journeys: \(count(result.nulls))"
        if let lookback = settings.lookback {
            text += ". Lookback: \(lookback)"
            if let dropped = settings.droppedByLookback { text += " (\(NumberText.count(dropped, "older touch", plural: "older touches")) left out)" }
        }
        return text + "."
    }

    /// A count that a path file may give as a fraction: grouped when whole, else two decimals.
    static func count(_ value: Double) -> String {
        value == value.rounded() ? NumberText.grouped(value) : String(format: "%.2f", value)
    }

    /// Channels down, models across: credited conversions, or credited value with `value`.
    public static func creditTable(_ result: AttributionResult, value: Bool) -> TextTable {
        var rows = result.channels.indices.map { index in
            [result.channels[index]] + result.models.map { model in
                value ? NumberText.money(model.value[index]) : String(format: "%.1f", model.conversions[index])
            }
        }
        rows.append(["Total"] + result.models.map { model in
            value ? NumberText.money(model.value.reduce(0, +)) : String(format: "%.1f", model.conversions.reduce(0, +))
        })
        return TextTable(header: ["Channel"] + result.models.map(\.model.name), rows: rows)
    }

    /// ROMI (or, with `costPerWonDollar`, spend per won dollar credited) by channel and model,
    /// with the spend; nil without `--spend`.
    public static func returnTable(_ result: AttributionResult, settings: AttributionSettings, costPerWonDollar: Bool = false) -> TextTable? {
        guard let spend = settings.spend else { return nil }
        let rows = result.channels.indices.map { index -> [String] in
            let channelSpend = spend[result.channels[index]]
            return [result.channels[index], channelSpend.map { NumberText.money($0) } ?? "–"] + result.models.map { model in
                guard let channelSpend else { return "–" }
                let channelReturn = ChannelReturn(spend: channelSpend, credited: model.value[index], grossMargin: settings.grossMargin)
                return costPerWonDollar
                    ? channelReturn.costPerWonDollar.map { String(format: "$%.2f", $0) } ?? "–"
                    : channelReturn.romi.map { NumberText.percent($0, decimals: 0) } ?? "–"
            }
        }
        return TextTable(header: ["Channel", "Spend"] + result.models.map(\.model.name), rows: rows)
    }

    public static func returnNote(_ settings: AttributionSettings) -> String {
        "ROMI = (credited value × gross margin \(NumberText.percent(settings.grossMargin, decimals: 0)) − spend) ÷ spend; – where a channel has no spend (or, for cost per won dollar, no credited value)."
    }

    /// A table with a column per model is wider than the page with a dozen models: it scrolls
    /// sideways inside the page instead of widening it.
    static func wide(_ table: TextTable) -> String {
        #"<div style="overflow-x:auto">"# + HTMLReport.table(table) + "</div>"
    }

    static func html(_ result: AttributionResult, settings: AttributionSettings, run: RunInfo) -> String {
        var body = """
        <p class="note">\(escape(headline(result, settings: settings)))</p>
        \(AttributionChart.groupedBars(result))
        <h2>Conversions credited</h2>
        \(wide(creditTable(result, value: false)))
        <h2>Value credited</h2>
        \(wide(creditTable(result, value: true)))

        """
        if let romi = returnTable(result, settings: settings), let cost = returnTable(result, settings: settings, costPerWonDollar: true) {
            body += "<h2>ROMI</h2>\n<p class=\"note\">\(escape(returnNote(settings)))</p>\n\(wide(romi))\n"
            body += "<h2>Cost per won dollar</h2>\n\(wide(cost))\n"
        }
        if !result.markov.isEmpty {
            body += "<h2>Markov chain</h2>\n" + result.markov.map { details in
                "<p class=\"note\">\(escape(details.model.name)): \(details.stateCount) states, P(conversion) = \(escape(NumberText.percent(details.conversionProbability, decimals: 2))), solved exactly (no simulation, no step limit).</p>"
            }.joined(separator: "\n") + "\n"
        }
        body += "<p class=\"note\">Models and conventions: docs/attribution.md. Run \(escape(run.startedAt)).</p>"
        return HTMLReport.page(title: "Attribution: \(URL(fileURLWithPath: settings.inputPath).lastPathComponent)", body: body)
    }
}
