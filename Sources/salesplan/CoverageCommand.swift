import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan coverage SCENARIO`: quotas against the goal, as ratios and as probabilities.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Check that quotas cover the goal: ratios, and P(goal met) from the simulation, per goal part.",
        discussion: """
        For the total goal and every part of it the scenario splits out (region, segment, vertical, \
        product, territory): Σ quota ÷ goal, the over-assignment and the attainment factor, flagged \
        outside the band (default 20–40 %); and the probability that the part's bookings reach its \
        goal, from the same draws as `simulate` (same seed, same trials), flagged below the target \
        probability (default 95 %). Then the over-assignment at which every goal reaches the target, \
        with quotas scaled as they are today. Goals with no quota and quota with no goal are called out.

        Writes summary.json, run.json, coverage.csv, report.md and report.html \
        (default reports/<scenario>/coverage/<timestamp>/).
        """
    )

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var simulation: SimulationArguments

    @Option(help: "Usual over-assignment band, e.g. 20%,40% (default: the scenario's, else 20%,40%).")
    var band: String?

    @Option(help: "Probability with which every goal should be met, e.g. 95% (default: the scenario's, else 95%).")
    var targetProbability: String?

    @OptionGroup var report: ReportArguments

    func validate() throws {
        if let band { _ = try Self.parseBand(band) }
        if let targetProbability { _ = try Self.parseProbability(targetProbability) }
    }

    func run() throws {
        let startedAt = Date()
        let loaded = try loadScenario(scenario)
        var (scenario, options) = try simulation.apply(to: loaded.scenario, path: self.scenario)
        if let band { scenario.coverage.band = try Self.parseBand(band) }
        if let targetProbability { scenario.coverage.targetProbability = try Self.parseProbability(targetProbability) }
        let folder = try report.folder(scenarioPath: self.scenario, inputs: loaded.inputFiles, startedAt: startedAt, kind: "coverage")

        let clock = ContinuousClock.now
        let result = MonteCarloEngine(scenario: scenario).run(options)
        let search = QuotaPlanner.search(result, scenario: scenario, target: scenario.coverage.targetProbability)
        let seconds = secondsSince(clock)
        let run = RunInfo(scenarioPath: self.scenario, command: CommandLine.arguments, startedAt: startedAt,
                          threads: options.threads, elapsedSeconds: seconds)
        let files = try CoverageReport(result: result, search: search, scenario: scenario, run: run)
        try report.write(files.files, to: folder, json: files.summaryJSON) { reportFolder in
            let content = ReportContent(result)
            var lines = ["\(result.scenarioName): goal coverage; \(content.settingsSentence)", "",
                         content.coverageTable.plain(indent: 2)]
            lines += content.coverageNotes.map { "  " + $0 }
            lines += ["", "  " + CoverageReport.searchSentence(search), "", CoverageReport.searchTable(search).plain(indent: 2)]
            if let reportFolder { lines += ["", "Report: \(reportFolder)/report.html (also report.md, summary.json, coverage.csv)"] }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    static func parseBand(_ text: String) throws -> ClosedRange<Double> {
        let parts = text.split(separator: ",").map { NumberInput.value(String($0)) }
        guard parts.count == 2, let low = parts[0], let high = parts[1], low <= high, low > -1 else {
            throw ValidationError("--band expects two over-assignments, lowest first, e.g. 20%,40% (got \(text))")
        }
        return low...high
    }

    static func parseProbability(_ text: String) throws -> Double {
        guard let value = NumberInput.value(text), value > 0, value < 1 else {
            throw ValidationError("--target-probability must be strictly between 0 and 1, e.g. 95% (got \(text))")
        }
        return value
    }
}
