import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan compare A.yaml B.yaml [C.yaml …]`: annual-review scenarios side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare scenarios on common random numbers: deltas with standard errors, and the four checks.",
        discussion: """
        Simulates every scenario with the same seed and trials, on common random numbers: trial t is \
        the same year type and macro shock in every scenario, and every seller present in two scenarios \
        (matched by id) gets the same attainment draws in both, so deltas measure the plan, not sampling \
        noise. The first scenario is the baseline: every other is reported as deltas of bookings, \
        variable and total comp (mean, P50, P95, P99), EBITDA, comp ÷ bookings, share at OTE and \
        P(goal met), each with its standard error from the paired trials; per seller, the expected pay \
        change; and the four annual-review checks side by side (change and stability against the \
        baseline).

        Trials and seed come from the first scenario unless given. Writes summary.json, run.json, \
        deltas.csv, sellers.csv, report.md and report.html (default reports/<first scenario>/compare/<timestamp>/).
        """
    )

    @Argument(help: "Scenario files (YAML), the baseline first.", completion: .file(extensions: ["yaml", "yml"]))
    var scenarios: [String]

    @OptionGroup var simulation: SimulationArguments

    @OptionGroup var report: ReportArguments

    func validate() throws {
        if scenarios.count < 2 { throw ValidationError("compare needs at least two scenarios, the baseline first") }
    }

    func run() throws {
        let startedAt = Date()
        var loaded: [LoadedScenario] = []
        for path in scenarios { loaded.append(try loadScenario(path)) }
        let (_, options) = try simulation.apply(to: loaded[0].scenario, path: scenarios[0])
        var entries: [(name: String, scenario: Scenario)] = []
        for (path, scenario) in zip(scenarios, loaded) {
            // One generator for all: common random numbers need the same streams.
            var adjusted = scenario.scenario
            adjusted.simulation.generator = simulation.generator ?? loaded[0].scenario.simulation.generator
            entries.append((ScenarioLoader.slug(forScenarioAt: path), adjusted))
        }
        var names = Set<String>()
        for index in entries.indices where !names.insert(entries[index].name).inserted { entries[index].name += "-\(index + 1)" }
        let folder = try report.folder(scenarioPath: scenarios[0], inputs: loaded.flatMap(\.inputFiles), startedAt: startedAt, kind: "compare")

        let clock = ContinuousClock.now
        let comparison = ScenarioComparison(entries, options: options)
        let run = RunInfo(scenarioPath: scenarios.joined(separator: " "), command: CommandLine.arguments, startedAt: startedAt,
                          threads: options.threads, elapsedSeconds: secondsSince(clock))
        let files = try ComparisonReport(comparison, run: run)
        try report.write(files.files, to: folder, json: files.summaryJSON) { reportFolder in
            var lines = ["Comparison on common random numbers: \(NumberText.grouped(Double(options.trials))) trials, seed \(options.seed)", ""]
            for index in comparison.entries.indices.dropFirst() {
                lines += ["\(comparison.entries[index].name) vs \(comparison.entries[0].name)",
                          ComparisonReport.deltaTable(comparison, scenario: index).plain(indent: 2), "",
                          ComparisonReport.sellerTable(comparison, scenario: index, limit: 5).plain(indent: 2), ""]
            }
            lines.append(ComparisonReport.checksTable(comparison).plain(indent: 2))
            for entry in comparison.entries.dropFirst() {
                lines.append("  \(entry.name): \(entry.checks[3].figure)")
            }
            if let reportFolder { lines += ["", "Report: \(reportFolder)/report.html (also report.md, summary.json, deltas.csv, sellers.csv)"] }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
