import ArgumentParser
import Foundation
import SalesPlanKit

/// The Monte Carlo options every simulating command shares: trials, seed, threads, generator.
struct SimulationArguments: ParsableArguments {
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

    func validate() throws {
        if let trials, trials < 1 { throw ValidationError("--trials must be at least 1 (got \(trials))") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1 (got \(threads))") }
    }

    /// The scenario with the generator override, and the run's options; refuses absurd sizes.
    func apply(to scenario: Scenario, path: String) throws(CommandFailure) -> (Scenario, SimulationOptions) {
        var simulated = scenario
        if let generator { simulated.simulation.generator = generator }
        var options = SimulationOptions(scenario: simulated)
        if let trials { options.trials = trials }
        if let seed { options.seed = seed }
        if let threads { options.threads = threads }
        if let problem = ScenarioLimits.standard.simulationSizeProblem(trials: options.trials, sellers: simulated.sellers.count) {
            throw trials == nil ? CommandFailure.invalidInput("\(path): \(problem)") : CommandFailure.usage("--trials: \(problem)")
        }
        return (simulated, options)
    }
}

extension RandomAlgorithm: ExpressibleByArgument {}
