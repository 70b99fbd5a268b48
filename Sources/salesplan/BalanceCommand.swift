import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan balance SCENARIO`: territory balancing with the fewest account moves.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Balance territories: every territory's potential within ±τ of the mean, with the fewest account moves.",
        discussion: """
        Reads the scenario's accounts and territories, and reassigns accounts so that every territory's \
        potential (and, with --workload-tolerance, workload) is within the band around the mean of the \
        territories it is compared with, moving as few accounts as possible. Locked accounts never move. \
        Reports a lower bound on the moves any alignment inside the band needs, and the gap to it. When the \
        band cannot be met, says why and gives the best alignment found (exit 0).

        Defaults come from the scenario's balancing: block. Writes summary.json, run.json, alignment.csv, \
        moves.csv, territories.csv, report.md and report.html to the report folder (default \
        reports/<scenario>/balance-<timestamp>/), all at once, never over the scenario or a folder \
        SalesPlan did not write.
        """
    )

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @Option(parsing: .unconditional, help: "Potential within ±τ of the mean, e.g. 5% or 0.05 (default: balancing.tolerance, else 5%).")
    var tolerance: String?

    @Option(name: .customLong("workload-tolerance"), parsing: .unconditional, help: "Workload hours within ±τ of the mean (default: off).")
    var workloadTolerance: String?

    @Option(help: "fewest-moves, least-potential-moved, min-deviation (with --max-moves) or from-scratch.")
    var objective: BalancingOptions.Objective?

    @Option(name: .customLong("max-moves"), parsing: .unconditional, help: "Most accounts min-deviation may move.")
    var maxMoves: Int?

    @Option(name: .customLong("keep-within"), help: "segment, region or vertical: accounts only go to territories with the same (repeatable).")
    var keepWithin: [BalancingOptions.Dimension] = []

    @Option(name: .customLong("max-distance-km"), parsing: .unconditional, help: "No account farther than this from its territory's home base, unless it is there today.")
    var maxDistanceKm: Double?

    @Option(name: .customLong("distance-weight"), parsing: .unconditional, help: "How strongly far moves are avoided: a move beyond the reach (twice today's median account-to-home distance) costs 1 + W × (km − reach) ÷ reach moves (default 0.1; 0: every move alike).")
    var distanceWeight: Double?

    @Option(name: .customLong("time-limit"), parsing: .unconditional, help: "Seconds; stop with the best answer so far (default 60).")
    var timeLimit: Double?

    @Option(help: "Seed of the search's tie-breaking (default: balancing.seed, else 1).")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "Worker threads (default: all cores). The answer does not depend on it.")
    var threads: Int?

    @OptionGroup var report: ReportArguments

    @Flag(help: "Solve the exact MIP with GLPK (small instances: at most 250,000 account-territory pairs); falls back to the search if GLPK finds nothing in the time limit.")
    var exact = false

    @Flag(name: .customLong("report-only"), help: "Measure today's alignment only; no balancing.")
    var reportOnly = false

    func validate() throws {
        for (name, text) in [("--tolerance", tolerance), ("--workload-tolerance", workloadTolerance)] {
            guard let text else { continue }
            guard let value = Self.fraction(text) else { throw ValidationError("\(name): expected a fraction such as 5% or 0.05, got \"\(text)\"") }
            if !(value > 0 && value < 1) { throw ValidationError("\(name) must be greater than 0 and less than 100% (got \(text))") }
        }
        if let maxMoves, maxMoves < 0 { throw ValidationError("--max-moves must be 0 or more (got \(maxMoves))") }
        if let maxDistanceKm, !(maxDistanceKm > 0) { throw ValidationError("--max-distance-km must be greater than 0 (got \(maxDistanceKm))") }
        if let distanceWeight, !(distanceWeight >= 0 && distanceWeight <= 1000) { throw ValidationError("--distance-weight must be between 0 and 1000 (got \(distanceWeight))") }
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be greater than 0 seconds (got \(timeLimit))") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1 (got \(threads))") }
    }

    /// `5%` or `0.05`.
    static func fraction(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") { return Double(trimmed.dropLast()).map { $0 / 100 } }
        return Double(trimmed)
    }

    func run() throws {
        let startedAt = Date()
        let loaded = try loadScenario(scenario)
        var options = loaded.scenario.balancing
        if let tolerance { options.tolerance = Self.fraction(tolerance)! }
        if let workloadTolerance { options.workloadTolerance = Self.fraction(workloadTolerance)! }
        if let objective { options.objective = objective }
        if let maxMoves { options.maxMoves = maxMoves }
        if !keepWithin.isEmpty { options.keepWithin = keepWithin }
        if let maxDistanceKm { options.maxDistanceKm = maxDistanceKm }
        if let timeLimit { options.timeLimit = timeLimit }
        if let distanceWeight { options.distanceWeight = distanceWeight }
        if exact { options.exact = true }
        if let seed { options.seed = seed }
        if let threads { options.threads = threads }

        let problem: BalancingProblem
        do {
            problem = try BalancingProblem(scenario: loaded.scenario, options: options)
        } catch {
            let usage = error == .minDeviationNeedsMaxMoves || error == .exactWithMinDeviation
            if case .tooLargeForExact = error { throw CommandFailure.usage(error.description) }
            throw usage ? CommandFailure.usage(error.description)
                : CommandFailure.invalidInput("\(scenario): \(error.description)")
        }

        let folder = try report.folder(scenarioPath: scenario, inputs: loaded.inputFiles, startedAt: startedAt, kind: "balance")

        let status = reportOnly ? nil : StatusLine(limit: options.timeLimit)
        let result = reportOnly ? BalancingSolver.measure(problem) : BalancingSolver.solve(problem)
        status?.finish()
        let run = RunInfo(scenarioPath: scenario, command: CommandLine.arguments, startedAt: startedAt,
                          threads: options.threads, elapsedSeconds: Date().timeIntervalSince(startedAt))
        let content = BalanceContent(result, optimised: !reportOnly)
        let files = try BalanceReport(content: content, run: run)
        try report.write(files.files, to: folder, json: files.summaryJSON) { reportFolder in
            BalanceTerminal.render(content, reportFolder: reportFolder)
        }
    }
}

extension BalancingOptions.Objective: ExpressibleByArgument {}
extension BalancingOptions.Dimension: ExpressibleByArgument {}
