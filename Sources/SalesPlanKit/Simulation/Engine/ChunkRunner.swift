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
        drawYears(firstTrial: firstTrial, count: count, into: columns)
        payDirectSellers(count: count)
        payCreditedSellers(count: count)
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
    private func drawYears(firstTrial: Int, count: Int, into columns: TrialColumns) {
        let shockSigma = model.macroShockSigma
        let lastType = model.yearTypes.count - 1
        for trial in 0..<count {
            let uniform = generator.uniform()
            var type = 0
            while type < lastType, uniform >= model.yearTypes[type].cumulativeProbability { type += 1 }
            var logMedian = model.yearTypes[type].logMedian
            var shock = 1.0
            if shockSigma > 0 {
                let logShock = shockSigma * generator.standardNormal()
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

    private func payDirectSellers(count: Int) {
        let logMedian = scratch.logMedian.baseAddress!
        let sigma = scratch.sigma.baseAddress!
        let normals = scratch.normals.baseAddress!
        let attainments = scratch.attainments.baseAddress!
        let bins = scratch.bins.baseAddress!
        let revenue = scratch.revenue.baseAddress!
        let sellersAtQuota = scratch.sellersAtQuota.baseAddress!

        for seller in 0..<model.directQuota.count {
            let logSkill = model.directLogSkill[seller]
            let quota = model.directQuota[seller]
            let targetIncentive = model.directTargetIncentive[seller]
            let payout = payouts.plan(model.directPlan[seller])
            let histogram = tally.sellerHistogram.baseAddress! + seller * AttainmentBins.count

            if seller + 1 < model.directQuota.count { tally.prefetchHistogram(ofSeller: seller + 1) }

            // 1. Normal draws.
            for trial in 0..<count { normals[trial] = generator.standardNormal() }

            // 2. Attainment, its bin, revenue and at-quota counts, four trials at a time.
            var trial = 0
            while trial + 4 <= count {
                let logAttainment = load(logMedian, trial) + logSkill + load(sigma, trial) * load(normals, trial)
                let attainment = exponential(logAttainment)
                store(attainment, attainments, trial)
                store(AttainmentBins.binBits(forLog: logAttainment), bins, trial)
                store(load(revenue, trial) + attainment * quota, revenue, trial)
                store(load(sellersAtQuota, trial) &+ Self.atLeastOne(attainment), sellersAtQuota, trial)
                trial += 4
            }
            while trial < count {
                let logAttainment = logMedian[trial] + logSkill + sigma[trial] * normals[trial]
                let attainment = exponential(logAttainment)
                attainments[trial] = attainment
                bins[trial] = AttainmentBins.binBits(forLog: SIMD4(repeating: logAttainment))[0]
                revenue[trial] += attainment * quota
                sellersAtQuota[trial] &+= Self.atLeastOne(attainment)
                trial += 1
            }

            // 3. Pay, per-trial totals and counts; the plain line lookup unless the plan has
            //    bins that need a search (a separate loop, so the common one carries no fallback).
            let cellPay = tracksCells ? scratch.cellPay.baseAddress! + model.directCell[seller] * scratch.capacity : nil
            let payTotal = payout.hasCrowdedBins
                ? payAndCount(count: count, targetIncentive: targetIncentive, histogram: histogram, cellPay: cellPay) {
                    payout.searchingCrowdedBins($0, bin: $1)
                }
                : payAndCount(count: count, targetIncentive: targetIncentive, histogram: histogram, cellPay: cellPay) {
                    payout($0, bin: $1)
                }
            if tracksCells {
                let cellBookings = scratch.cellBookings.baseAddress! + model.directCell[seller] * scratch.capacity
                for trial in 0..<count { cellBookings[trial] += attainments[trial] * quota }
            }
            if tracksParts {
                for (part, share) in model.goalParts.sharesOfDirectSeller[seller] {
                    let row = scratch.partBookings.baseAddress! + part * scratch.capacity
                    for trial in 0..<count { row[trial] += attainments[trial] * quota * share }
                }
            }
            tally.addPay(payTotal, toSeller: seller)

            for slot in model.directCreditSlots[seller] {
                let credited = scratch.creditedBookings.baseAddress! + slot * scratch.capacity
                for trial in 0..<count { credited[trial] += attainments[trial] * quota }
            }
        }
    }

    /// Pass 3 for one seller: pays each trial's attainment through `multipleOf(attainment, bin)`,
    /// adds the pay to the trial's variable comp, counts the seller at on-target earnings, and
    /// counts the bin in the seller's and the year type's histograms, and adds the pay to the
    /// seller's breakdown cell when cells are tracked. Returns the seller's total pay over the chunk.
    @inline(__always)
    private func payAndCount(count: Int, targetIncentive: Double, histogram: UnsafeMutablePointer<UInt32>,
                             cellPay: UnsafeMutablePointer<Double>?,
                             multipleOf: (Double, Int) -> Double) -> Double {
        let attainments = scratch.attainments.baseAddress!
        let bins = scratch.bins.baseAddress!
        let variableComp = scratch.variableComp.baseAddress!
        let sellersAtTarget = scratch.sellersAtTarget.baseAddress!
        let populationOffset = scratch.populationOffset.baseAddress!
        let population = tally.populationHistogram.baseAddress!
        var payTotal = 0.0
        for trial in 0..<count {
            let attainment = attainments[trial]
            let bin = AttainmentBins.bin(fromBits: bins[trial])
            let multiple = multipleOf(attainment, bin)
            let pay = targetIncentive * multiple
            variableComp[trial] += pay
            payTotal += pay
            if let cellPay { cellPay[trial] += pay }
            sellersAtTarget[trial] &+= Self.atLeastOne(multiple)
            histogram[bin] &+= 1
            population[populationOffset[trial] &+ bin] &+= 1
        }
        return payTotal
    }

    @inline(__always)
    private func load<Scalar: SIMDScalar>(_ pointer: UnsafeMutablePointer<Scalar>, _ index: Int) -> SIMD4<Scalar> {
        UnsafeRawPointer(pointer + index).loadUnaligned(as: SIMD4<Scalar>.self)
    }

    @inline(__always)
    private func store<Scalar: SIMDScalar>(_ value: SIMD4<Scalar>, _ pointer: UnsafeMutablePointer<Scalar>, _ index: Int) {
        UnsafeMutableRawPointer(pointer + index).storeBytes(of: value, as: SIMD4<Scalar>.self)
    }

    /// Managers and overlays: paid on the bookings credited to them; no revenue of their own.
    private func payCreditedSellers(count: Int) {
        let directCount = model.directQuota.count
        for slot in 0..<model.creditedQuota.count {
            let quota = model.creditedQuota[slot]
            let targetIncentive = model.creditedTargetIncentive[slot]
            let payout = payouts.plan(model.creditedPlan[slot])
            let credited = scratch.creditedBookings.baseAddress! + slot * scratch.capacity
            let histogram = tally.sellerHistogram.baseAddress! + (directCount + slot) * AttainmentBins.count
            let cellPay = tracksCells ? scratch.cellPay.baseAddress! + model.creditedCell[slot] * scratch.capacity : nil
            var payTotal = 0.0
            for trial in 0..<count {
                let attainment = credited[trial] / quota
                let multiple = payout(attainment)
                let pay = targetIncentive * multiple
                scratch.variableComp[trial] += pay
                if let cellPay { cellPay[trial] += pay }
                payTotal += pay
                scratch.sellersAtQuota[trial] &+= Self.atLeastOne(attainment)
                scratch.creditedAtQuota[trial] &+= Self.atLeastOne(attainment)
                scratch.sellersAtTarget[trial] &+= Self.atLeastOne(multiple)
                histogram[AttainmentBins.bin(forLog: log(attainment))] &+= 1
            }
            tally.addPay(payTotal, toSeller: directCount + slot)
        }
    }
}
