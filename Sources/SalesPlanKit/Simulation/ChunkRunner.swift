import Foundation

/// Simulates one chunk of consecutive trials: the engine's inner loop.
///
/// The loop is seller-major: for each seller, all the chunk's trials, so the seller's histogram
/// stays in cache and the per-trial totals (a few kilobytes) stay in L1. A seller's normal draws
/// are taken from GSL in one tight loop, then turned into attainment and pay in a second loop
/// free of calls into GSL, which the compiler can keep in registers.
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

    func run(firstTrial: Int, trialCount count: Int, into columns: TrialColumns) {
        drawYears(firstTrial: firstTrial, count: count, into: columns)
        payDirectSellers(count: count)
        payCreditedSellers(count: count)
        for trial in 0..<count {
            columns.revenue[firstTrial + trial] = scratch.revenue[trial]
            columns.variableComp[firstTrial + trial] = scratch.variableComp[trial]
            columns.sellersAtQuota[firstTrial + trial] = scratch.atQuota[trial]
            columns.sellersAtTarget[firstTrial + trial] = scratch.atTarget[trial]
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
            scratch.atQuota[trial] = 0
            scratch.atTarget[trial] = 0
        }
        if !model.creditedQuota.isEmpty {
            scratch.creditedBookings.update(repeating: 0)
        }
    }

    private func payDirectSellers(count: Int) {
        let logMedian = scratch.logMedian.baseAddress!
        let sigma = scratch.sigma.baseAddress!
        let populationOffset = scratch.populationOffset.baseAddress!
        let normals = scratch.normals.baseAddress!
        let revenue = scratch.revenue.baseAddress!
        let variableComp = scratch.variableComp.baseAddress!
        let atQuota = scratch.atQuota.baseAddress!
        let atTarget = scratch.atTarget.baseAddress!
        let attainments = scratch.attainments.baseAddress!
        let bins = scratch.bins.baseAddress!
        let population = tally.populationHistogram.baseAddress!
        let quotaBin = AttainmentBins.quotaBin

        for seller in 0..<model.directQuota.count {
            let logSkill = model.directLogSkill[seller]
            let quota = model.directQuota[seller]
            let targetIncentive = model.directTargetIncentive[seller]
            let payout = payouts.plan(model.directPlan[seller])
            let histogram = tally.sellerHistogram.baseAddress! + seller * AttainmentBins.count

            for trial in 0..<count { normals[trial] = generator.standardNormal() }

            // Attainment and its bin.
            for trial in 0..<count {
                let logAttainment = logMedian[trial] + logSkill + sigma[trial] * normals[trial]
                attainments[trial] = exponential(logAttainment)
                bins[trial] = Int32(truncatingIfNeeded: AttainmentBins.bin(forLog: logAttainment))
            }
            // Pay and per-trial totals.
            var payTotal = 0.0
            for trial in 0..<count {
                let attainment = attainments[trial]
                let multiple = payout(attainment)
                let pay = targetIncentive * multiple
                revenue[trial] += attainment * quota
                variableComp[trial] += pay
                payTotal += pay
                atTarget[trial] &+= multiple >= 1 ? 1 : 0
            }
            // Counts.
            for trial in 0..<count {
                let bin = Int(bins[trial])
                histogram[bin] &+= 1
                population[populationOffset[trial] &+ bin] &+= 1
                atQuota[trial] &+= bin >= quotaBin ? 1 : 0
            }
            tally.sellerPayCents[seller] &+= Int64((payTotal * 100).rounded())

            for slot in model.directCreditSlots[seller] {
                let credited = scratch.creditedBookings.baseAddress! + slot * scratch.capacity
                for trial in 0..<count { credited[trial] += attainments[trial] * quota }
            }
        }
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
                scratch.variableComp[trial] += pay
                payTotal += pay
                let bin = AttainmentBins.bin(forLog: log(attainment))
                histogram[bin] &+= 1
                scratch.atQuota[trial] &+= bin >= AttainmentBins.quotaBin ? 1 : 0
                scratch.atTarget[trial] &+= multiple >= 1 ? 1 : 0
            }
            tally.sellerPayCents[directCount + slot] &+= Int64((payTotal * 100).rounded())
        }
    }
}
