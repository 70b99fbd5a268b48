import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan quotas SCENARIO`: sets next year's quotas and writes them as a new sellers table.
struct QuotasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotas",
        abstract: "Set next year's quotas (even, prior, potential or a blend) to cover the goal.",
        discussion: """
        Shares goal × (1 + over-assignment) among direct sellers by the method's basis — even; prior \
        (last prior attainment × current quota); potential (the potential of the seller's territory's \
        accounts); or a blend — or finds the over-assignment at which every goal is met with \
        --target-probability, on common random numbers. New hires are ramped by the scenario's \
        quota_setting.ramp; changes are held within --max-change; quotas are rounded to --round and \
        still add up exactly. Managers' and overlays' quotas roll up from their teams' new quotas.

        Writes sellers.csv (the scenario's sellers with the new quotas, today's quota kept as \
        baseline_quota: it loads back as a sellers table), quota-changes.csv (largest movers first), \
        quota-seasonality.csv, summary.json, report.md and report.html, never over the scenario's \
        own files (default reports/<scenario>/quotas/<timestamp>/).
        """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable { case even, prior, potential, blend }

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @Option(help: "How quotas are shared: even, prior, potential or blend.")
    var method: Method = .potential

    @Option(help: "Blend weights, e.g. potential=0.6,prior=0.4 (with --method blend).")
    var blend: String?

    @Option(parsing: .unconditional, help: "Over-assignment above the goal, e.g. 30% (default 30%, unless --target-probability).")
    var overAssignment: String?

    @Option(help: "Instead of --over-assignment: the probability with which every goal should be met, e.g. 95%.")
    var targetProbability: String?

    @Option(name: .customLong("round"), help: "Round quotas to a multiple of this amount, e.g. 1000 (default: the scenario's quota_setting.round).")
    var roundTo: String?

    @Option(help: "Largest change from today's quota, e.g. 20% (default: the scenario's quota_setting.max_change, else none).")
    var maxChange: String?

    @OptionGroup var simulation: SimulationArguments

    @OptionGroup var report: ReportArguments

    func validate() throws {
        if overAssignment != nil, targetProbability != nil {
            throw ValidationError("give --over-assignment or --target-probability, not both")
        }
        if let overAssignment {
            guard let value = NumberInput.value(overAssignment), value > -1 else {
                throw ValidationError("--over-assignment must be above -100%, e.g. 30% (got \(overAssignment))")
            }
            _ = value
        }
        if let targetProbability { _ = try CoverageCommand.parseProbability(targetProbability) }
        if let roundTo, (NumberInput.value(roundTo) ?? -1) < 0 {
            throw ValidationError("--round must be an amount of 0 or more, e.g. 1000 (got \(roundTo))")
        }
        if let maxChange, (NumberInput.value(maxChange) ?? -1) < 0 {
            throw ValidationError("--max-change must be 0 or more, e.g. 20% (got \(maxChange))")
        }
        if method == .blend, blend == nil { throw ValidationError("--method blend needs --blend, e.g. potential=0.6,prior=0.4") }
        if method != .blend, blend != nil { throw ValidationError("--blend goes with --method blend") }
        if let blend { _ = try Self.parseBlend(blend) }
    }

    func run() throws {
        let startedAt = Date()
        let loaded = try loadScenario(scenario)
        let (scenario, options) = try simulation.apply(to: loaded.scenario, path: self.scenario)
        var setting = scenario.quotaSetting
        if let roundTo { setting.roundTo = NumberInput.value(roundTo)! }
        if let maxChange { setting.maxChange = NumberInput.value(maxChange)! }
        let target: QuotaPlanner.Target = targetProbability.map { .probability(try! CoverageCommand.parseProbability($0)) }
            ?? .overAssignment(overAssignment.flatMap(NumberInput.value) ?? 0.30)
        let quotaMethod: QuotaMethod = switch method {
        case .even: .even
        case .prior: .prior
        case .potential: .potential
        case .blend: .blend(try Self.parseBlend(blend!))
        }
        let folder = try report.folder(scenarioPath: self.scenario, inputs: loaded.inputFiles, startedAt: startedAt, kind: "quotas")

        let clock = ContinuousClock.now
        let plan: QuotaPlanner.Plan
        switch QuotaPlanner(scenario: scenario, method: quotaMethod, setting: setting, options: options).plan(target) {
        case .failure(let problem): throw CommandFailure.invalidInput("\(self.scenario): \(problem.description)")
        case .success(let found): plan = found
        }
        let run = RunInfo(scenarioPath: self.scenario, command: CommandLine.arguments, startedAt: startedAt,
                          threads: options.threads, elapsedSeconds: secondsSince(clock))
        let files = try QuotaReport(plan: plan, original: scenario, run: run)
        try report.write(files.files, to: folder, json: files.summaryJSON) { reportFolder in
            var lines = ["\(scenario.name): quotas by \(quotaMethod.name)", ""]
            lines += QuotaReport.headline(plan).map { "  " + $0 }
            lines += ["", QuotaReport.changeTable(plan, limit: 20).plain(indent: 2)]
            if plan.allocation.direct.count + plan.allocation.rolledUp.count > 20 { lines.append("  … every seller in quota-changes.csv") }
            if let reportFolder {
                lines += ["", "New sellers table: \(reportFolder)/sellers.csv (also quota-changes.csv, quota-seasonality.csv, report.html)"]
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    static func parseBlend(_ text: String) throws -> [(QuotaMethod, Double)] {
        try text.split(separator: ",").map { part in
            let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
            let methods: [String: QuotaMethod] = ["even": .even, "prior": .prior, "potential": .potential]
            guard pieces.count == 2, let method = methods[pieces[0].trimmingCharacters(in: .whitespaces)],
                  let weight = NumberInput.value(pieces[1]), weight >= 0
            else { throw ValidationError("--blend expects method=weight pairs of even, prior or potential, e.g. potential=0.6,prior=0.4 (got \(text))") }
            return (method, weight)
        }
    }
}
