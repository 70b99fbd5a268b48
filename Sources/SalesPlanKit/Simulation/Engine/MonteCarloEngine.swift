import Dispatch
import Foundation
import Synchronization

/// The Monte Carlo affordability engine: simulates next year many times and pays every seller
/// through their plan in each simulated year.
///
/// Each trial draws a year type from the scenario's mixture and a macro shock shared by all
/// sellers, then each direct seller's attainment from a log-normal distribution with median
/// `year median × seller skill × macro shock` and the year's σ, using GSL. Managers and overlays
/// are paid on the bookings credited to them. Per-trial totals are kept; per-seller figures are
/// counted into bounded histograms, so memory does not grow with sellers × trials.
///
/// **Determinism.** Trials are cut into chunks of ``trialsPerChunk``; chunk *k* always uses a
/// generator seeded from (seed, *k*) by ``SeedSequence``, and writes only its own trials' slots.
/// Per-seller tallies are integers. So the same scenario and seed give bit-identical results on
/// any number of threads.
public struct MonteCarloEngine: Sendable {
    /// Trials per chunk: fixed, never derived from the core count, because the random streams
    /// are tied to chunks.
    public static let trialsPerChunk = 512
    /// Doubles per row of a chunk's scratch matrices (a row per seller, goal part, credited
    /// seller, figure): a chunk's trials and one cache line more. Rows exactly 4 KiB apart fall in
    /// the same L1 cache sets, and a load 4 KiB after a store looks to the CPU like it reads what
    /// the store wrote and waits for it; the passes that read and write several rows side by side
    /// spent measurable time on both.
    static let rowCapacity = trialsPerChunk + 8

    public let scenario: Scenario
    let model: SimulationModel

    public init(scenario: Scenario) {
        self.scenario = scenario
        self.model = SimulationModel(scenario: scenario)
    }

    /// An engine whose draws follow `drawPlan`, shared by every scenario of a comparison, so
    /// that trial t gives each seller the same draws in every scenario (common random numbers).
    public init(scenario: Scenario, drawPlan: DrawPlan) {
        self.scenario = scenario
        self.model = SimulationModel(scenario: scenario, drawPlan: drawPlan)
    }

    /// Runs the simulation. `progress`, if given, is called from worker threads with the number
    /// of trials completed so far.
    public func run(_ options: SimulationOptions, progress: (@Sendable (Int) -> Void)? = nil) -> SimulationResult {
        Self.run([self], options, sharesDraws: false, progress: progress)[0]
    }

    /// Runs several engines on the same chunks; with `sharesDraws` (engines built on one
    /// ``DrawPlan``), each chunk's numbers are drawn once and read by every engine, which then
    /// gets exactly what it would have drawn alone.
    static func run(_ engines: [MonteCarloEngine], _ options: SimulationOptions, sharesDraws: Bool,
                    progress: (@Sendable (Int) -> Void)? = nil) -> [SimulationResult] {
        let trials = options.trials
        let chunkCount = (trials + Self.trialsPerChunk - 1) / Self.trialsPerChunk
        let threads = min(options.threads, max(chunkCount, 1))
        let runs = engines.map { EngineRun(model: $0.model, trials: trials) }
        let exponential = InlineExponential()
        defer { exponential.deallocate() }
        let seeds = SeedSequence(masterSeed: options.seed)
        let nextChunk = Atomic<Int>(0)
        let completed = Atomic<Int>(0)
        let tallies = engines.map { _ in TallySlots(count: threads) }
        let algorithm = engines[0].scenario.simulation.generator
        let drawsShock = engines[0].model.alwaysDrawsMacroShock || engines[0].model.macroShockSigma > 0

        let trialsStart = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let workers = runs.map { run in
                (WorkerTally(sellerCount: run.model.sellerCount, yearTypeCount: run.model.yearTypes.count), run.scratch())
            }
            let draws = sharesDraws ? ChunkDraws(capacity: Self.rowCapacity, layout: engines[0].model.drawLayout) : nil
            while true {
                let chunk = nextChunk.wrappingAdd(1, ordering: .relaxed).oldValue
                guard chunk < chunkCount else { break }
                let firstTrial = chunk * Self.trialsPerChunk
                let trialCount = min(Self.trialsPerChunk, trials - firstTrial)
                let generator = RandomGenerator(algorithm: algorithm, seed: seeds.seed(forStream: chunk))
                draws?.fill(from: generator, count: trialCount, drawsShock: drawsShock)
                for (index, run) in runs.enumerated() {
                    ChunkRunner(model: run.model, payouts: run.payouts, exponential: exponential, generator: generator,
                                scratch: workers[index].1, tally: workers[index].0, tracksCells: run.tracksCells,
                                tracksParts: run.tracksParts, draws: draws)
                        .run(firstTrial: firstTrial, trialCount: trialCount, into: run.columns)
                }
                if let progress {
                    progress(completed.add(trialCount, ordering: .relaxed).newValue)
                }
            }
            for (index, pair) in workers.enumerated() { tallies[index].store(pair.0, at: worker) }
        }

        let trialsSeconds = Self.seconds(since: trialsStart)
        return engines.indices.map { index in
            let summaryStart = ContinuousClock.now
            var result = SimulationResult(scenario: engines[index].scenario, model: runs[index].model, options: options,
                                          columns: runs[index].columns, tally: tallies[index].merged())
            result.timings = RunTimings(trialsSeconds: trialsSeconds / Double(engines.count),
                                        summarySeconds: Self.seconds(since: summaryStart))
            return result
        }
    }
}

extension MonteCarloEngine {
    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}

/// What one scenario needs through a run: its model, compiled plans, per-trial columns, and
/// whether it splits pay by cell and bookings by goal part.
private struct EngineRun: @unchecked Sendable {
    let model: SimulationModel
    let payouts: CompiledPayouts
    let columns: TrialColumns
    let tracksCells: Bool
    let tracksParts: Bool
    let partCount: Int

    init(model: SimulationModel, trials: Int) {
        self.model = model
        payouts = CompiledPayouts(model.payouts)
        tracksCells = model.cells.isTracked(trials: trials)
        partCount = model.goalParts.trackedCount
        tracksParts = partCount > 0 && partCount <= PayCells.maxGroupTrials / max(trials, 1)
        columns = TrialColumns(count: trials, groupCount: tracksCells ? model.cells.groups.count : 0,
                               partCount: tracksParts ? partCount : 0, tracksRealPlans: model.realPlans != nil)
    }

    func scratch() -> ChunkScratch {
        ChunkScratch(capacity: MonteCarloEngine.rowCapacity, creditedCount: model.creditedQuota.count,
                     cellCount: tracksCells ? model.cells.cellCount : 0, partCount: tracksParts ? partCount : 0,
                     realPlan: model.realPlans.map {
                         RealPlanScratch(capacity: MonteCarloEngine.rowCapacity, planCount: $0.plans.count, layout: model.drawLayout,
                                         marketingShares: $0.marketing?.shares.count ?? 0, directSeats: model.directQuota.count,
                                         separateNewBookings: $0.renewalsCountTowardGoal)
                     })
    }
}

/// One slot per worker for its tally, filled once when the worker finishes.
private final class TallySlots: @unchecked Sendable {
    private var slots: [WorkerTally?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ tally: WorkerTally, at index: Int) {
        lock.lock()
        slots[index] = tally
        lock.unlock()
    }

    /// The workers' tallies added together (integer sums: the order does not matter).
    func merged() -> WorkerTally {
        let present = slots.compactMap { $0 }
        let first = present[0]
        for other in present.dropFirst() { first.absorb(other) }
        return first
    }
}
