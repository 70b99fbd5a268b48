import Foundation

/// The paying passes of ``ChunkRunner``: direct sellers (drawn), then managers and overlays
/// (credited).
extension ChunkRunner {
    /// Direct sellers in draw order. A comparison of scenarios draws for every seller of any of
    /// them (``SimulationModel/drawSlots``), discarding the draws of sellers this scenario lacks,
    /// so each seller sees the same draws in every scenario; a plain run loops straight through.
    func payDirectSellers(count: Int) {
        if let slots = model.drawSlots {
            for (position, slot) in slots.enumerated() {
                if let seller = slot {
                    payDirectSeller(seller, count: count, predrawn: draws.map { $0.normals.baseAddress! + position * $0.capacity })
                } else if draws == nil {
                    for _ in 0..<count { _ = generator.standardNormal() }
                }
            }
        } else {
            for seller in 0..<model.directQuota.count { payDirectSeller(seller, count: count) }
        }
    }

    /// One direct seller's trials: draws, attainment, pay, totals and tallies.
    @inline(__always)
    private func payDirectSeller(_ seller: Int, count: Int, predrawn: UnsafeMutablePointer<Double>? = nil) {
        let logMedian = scratch.logMedian.baseAddress!
        let sigma = scratch.sigma.baseAddress!
        let normals = scratch.normals.baseAddress!
        let attainments = scratch.attainments.baseAddress!
        let bins = scratch.bins.baseAddress!
        let revenue = scratch.revenue.baseAddress!
        let sellersAtQuota = scratch.sellersAtQuota.baseAddress!
        do {
            let logSkill = model.directLogSkill[seller]
            let quota = model.directQuota[seller]
            let targetIncentive = model.directTargetIncentive[seller]
            let payout = payouts.plan(model.directPlan[seller])
            let histogram = tally.sellerHistogram.baseAddress! + seller * AttainmentBins.count

            if seller + 1 < model.directQuota.count { tally.prefetchHistogram(ofSeller: seller + 1) }

            // 1. Normal draws.
            if let predrawn {
                normals.update(from: predrawn, count: count)
            } else {
                for trial in 0..<count { normals[trial] = generator.standardNormal() }
            }

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
            let payTotal = payout.hasCrowdedBins
                ? payAndCount(count: count, targetIncentive: targetIncentive, histogram: histogram) {
                    payout.searchingCrowdedBins($0, bin: $1)
                }
                : payAndCount(count: count, targetIncentive: targetIncentive, histogram: histogram) {
                    payout($0, bin: $1)
                }
            if tracksCells {
                // Pay is recomputed here rather than stored in the pass above, so that a plan without
                // breakdowns runs exactly the plain loop (the breakdown path is measured separately).
                let cellPay = scratch.cellPay.baseAddress! + model.directCell[seller] * scratch.capacity
                let cellBookings = scratch.cellBookings.baseAddress! + model.directCell[seller] * scratch.capacity
                for trial in 0..<count {
                    let bin = AttainmentBins.bin(fromBits: bins[trial])
                    let multiple = payout.hasCrowdedBins
                        ? payout.searchingCrowdedBins(attainments[trial], bin: bin) : payout(attainments[trial], bin: bin)
                    cellPay[trial] += targetIncentive * multiple
                    cellBookings[trial] += attainments[trial] * quota
                }
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
    /// counts the bin in the seller's and the year type's histograms. Returns the seller's total
    /// pay over the chunk.
    @inline(__always)
    private func payAndCount(count: Int, targetIncentive: Double, histogram: UnsafeMutablePointer<UInt32>,
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
            sellersAtTarget[trial] &+= Self.atLeastOne(multiple)
            histogram[bin] &+= 1
            population[populationOffset[trial] &+ bin] &+= 1
        }
        return payTotal
    }

    /// Managers and overlays: paid on the bookings credited to them; no revenue of their own.
    func payCreditedSellers(count: Int) {
        let directCount = model.directQuota.count
        for slot in 0..<model.creditedQuota.count {
            let quota = model.creditedQuota[slot]
            let targetIncentive = model.creditedTargetIncentive[slot]
            let payout = payouts.plan(model.creditedPlan[slot])
            let credited = scratch.creditedBookings.baseAddress! + slot * scratch.capacity
            let histogram = tally.sellerHistogram.baseAddress! + (directCount + slot) * AttainmentBins.count
            let cellPay = tracksCells ? scratch.cellPay.baseAddress! + model.creditedCell[slot] * scratch.capacity : nil
            var payTotal = 0.0
            let binLookup = AttainmentBins.Lookup.shared
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
                histogram[binLookup.bin(forAttainment: attainment)] &+= 1
            }
            tally.addPay(payTotal, toSeller: directCount + slot)
        }
    }
}
