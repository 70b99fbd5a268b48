import Foundation

/// The tables and sentences of a funnel report, shared by the terminal, the HTML page and (for
/// the figures) the CSV, so that every output says the same thing the same way.
public struct FunnelContent: Sendable {
    public let result: FunnelResult
    /// The scenario's warnings about its marketing plan (benchmark ranges and the like).
    public let warnings: [Diagnostic]

    public init(result: FunnelResult, warnings: [Diagnostic]) {
        self.result = result
        self.warnings = warnings.filter { $0.field == "marketing" || $0.field.hasPrefix("marketing.") }
    }

    func money(_ value: Double) -> String { NumberText.money(value, currency: result.currency) }

    /// Counts as whole numbers, money compact.
    func format(_ value: Double, _ stage: FunnelStage) -> String {
        stage.isMoney ? money(value) : NumberText.grouped(value)
    }

    func range(_ figure: FunnelResult.Figure, _ stage: FunnelStage) -> String {
        "\(format(figure.p10, stage))–\(format(figure.p90, stage))"
    }

    public var headline: String {
        "\(result.scenarioName): marketing funnel; \(money(result.totalSpend)) over \(NumberText.count(result.channels.count, "channel")); "
            + "\(NumberText.grouped(result.trials)) trials, seed \(result.seed), GSL \(result.generator.rawValue)"
    }

    /// Channels (or segments) down, expected stages across, with the P10–P90 of pipeline and won $.
    public func breakdownTable(_ rows: [FunnelResult.Row], label: String) -> TextTable {
        let counted: [FunnelStage] = [.leads, .mqls, .sqls, .opportunities, .pipeline, .wonDeals, .won]
        var header = [label, "Spend"] + counted.map(\.title)
        header += ["Pipeline P10–P90", "Won $ P10–P90", "Pipeline ÷ spend"]
        let body = (rows + [result.total]).map { row -> [String] in
            var cells = [row.name, money(row.spend)]
            cells += counted.map { stage in row.stages[stage].map { format($0.expected, stage) } ?? "–" }
            cells.append(row.stages[.pipeline].map { range($0, .pipeline) } ?? "–")
            cells.append(row.stages[.won].map { range($0, .won) } ?? "–")
            let perDollar = row.spend > 0 ? row.stages[.pipeline].map { String(format: "%.1f×", $0.expected / row.spend) } : nil
            cells.append(perDollar ?? "–")
            return cells
        }
        return TextTable(header: header, rows: body)
    }

    /// The whole plan's funnel, stage by stage: expected value and P10, P50, P90.
    public var stageTable: TextTable {
        let rows = FunnelStage.allCases.compactMap { stage -> [String]? in
            guard let figure = result.total.stages[stage] else { return nil }
            return [stage.title, format(figure.expected, stage), format(figure.p10, stage), format(figure.p50, stage), format(figure.p90, stage)]
        }
        return TextTable(header: ["Stage (all channels)", "Expected", "P10", "P50", "P90"], rows: rows)
    }

    /// Each segment's deal size and cycle as planned, and its sourced bookings against its goal.
    public var segmentInputTable: TextTable {
        let rows = result.segmentInputs.map { segment -> [String] in
            let row = result.segments.first { $0.name == segment.name }
            let cycle = segment.salesCycleDays.map { "\(Int($0.median.rounded())) (\(Int($0.p10.rounded()))–\(Int($0.p90.rounded())))" } ?? "–"
            return [segment.name, "\(money(segment.dealSize.median)) (\(money(segment.dealSize.p10))–\(money(segment.dealSize.p90)))", cycle,
                    row?.sourcedBookingsNeeded.map(money) ?? "–", row?.stages[.won].map { money($0.expected) } ?? "–"]
        }
        return TextTable(header: ["Segment", "Deal size P50 (P10–P90)", "Cycle days P50 (P10–P90)", "Sourced goal", "Won $ expected"], rows: rows)
    }

    /// The goal read as pipeline and marketing's share of it; unit economics; ROMI; σ of success.
    public var goalLines: [String] {
        var lines: [String] = []
        if let goal = result.goal {
            lines.append("Goal \(money(goal.goal)) ÷ win rate \(NumberText.percent(goal.winRate)) = pipeline needed \(money(goal.pipelineNeeded)) (coverage \(String(format: "%.2f", goal.coverageMultiple))× the goal).")
            lines.append("Marketing-sourced plan: \(NumberText.percent(goal.plannedSourcedShare)) of bookings = \(money(goal.sourcedBookingsNeeded)) sourced bookings, \(money(goal.sourcedPipelineNeeded)) sourced pipeline.")
            if let pipeline = result.total.stages[.pipeline], let won = result.total.stages[.won] {
                let delivered = goal.deliveredShareOfNeed.map { "; \(NumberText.percent($0)) of the sourced bookings needed" } ?? ""
                lines.append("The funnel delivers pipeline \(money(pipeline.expected)) (P10–P90 \(range(pipeline, .pipeline))) and won \(money(won.expected)) (\(range(won, .won)))\(delivered); the need is met in \(NumberText.percent(goal.probabilityOfMeetingNeed)) of trials.")
            }
            if let influenced = goal.influencedShare {
                lines.append("Marketing-influenced plan: \(NumberText.percent(influenced)) of bookings = \(money(influenced * goal.goal)).")
            }
        }
        if let unit = result.economics {
            var text = "Marketing CAC \(money(unit.cac.expected)) a won deal (P10–P90 \(money(unit.cac.p10))–\(money(unit.cac.p90)))"
            if let payback = unit.paybackMonths {
                text += "; payback \(String(format: "%.1f", payback.expected)) months (\(String(format: "%.1f–%.1f", payback.p10, payback.p90)))"
            }
            if let ltv = unit.lifetimeValue, let ratio = unit.ltvToCAC {
                text += "; LTV \(money(ltv)), LTV:CAC \(String(format: "%.1f", ratio.expected)) (\(String(format: "%.1f–%.1f", ratio.p10, ratio.p90)); target ≥ 3)"
            }
            lines.append(text + ".")
        }
        if let romi = result.romi, let margin = result.grossMargin {
            lines.append("ROMI = (won $ × gross margin \(NumberText.percent(margin, decimals: 0)) − spend) ÷ spend: \(NumberText.percent(romi.expected, decimals: 0)) (P10–P90 \(NumberText.percent(romi.p10, decimals: 0))–\(NumberText.percent(romi.p90, decimals: 0))).")
        }
        lines.append("Marketing success (realised ÷ planned sourced pipeline \(money(result.plannedSourcedPipeline))): log-normal, mean 1, σ \(String(format: "%.3f", result.successLogSigma)).")
        return lines
    }

    public var warningLines: [String] { warnings.map(\.description) }
}
