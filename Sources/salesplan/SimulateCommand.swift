import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan simulate SCENARIO`: the Monte Carlo affordability run.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate next year's comp cost and bookings (Monte Carlo) and write a report.",
        discussion: """
        Draws every seller's attainment from a log-normal distribution (GSL), trial by trial, pays them \
        through their plans and reports the distribution of bookings, variable and total compensation \
        (against the variable-comp budget, and by plan, role, region and segment), cost of sales, \
        P(goal met) and the EBITDA check. The same scenario and seed give bit-identical results on any \
        number of threads.

        Writes summary.json, run.json, trials.csv, sellers.csv, report.md and report.html to the report \
        folder (default reports/<scenario>/<timestamp>/), all at once: an interrupted run leaves nothing. \
        --overwrite only ever replaces a report folder SalesPlan wrote; a folder holding anything else, \
        the scenario or its tables is refused.
        """
    )

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var simulation: SimulationArguments

    @OptionGroup var report: ReportArguments

    @Flag(name: .customLong("progress"), inversion: .prefixedNo,
          help: "Show a progress bar on standard error when it is a terminal.")
    var showProgress = true

    @Flag(help: "Print where the time went (load, trials, summaries, reports) on standard error.")
    var timings = false

    func run() throws {
        let startedAt = Date()
        let loadClock = ContinuousClock.now
        let loaded = try loadScenario(scenario)
        let loadSeconds = secondsSince(loadClock)
        let (simulated, options) = try simulation.apply(to: loaded.scenario, path: scenario)
        let folder = try report.folder(scenarioPath: scenario, inputs: loaded.inputFiles, startedAt: startedAt, kind: nil)

        let engine = MonteCarloEngine(scenario: simulated)
        let progress = showProgress && StandardError.isTerminal
            ? ProgressBar(total: options.trials, label: "simulating") : nil
        let clock = ContinuousClock.now
        var onProgress: (@Sendable (Int) -> Void)?
        if let progress { onProgress = { completed in progress.update(completed) } }
        let result = engine.run(options, progress: onProgress)
        progress?.finish()
        let seconds = secondsSince(clock)

        let run = RunInfo(scenarioPath: scenario, command: CommandLine.arguments, startedAt: startedAt,
                          threads: options.threads, elapsedSeconds: seconds)
        let reportClock = ContinuousClock.now
        let files = try SimulationReport(result: result, run: run, territories: TerritorySnapshot(scenario: simulated).content)
        try report.write(files.files, to: folder, json: files.summaryJSON) { reportFolder in
            TerminalReport.render(result, elapsedSeconds: seconds, threads: options.threads, reportFolder: reportFolder)
        }
        if timings {
            let cells = Double(result.sellerCount) * Double(options.trials)
            StandardError.write(String(format: "timings: load %.3f s, trials %.4f s (%.2f ns per seller-trial), summaries %.3f s, reports %.3f s",
                                       loadSeconds, result.timings.trialsSeconds, result.timings.trialsSeconds / cells * 1e9,
                                       result.timings.summarySeconds, secondsSince(reportClock)))
        }
    }
}
