import Foundation

/// How one Monte Carlo run is carried out. Defaults come from the scenario; the CLI may override
/// trials and seed.
public struct SimulationOptions: Sendable, Equatable {
    public var trials: Int
    public var seed: UInt64
    /// Worker threads. Results are identical for any value; it only changes the wall time.
    public var threads: Int

    public init(trials: Int, seed: UInt64, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.trials = trials
        self.seed = seed
        self.threads = max(1, threads)
    }

    /// The scenario's own trials and seed, on every core.
    public init(scenario: Scenario) {
        self.init(trials: scenario.simulation.trials, seed: scenario.simulation.seed)
    }
}
