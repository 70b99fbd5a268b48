import CGSL
import Foundation

/// Simulates one chunk of consecutive trials: the engine's inner loop.
///
/// The loop is seller-major: for each seller, all the chunk's trials, so the seller's histogram
/// stays in cache and the per-trial totals (a few kilobytes) stay in L1. Each seller's trials go
/// through three short passes, each simple enough for the compiler to keep in registers:
/// 1. normal draws from GSL (the only calls out);
/// 2. attainment = exp(log median + log skill + σ·z), four trials at a time, and its histogram bin;
/// 3. pay through the plan's compiled curve, per-trial totals and the histogram counts.
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

    /// The per-trial count increment for one seller: 1 in the low 32 bits if attainment ≥ 1 (at
    /// quota), 1 in the high 32 bits if the pay multiple ≥ 1 (at on-target earnings), so one add
    /// counts both. Computed from sign bits rather than comparisons: whether a seller reaches
    /// quota is a coin toss the branch predictor cannot learn, and mispredicted branches here
    /// cost more than the rest of the pass. (x − 1 is +0, not −0, when x is exactly 1.)
    @inline(__always)
    static func flags(atQuota attainment: Double, atTarget multiple: Double) -> UInt64 {
        let atQuota = ~(attainment - 1).bitPattern >> 63
        let atTarget = ~(multiple - 1).bitPattern >> 63
        return atQuota | (atTarget << 32)
    }

    func run(firstTrial: Int, trialCount count: Int, into columns: TrialColumns) {
        drawYears(firstTrial: firstTrial, count: count, into: columns)
        payDirectSellers(count: count)
        payCreditedSellers(count: count)
        for trial in 0..<count {
            let totals = scratch.totals[trial]
            let counts = scratch.counts[trial]
            columns.revenue[firstTrial + trial] = totals[0]
            columns.variableComp[firstTrial + trial] = totals[1]
            columns.sellersAtQuota[firstTrial + trial] = Int32(truncatingIfNeeded: counts & 0xFFFF_FFFF)
            columns.sellersAtTarget[firstTrial + trial] = Int32(truncatingIfNeeded: counts >> 32)
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
            scratch.totals[trial] = .zero
            scratch.counts[trial] = 0
        }
        if !model.creditedQuota.isEmpty {
            scratch.creditedBookings.update(repeating: 0)
        }
    }

    private func payDirectSellers(count: Int) {
        let logMedian = scratch.logMedian.baseAddress!
        let sigma = scratch.sigma.baseAddress!
        let normals = scratch.normals.baseAddress!
        let attainments = scratch.attainments.baseAddress!
        let bins = scratch.bins.baseAddress!

        for seller in 0..<model.directQuota.count {
            let logSkill = model.directLogSkill[seller]
            let quota = model.directQuota[seller]
            let targetIncentive = model.directTargetIncentive[seller]
            let payout = payouts.plan(model.directPlan[seller])
            let histogram = tally.sellerHistogram.baseAddress! + seller * AttainmentBins.count

            // Start loading the next seller's histogram row while this seller's draws are made.
            if seller + 1 < model.directQuota.count {
                let next = UnsafeRawPointer(histogram + AttainmentBins.count)
                var offset = 0
                while offset < AttainmentBins.count * 4 {
                    salesplan_prefetch_for_write(next + offset)
                    offset += 64
                }
            }

            // 1. Normal draws.
            for trial in 0..<count { normals[trial] = generator.standardNormal() }

            // 2. Attainment and its bin, four trials at a time.
            var trial = 0
            while trial + 4 <= count {
                let logAttainment = load(logMedian, trial) + logSkill + load(sigma, trial) * load(normals, trial)
                store(exponential(logAttainment), attainments, trial)
                store(AttainmentBins.binBits(forLog: logAttainment), bins, trial)
                trial += 4
            }
            while trial < count {
                let logAttainment = logMedian[trial] + logSkill + sigma[trial] * normals[trial]
                attainments[trial] = exponential(logAttainment)
                bins[trial] = AttainmentBins.binBits(forLog: SIMD4(repeating: logAttainment))[0]
                trial += 1
            }

            // 3. Pay, per-trial totals and counts; the plain line lookup unless the plan has
            //    bins that need a search (a separate loop, so the common one carries no fallback).
            let payTotal = payout.hasCrowdedBins
                ? payAndCount(count: count, quota: quota, targetIncentive: targetIncentive, histogram: histogram) {
                    payout.searchingCrowdedBins($0, bin: $1)
                }
                : payAndCount(count: count, quota: quota, targetIncentive: targetIncentive, histogram: histogram) {
                    payout($0, bin: $1)
                }
            tally.sellerPayCents[seller] &+= Int64((payTotal * 100).rounded())

            for slot in model.directCreditSlots[seller] {
                let credited = scratch.creditedBookings.baseAddress! + slot * scratch.capacity
                for trial in 0..<count { credited[trial] += attainments[trial] * quota }
            }
        }
    }

    /// Pass 3 for one seller: pays each trial's attainment through `multipleOf(attainment, bin)`,
    /// adds revenue and pay to the trial's totals, counts the seller at quota and at target, and
    /// counts the bin in the seller's and the year type's histograms. Returns the seller's total
    /// pay over the chunk.
    @inline(__always)
    private func payAndCount(count: Int, quota: Double, targetIncentive: Double, histogram: UnsafeMutablePointer<UInt32>,
                             multipleOf: (Double, Int) -> Double) -> Double {
        let attainments = scratch.attainments.baseAddress!
        let bins = scratch.bins.baseAddress!
        let totals = scratch.totals.baseAddress!
        let counts = scratch.counts.baseAddress!
        let populationOffset = scratch.populationOffset.baseAddress!
        let population = tally.populationHistogram.baseAddress!
        var payTotal = 0.0
        for trial in 0..<count {
            let attainment = attainments[trial]
            let bin = AttainmentBins.bin(fromBits: bins[trial])
            let multiple = multipleOf(attainment, bin)
            let pay = targetIncentive * multiple
            totals[trial] += SIMD2(attainment * quota, pay)
            payTotal += pay
            counts[trial] &+= Self.flags(atQuota: attainment, atTarget: multiple)
            histogram[bin] &+= 1
            population[populationOffset[trial] &+ bin] &+= 1
        }
        return payTotal
    }

    @inline(__always)
    private func load(_ pointer: UnsafeMutablePointer<Double>, _ index: Int) -> SIMD4<Double> {
        UnsafeRawPointer(pointer + index).loadUnaligned(as: SIMD4<Double>.self)
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
            var payTotal = 0.0
            for trial in 0..<count {
                let attainment = credited[trial] / quota
                let multiple = payout(attainment)
                let pay = targetIncentive * multiple
                scratch.totals[trial][1] += pay
                payTotal += pay
                scratch.counts[trial] &+= Self.flags(atQuota: attainment, atTarget: multiple)
                histogram[AttainmentBins.bin(forLog: log(attainment))] &+= 1
            }
            tally.sellerPayCents[directCount + slot] &+= Int64((payTotal * 100).rounded())
        }
    }
}
