import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan run SCENARIO`: the main job — the whole plan report in one folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Validate and report the whole plan: affordability, coverage, territories and the four checks.",
        discussion: """
        Loads and validates the scenario, simulates it (as `simulate`), checks goal coverage as ratios \
        and probabilities (as `coverage`, on the same draws), measures today's territory alignment (as \
        `balance --report-only`, when the scenario has accounts) and judges the four annual-review \
        checks. Writes one folder (default reports/<scenario>/<timestamp>/) with index.html linking \
        simulate/, coverage/ and territories/, each a full report of its own.
        """
    )

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var simulation: SimulationArguments

    @OptionGroup var report: ReportArguments

    @Flag(name: .customLong("progress"), inversion: .prefixedNo, help: "Show a progress bar on standard error when it is a terminal.")
    var showProgress = true

    func run() throws {
        let startedAt = Date()
        let loaded = try loadScenario(scenario)
        let (scenario, options) = try simulation.apply(to: loaded.scenario, path: self.scenario)
        let folder = try report.folder(scenarioPath: self.scenario, inputs: loaded.inputFiles, startedAt: startedAt, kind: nil)

        let clock = ContinuousClock.now
        let progress = showProgress && StandardError.isTerminal ? ProgressBar(total: options.trials, label: "simulating") : nil
        var onProgress: (@Sendable (Int) -> Void)?
        if let progress { onProgress = { completed in progress.update(completed) } }
        let result = MonteCarloEngine(scenario: scenario).run(options, progress: onProgress)
        progress?.finish()
        let search = QuotaPlanner.search(result, scenario: scenario, target: scenario.coverage.targetProbability)
        // The funnel of the marketing plan, on the run's trials (as many as the funnel keeps).
        let funnel = scenario.marketing.hasChannels
            ? FunnelCalculator.run(scenario, trials: min(options.trials, FunnelCalculator.maxTrials(for: scenario.marketing)), seed: options.seed)
                .map { FunnelContent(result: $0, warnings: loaded.warnings) }
            : nil
        let snapshot = TerritorySnapshot(scenario: scenario)
        let territories = snapshot.content, territoryProblem = snapshot.problem
        let seconds = secondsSince(clock)
        let run = RunInfo(scenarioPath: self.scenario, command: CommandLine.arguments, startedAt: startedAt,
                          threads: options.threads, elapsedSeconds: seconds)
        let files = try PlanReport(simulation: result, search: search, territories: territories,
                                   territoryProblem: territoryProblem, funnel: funnel, scenario: scenario, run: run)
        try report.write(files.files, to: folder, json: files.summaryJSON) { reportFolder in
            var text = TerminalReport.render(result, elapsedSeconds: seconds, threads: options.threads, reportFolder: nil)
            text += "\n  " + CoverageReport.searchSentence(search) + "\n"
            if let territories {
                text += "\n" + territories.balanceTable.plain(indent: 2) + "\n  " + territories.verdict + "\n"
            } else if let territoryProblem {
                text += "\n  " + territoryProblem + "\n"
            }
            if let reportFolder {
                text += "\nReport: \(reportFolder)/index.html (simulate/, coverage/, \(territories == nil ? "" : "territories/, ")\(funnel == nil ? "" : "funnel/, ")each with report.html)\n"
            }
            return text
        }
    }
}
