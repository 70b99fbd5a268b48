import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan funnel SCENARIO`: the scenario's marketing plan from spend to won bookings.
struct FunnelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnel",
        abstract: "Follow the marketing plan from spend to leads, MQLs, SQLs, opportunities, pipeline and won bookings.",
        discussion: """
        Reads the scenario's marketing: block (channels, funnel rates, segment deal sizes, planned \
        sourced share; docs/scenario-format.md). Per channel, per segment and in total: expected \
        figures (exact) with P10–P90 from a Monte Carlo over the uncertain inputs (GSL, seeded); the \
        pipeline the goal needs (goal ÷ win rate) and marketing's planned share of it; CAC, payback and \
        LTV:CAC when arpa, retention and finance.gross_margin are given. Inputs outside the published \
        B2B benchmark ranges are warnings. Figures and assumptions: docs/funnel.md.

        Writes summary.json, run.json, funnel.csv and report.html \
        (default reports/<scenario>/funnel/<timestamp>/).
        """
    )

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @Option(parsing: .unconditional, help: "Number of Monte Carlo trials (default: the scenario's simulation.trials).")
    var trials: Int?

    @Option(help: "Random seed (default: the scenario's simulation.seed).")
    var seed: UInt64?

    @OptionGroup var report: ReportArguments

    func validate() throws {
        if let trials, trials < 1 { throw ValidationError("--trials must be at least 1 (got \(trials))") }
    }

    func run() throws {
        let startedAt = Date()
        let loaded = try loadScenario(scenario)
        let plan = loaded.scenario.marketing
        guard plan.hasChannels else {
            throw CommandFailure.invalidInput("\(scenario): has no marketing plan with channels (a `marketing:` block with `channels:`; see docs/scenario-format.md); nothing was written")
        }
        let trialCount = trials ?? loaded.scenario.simulation.trials
        let values = trialCount * (plan.channels.count + plan.segments.count + 1) * FunnelStage.allCases.count
        if values > FunnelCalculator.maxValues {
            let most = FunnelCalculator.maxValues / ((plan.channels.count + plan.segments.count + 1) * FunnelStage.allCases.count)
            let message = "\(NumberText.grouped(trialCount)) trials would keep \(NumberText.grouped(values)) values in memory; the funnel allows at most \(NumberText.grouped(most)) trials for this plan"
            throw trials == nil ? CommandFailure.invalidInput("\(scenario): \(message) (use --trials)") : CommandFailure.usage("--trials: \(message)")
        }
        let folder = try report.folder(scenarioPath: scenario, inputs: loaded.inputFiles, startedAt: startedAt, kind: "funnel")

        let clock = ContinuousClock.now
        guard let result = FunnelCalculator.run(loaded.scenario, trials: trialCount, seed: seed ?? loaded.scenario.simulation.seed) else {
            throw CommandFailure.invalidInput("\(scenario): the marketing plan has no funnel")
        }
        let run = RunInfo(scenarioPath: scenario, command: CommandLine.arguments, startedAt: startedAt, threads: 1,
                          elapsedSeconds: secondsSince(clock))
        let content = FunnelContent(result: result, warnings: loaded.warnings)
        let files = try FunnelReport(content: content, run: run)
        try report.write(files.files, to: folder, json: files.summaryJSON) { reportFolder in
            FunnelReport.text(content, reportFolder: reportFolder)
        }
    }
}
