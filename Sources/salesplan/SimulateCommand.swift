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

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    /// `.unconditional`, so that `--trials -5` is read as a number and refused as one, rather
    /// than taken for an option and reported as a missing value.
    @Option(parsing: .unconditional, help: "Number of trials (default: the scenario's simulation.trials).")
    var trials: Int?

    @Option(help: "Master random seed (default: the scenario's simulation.seed).")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int?

    @Option(help: "GSL generator (default: the scenario's simulation.generator, else taus2).")
    var generator: RandomAlgorithm?

    @Option(help: "Report folder (default: reports/<scenario>/<timestamp>/).", completion: .directory)
    var out: String?

    @Flag(help: "Replace the --out folder if it holds a report SalesPlan wrote (never any other folder).")
    var overwrite = false

    @Option(help: "What to print on standard output: a readable table, or the summary JSON.")
    var format: OutputFormat = .table

    @Flag(name: .customLong("progress"), inversion: .prefixedNo,
          help: "Show a progress bar on standard error when it is a terminal.")
    var showProgress = true

    func validate() throws {
        if let trials, trials < 1 { throw ValidationError("--trials must be at least 1 (got \(trials))") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1 (got \(threads))") }
    }

    func run() throws {
        let startedAt = Date()
        let loaded = try loadScenario(scenario)
        var simulated = loaded.scenario
        if let generator { simulated.simulation.generator = generator }
        var options = SimulationOptions(scenario: simulated)
        if let trials { options.trials = trials }
        if let seed { options.seed = seed }
        if let threads { options.threads = threads }
        if let problem = ScenarioLimits.standard.simulationSizeProblem(trials: options.trials, sellers: simulated.sellers.count) {
            throw trials == nil ? CommandFailure.invalidInput("\(scenario): \(problem)") : CommandFailure.usage("--trials: \(problem)")
        }

        let destination = out.map { URL(fileURLWithPath: $0) } ?? ReportDirectory.defaultDestination(
            root: URL(fileURLWithPath: "reports"), scenarioSlug: ScenarioLoader.slug(forScenarioAt: scenario),
            startedAt: startedAt)
        let folder = ReportDirectory(destination: destination, overwrite: overwrite, inputs: loaded.inputFiles)
        do {
            try folder.checkWritable()
        } catch {
            throw CommandFailure.usage(error.description)
        }

        let engine = MonteCarloEngine(scenario: simulated)
        let progress = showProgress && StandardError.isTerminal
            ? ProgressBar(total: options.trials, label: "simulating") : nil
        let clock = ContinuousClock.now
        var onProgress: (@Sendable (Int) -> Void)?
        if let progress { onProgress = { completed in progress.update(completed) } }
        let result = engine.run(options, progress: onProgress)
        progress?.finish()
        let elapsed = clock.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18

        let run = RunInfo(scenarioPath: scenario, command: CommandLine.arguments, startedAt: startedAt,
                          threads: options.threads, elapsedSeconds: seconds)
        let report = try SimulationReport(result: result, run: run)
        // The figures are printed even when the report cannot be written: the run's result is
        // never lost to a full disk or a read-only folder.
        var writeFailure: ReportWriteError?
        do {
            try folder.write(report.files)
        } catch {
            writeFailure = error
        }

        switch format {
        case .json:
            FileHandle.standardOutput.write(report.summaryJSON)
        case .table:
            print(TerminalReport.render(result, elapsedSeconds: seconds, threads: options.threads,
                                        reportFolder: writeFailure == nil ? relativePath(destination) : nil),
                  terminator: "")
        }
        if let writeFailure {
            throw writeFailure.isRefusal
                ? CommandFailure.usage(writeFailure.description)
                : CommandFailure.invalidInput("\(writeFailure.description); the figures above were not saved")
        }
    }

    private func relativePath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(current) ? String(url.path.dropFirst(current.count)) : url.path
    }
}

extension RandomAlgorithm: ExpressibleByArgument {}
