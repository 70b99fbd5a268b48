import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan attribute`: multi-touch attribution of conversions and won value to channels.
struct AttributeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribute",
        abstract: "Credit conversions and won value to marketing channels under every attribution model, side by side.",
        discussion: """
        Input: --touches (one row per touch: opportunity_id or, with --account-based, account_id; \
        timestamp; channel; milestone; amount; optional segment) or --paths (ChannelAttribution's \
        path,total_conversions,total_conversion_value,total_null). Models: first_touch, last_touch, \
        linear, u_shaped, w_shaped, full_path, j_shaped, inverse_j, time_decay, custom (with \
        --weights), markov (exact removal effect; markov_order2 with --order 2) and shapley (exact); \
        w_shaped, full_path and time_decay need --touches. Conventions: docs/attribution.md.

        Writes credits.csv (channel,model,conversions,value), summary.json, run.json and report.html \
        (default reports/<input>/attribution/<timestamp>/). Bad input is reported where it is, and \
        nothing is written.
        """
    )

    @Option(help: "Touch file (CSV): one row per touch.", completion: .file(extensions: ["csv"]))
    var touches: String?

    @Option(help: "Path file (CSV) in ChannelAttribution's format.", completion: .file(extensions: ["csv"]))
    var paths: String?

    @Flag(help: "Journeys are accounts (account_id), across the buying committee, not opportunities.")
    var accountBased = false

    @Option(name: .customLong("model"), help: "A model to run (repeatable), or all (default).")
    var models: [String] = []

    @Option(help: "Time-decay half-life in days (default 7).")
    var halfLife: String?

    @Option(help: "Lookback windows, e.g. enterprise=365d,smb=90d,180d (default 365d for every segment; none for no limit).")
    var lookback: String?

    @Option(help: "Custom model weights by position, e.g. 40,20,20,20 (the last weight also for later touches).")
    var weights: String?

    @Option(help: "Order of the Markov chain (1 to 4).")
    var order = 1

    @Option(help: "Spend by channel (CSV: channel,spend), for ROMI and cost per won dollar.", completion: .file(extensions: ["csv"]))
    var spend: String?

    @Option(help: "Gross margin ROMI applies to credited value, e.g. 75% (default 100%).")
    var grossMargin: String?

    @OptionGroup var report: ReportArguments

    var inputPath: String { touches ?? paths ?? "" }

    func validate() throws {
        guard (touches == nil) != (paths == nil) else { throw ValidationError("give --touches FILE or --paths FILE (one of them)") }
        if paths != nil {
            if accountBased { throw ValidationError("--account-based goes with --touches; a path file has no accounts") }
            if lookback != nil { throw ValidationError("--lookback goes with --touches; a path file has no timestamps") }
            if halfLife != nil { throw ValidationError("--half-life goes with --touches; a path file has no timestamps") }
        }
        guard (1...4).contains(order) else { throw ValidationError("--order must be 1, 2, 3 or 4 (got \(order))") }
        _ = try parsedHalfLife()
        _ = try parsedWeights()
        _ = try parsedMargin()
        if let lookback, case .failure(let message) = Lookback.parse(lookback) { throw ValidationError(message.description) }
        _ = try chosenModels()
    }

    func parsedHalfLife() throws -> Double {
        guard let halfLife else { return 7 }
        guard let days = NumberInput.value(halfLife), days > 0 else {
            throw ValidationError("--half-life must be a number of days above 0, e.g. 7 (got \(halfLife))")
        }
        return days
    }

    func parsedWeights() throws -> [Double]? {
        guard let weights else { return nil }
        let values = weights.split(separator: ",", omittingEmptySubsequences: false).map { NumberInput.value(String($0)) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? -1) >= 0 }), let first = values[0], first > 0 else {
            throw ValidationError("--weights expects weights of 0 or more by position, the first above 0, e.g. 40,20,20,20 (got \(weights))")
        }
        return values.map { $0! }
    }

    func parsedMargin() throws -> Double {
        guard let grossMargin else { return 1 }
        guard let margin = NumberInput.value(grossMargin), margin > 0, margin <= 1 else {
            throw ValidationError("--gross-margin must be above 0 and at most 100%, e.g. 75% (got \(grossMargin))")
        }
        return margin
    }

    /// The models asked for, in the report's order; `all` (or none named) is every model the
    /// input allows (custom only with --weights).
    func chosenModels() throws -> [AttributionModel] {
        let weights = try parsedWeights()
        for name in models where name != "all" && !AttributionModel.names.contains(name) {
            let hint = NameSuggestion.closest(to: name, among: AttributionModel.names).map { " (did you mean \($0)?)" } ?? ""
            throw ValidationError("unknown model \"\(name)\"\(hint); models are all, \(AttributionModel.names.joined(separator: ", "))")
        }
        let all = models.isEmpty || models.contains("all")
        var chosen: [AttributionModel] = []
        for name in AttributionModel.names where all || models.contains(name) {
            let model: AttributionModel = switch name {
            case "first_touch": .firstTouch
            case "last_touch": .lastTouch
            case "linear": .linear
            case "u_shaped": .uShaped
            case "w_shaped": .wShaped
            case "full_path": .fullPath
            case "j_shaped": .jShaped
            case "inverse_j": .inverseJ
            case "time_decay": .timeDecay(halfLifeDays: try parsedHalfLife())
            case "custom": .custom(weights: weights ?? [])
            case "markov": .markov(order: order)
            default: .shapley
            }
            if paths != nil, let reason = model.needsTouches {
                if all { continue }
                throw ValidationError("\(name) \(reason), which a path file does not have: use --touches")
            }
            if case .custom = model, weights == nil {
                if all { continue }
                throw ValidationError("--model custom needs --weights, e.g. 40,20,20,20")
            }
            chosen.append(model)
        }
        return chosen
    }

    func run() throws {
        let startedAt = Date()
        let models = try chosenModels()
        var inputs = [URL(fileURLWithPath: inputPath)]
        if let spend { inputs.append(URL(fileURLWithPath: spend)) }
        let folder = try report.folder(scenarioPath: inputPath, inputs: inputs, startedAt: startedAt, kind: "attribution")

        let clock = ContinuousClock.now
        var settings = AttributionSettings(inputKind: touches != nil ? "touches" : "paths", inputPath: inputPath)
        settings.accountBased = accountBased
        settings.customWeights = try parsedWeights()
        settings.grossMargin = try parsedMargin()
        let journeys: JourneySet
        if let touches {
            let window = try lookback.map { try Lookback.parse($0).get() } ?? Lookback()
            switch TouchFileLoader.load(touches, options: .init(accountBased: accountBased, lookback: window)) {
            case .failure(let problems): throw CommandFailure.invalidInput(problems.description)
            case .success(let loaded):
                journeys = loaded.journeys
                settings.lookback = window.description
                settings.droppedByLookback = loaded.droppedByLookback
                settings.halfLifeDays = try parsedHalfLife()
            }
        } else {
            switch PathFileLoader.load(paths!) {
            case .failure(let problems): throw CommandFailure.invalidInput(problems.description)
            case .success(let loaded): journeys = loaded
            }
        }
        if let spend {
            switch SpendFileLoader.load(spend, channels: journeys.channels) {
            case .failure(let problems): throw CommandFailure.invalidInput(problems.description)
            case .success(let bySpend): settings.spend = bySpend
            }
        }
        let result: AttributionResult
        switch AttributionEngine.run(journeys, models: models) {
        case .failure(let problem): throw CommandFailure.invalidInput("\(inputPath): \(problem.description)")
        case .success(let found): result = found
        }
        let run = RunInfo(scenarioPath: inputPath, command: CommandLine.arguments, startedAt: startedAt, threads: 1,
                          elapsedSeconds: secondsSince(clock))
        let files = try AttributionReport(result: result, settings: settings, run: run)
        try report.write(files.files, to: folder, json: files.summaryJSON) { reportFolder in
            var lines = [AttributionReport.headline(result, settings: settings), "", "Conversions credited",
                         AttributionReport.creditTable(result, value: false).plain(indent: 2), "", "Value credited",
                         AttributionReport.creditTable(result, value: true).plain(indent: 2)]
            if let romi = AttributionReport.returnTable(result, settings: settings),
               let cost = AttributionReport.returnTable(result, settings: settings, costPerWonDollar: true) {
                lines += ["", "ROMI", romi.plain(indent: 2), "  " + AttributionReport.returnNote(settings), "",
                          "Cost per won dollar", cost.plain(indent: 2)]
            }
            if let reportFolder { lines += ["", "Report: \(reportFolder)/report.html (also credits.csv, summary.json)"] }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
