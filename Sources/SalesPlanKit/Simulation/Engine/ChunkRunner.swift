import Foundation

/// Simulates one chunk of consecutive trials: the engine's inner loop.
///
/// The loop is seller-major: for each seller, all the chunk's trials, so the seller's histogram
/// stays in cache and the per-trial totals (a few kilobytes) stay in L1. Each seller's trials go
/// through three short passes, each simple enough for the compiler to keep in registers:
/// 1. normal draws from GSL (the only calls out);
/// 2. attainment = exp(log median + log skill + σ·z), its histogram bin, the trial's revenue and
///    whether the seller is at quota, four trials at a time;
/// 3. pay through the plan's compiled curve, the trial's variable comp, whether the seller is at
///    on-target earnings, and the histogram counts: the scalar part.
///
/// Draw order within a chunk is fixed: first each trial's year type (a uniform) and macro shock
/// (a normal, if σ > 0), then each direct seller's normals, trial by trial.
struct ChunkRunner {
    let model: SimulationModel
    let payouts: CompiledPayouts
    let exponential: InlineExponential
    let generator: RandomGenerator
    let scratch: ChunkScratch
    let tally: WorkerTally
    /// Whether pay and bookings are split by breakdown cell (``PayCells``); off for a scenario
    /// whose sellers share one cell, which then runs exactly the plain loop.
    let tracksCells: Bool
    /// Whether bookings are credited to goal parts (``GoalParts``); off without goal splits.
    let tracksParts: Bool
    /// The chunk's draws, made once for every scenario of a comparison; nil: draw from `generator`.
    var draws: ChunkDraws? = nil

    /// 1 if `value` ≥ 1, else 0, from the sign bit of value − 1 rather than a comparison: whether
    /// a seller reaches quota is a coin toss the branch predictor cannot learn, and mispredicted
    /// branches here cost more than the rest of the pass. (x − 1 is +0, not −0, when x is 1.)
    @inline(__always)
    static func atLeastOne(_ value: Double) -> UInt64 {
        ~(value - 1).bitPattern >> 63
    }

    /// ``atLeastOne(_:)`` four lanes at a time.
    @inline(__always)
    static func atLeastOne(_ values: SIMD4<Double>) -> SIMD4<UInt64> {
        ~unsafeBitCast(values - 1, to: SIMD4<UInt64>.self) &>> 63
    }

    func run(firstTrial: Int, trialCount count: Int, into columns: TrialColumns) {
        if let real = model.realPlans {
            runRealPlans(real, firstTrial: firstTrial, trialCount: count, into: columns)
            return
        }
        drawYears(firstTrial: firstTrial, count: count, into: columns)
        payDirectSellers(count: count)
        payCreditedSellers(count: count)
        storeTotals(firstTrial: firstTrial, count: count, into: columns)
    }

    /// Copies the chunk's per-trial totals, cells and goal parts into the run's columns.
    func storeTotals(firstTrial: Int, count: Int, into columns: TrialColumns) {
        for trial in 0..<count {
            columns.revenue[firstTrial + trial] = scratch.revenue[trial]
            columns.variableComp[firstTrial + trial] = scratch.variableComp[trial]
            columns.sellersAtQuota[firstTrial + trial] = Int32(truncatingIfNeeded: scratch.sellersAtQuota[trial])
            columns.sellersAtTarget[firstTrial + trial] = Int32(truncatingIfNeeded: scratch.sellersAtTarget[trial])
            columns.creditedAtQuota[firstTrial + trial] = Int32(truncatingIfNeeded: scratch.creditedAtQuota[trial])
        }
        if tracksCells { addCellsToGroups(firstTrial: firstTrial, count: count, into: columns) }
        if tracksParts {
            for part in 0..<columns.partCount {
                let row = scratch.partBookings.baseAddress! + part * scratch.capacity
                let column = columns.partBookings.baseAddress! + part * columns.count + firstTrial
                for trial in 0..<count { column[trial] = row[trial] }
            }
        }
    }

    /// Adds each cell's rows to its groups' columns, cells in a fixed order (deterministic sums).
    private func addCellsToGroups(firstTrial: Int, count: Int, into columns: TrialColumns) {
        for (cell, groups) in model.cells.groupsOfCell.enumerated() {
            let pay = scratch.cellPay.baseAddress! + cell * scratch.capacity
            let bookings = scratch.cellBookings.baseAddress! + cell * scratch.capacity
            for group in groups {
                let payColumn = columns.groupPay.baseAddress! + group * columns.count + firstTrial
                let bookingsColumn = columns.groupBookings.baseAddress! + group * columns.count + firstTrial
                for trial in 0..<count {
                    payColumn[trial] += pay[trial]
                    bookingsColumn[trial] += bookings[trial]
                }
            }
        }
    }

    /// Year type and macro shock of each trial; clears the per-trial totals.
    func drawYears(firstTrial: Int, count: Int, into columns: TrialColumns) {
        let shockSigma = model.macroShockSigma
        let lastType = model.yearTypes.count - 1
        for trial in 0..<count {
            let uniform = draws?.uniforms[trial] ?? generator.uniform()
            var type = 0
            while type < lastType, uniform >= model.yearTypes[type].cumulativeProbability { type += 1 }
            var logMedian = model.yearTypes[type].logMedian
            var shock = 1.0
            if shockSigma > 0 || model.alwaysDrawsMacroShock {
                let logShock = shockSigma * (draws?.shocks[trial] ?? generator.standardNormal())
                logMedian += logShock
                shock = exp(logShock)
            }
            scratch.logMedian[trial] = logMedian
            scratch.sigma[trial] = model.yearTypes[type].sigma
            scratch.populationOffset[trial] = type * AttainmentBins.count
            columns.yearType[firstTrial + trial] = UInt8(type)
            columns.macroShock[firstTrial + trial] = shock
            scratch.revenue[trial] = 0
            scratch.variableComp[trial] = 0
            scratch.sellersAtQuota[trial] = 0
            scratch.sellersAtTarget[trial] = 0
            scratch.creditedAtQuota[trial] = 0
        }
        if !model.creditedQuota.isEmpty {
            scratch.creditedBookings.update(repeating: 0)
        }
        if tracksCells {
            scratch.cellPay.update(repeating: 0)
            scratch.cellBookings.update(repeating: 0)
        }
        if tracksParts { scratch.partBookings.update(repeating: 0) }
    }

    @inline(__always)
    func load<Scalar: SIMDScalar>(_ pointer: UnsafeMutablePointer<Scalar>, _ index: Int) -> SIMD4<Scalar> {
        UnsafeRawPointer(pointer + index).loadUnaligned(as: SIMD4<Scalar>.self)
    }

    @inline(__always)
    func store<Scalar: SIMDScalar>(_ value: SIMD4<Scalar>, _ pointer: UnsafeMutablePointer<Scalar>, _ index: Int) {
        UnsafeMutableRawPointer(pointer + index).storeBytes(of: value, as: SIMD4<Scalar>.self)
    }
}
