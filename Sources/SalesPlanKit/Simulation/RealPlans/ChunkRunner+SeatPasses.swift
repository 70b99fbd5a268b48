/// The passes of the general path's seat loop. A seat's trials are computed in short loops over
/// the chunk, each touching a few rows: the plan's multiples, the plain year's figures for every
/// trial, then the few trials that are not a plain year (a departure, a hire still ramping, a
/// draw) overwritten through ``SeatYear/outcome(primary:attainments:leaveUniform:renewalFactor:churn:)``,
/// then the sums. One loop doing all of it per trial kept some thirty pointers live and spent
/// its time moving them between registers and the stack.
extension ChunkRunner {
    /// Where each measure's attainment comes from in the multiples pass: measure `index` reads
    /// `row[trial]`; measures not listed read the seat's primary attainment.
    struct MeasureSource {
        var index: Int
        var row: UnsafeMutablePointer<Double>
    }

    /// The plan's pay multiple of every trial, gross and net of the trial's churn, as if the
    /// trial were a plain year: into the seat rows `seatGross` and `seatNet`.
    func multiplesPass(plan: RealPlanPay, sources: [MeasureSource], churn: UnsafeMutablePointer<Double>, count: Int) {
        let planScratch = scratch.realPlan!
        let primary = planScratch.primary.baseAddress!
        let gross = planScratch.seatGross.baseAddress!, net = planScratch.seatNet.baseAddress!
        let lanes = 4, whole = count - count % lanes
        withUnsafeTemporaryAllocation(of: RealPlanPay.Lanes.self, capacity: MeasureAttainments.capacity) { attainments in
            sources.withUnsafeBufferPointer { sources in
                var trial = 0
                while trial < whole {
                    let primaryLanes = RealPlanPay.Lanes(primary[trial], primary[trial + 1], primary[trial + 2], primary[trial + 3])
                    for index in 0..<plan.count { attainments[index] = primaryLanes }
                    for source in sources {
                        attainments[source.index] = RealPlanPay.Lanes(source.row[trial], source.row[trial + 1],
                                                                     source.row[trial + 2], source.row[trial + 3])
                    }
                    let churnRate = RealPlanPay.Lanes(churn[trial], churn[trial + 1], churn[trial + 2], churn[trial + 3])
                    let multiple = plan.multiple(lanes: attainments.baseAddress!)
                    // Where the churn rate is 0 the net multiple is the gross one (as in one trial).
                    var netMultiple = multiple
                    if any(churnRate .> 0) {
                        netMultiple.replace(with: plan.multiple(lanes: attainments.baseAddress!, netOfChurn: 1 - churnRate),
                                            where: churnRate .> 0)
                    }
                    for lane in 0..<lanes {
                        gross[trial + lane] = multiple[lane]
                        net[trial + lane] = netMultiple[lane]
                    }
                    trial += lanes
                }
                for trial in whole..<count {
                    var attainments = MeasureAttainments(repeating: primary[trial])
                    for source in sources { attainments[source.index] = source.row[trial] }
                    let multiple = plan.multiple(attainments)
                    let churnRate = churn[trial]
                    gross[trial] = multiple
                    net[trial] = churnRate > 0 ? plan.multiple(attainments, netOfChurn: 1 - churnRate) : multiple
                }
            }
        }
    }

    /// The trials of a seat that are not a plain year, listed in `exceptions`: all of them for a
    /// seat that is never plain, else those whose departure uniform falls below the attrition
    /// rate (collected without a branch). Returns how many.
    func collectExceptions(seat: SeatYear, leave: UnsafeMutablePointer<Double>, count: Int) -> Int {
        let exceptions = scratch.realPlan!.exceptions.baseAddress!
        guard seat.isPlainYear else {
            for trial in 0..<count { exceptions[trial] = trial }
            return count
        }
        let rate = seat.attritionRate
        var found = 0
        for trial in 0..<count {
            exceptions[found] = trial
            // 1 when leave − rate < 0 (its sign bit set): the seller leaves in this trial.
            found &+= Int(truncatingIfNeeded: (leave[trial] - rate).bitPattern >> 63)
        }
        return found
    }

    /// SPIF pay of a seat in every trial as a whole year in seat, into `seatSpif`.
    func plainSpifPass(_ real: RealPlanModel, spifs: [Int], slot: Int, draws: ChunkDraws, seat: SeatYear, count: Int) {
        let planScratch = scratch.realPlan!
        let primary = planScratch.primary.baseAddress!, spifPaid = planScratch.seatSpif.baseAddress!
        let fullYear = SeatCalendar.Year(incumbentMonths: 12, incumbentProductivity: 12, incumbentLastMonth: 12, departed: false)
        for trial in 0..<count {
            spifPaid[trial] = spifPay(real, spifs: spifs, slot: slot, draws: draws, trial: trial,
                                      primary: primary[trial], seat: seat, year: fullYear)
        }
    }

    /// Adds each trial's SPIF pay to the seat's pay and to the SPIF total.
    func addSpifs(count: Int) {
        let planScratch = scratch.realPlan!
        let spifPaid = planScratch.seatSpif.baseAddress!, seatPay = planScratch.seatPay.baseAddress!
        let spifRow = planScratch.row(.spifPay)
        for trial in 0..<count {
            seatPay[trial] += spifPaid[trial]
            spifRow[trial] += spifPaid[trial]
        }
    }

    /// Adds a seat's trials to the chunk's sums: pay, clawback, the at-quota and at-target
    /// counts and the attainment histograms (the population's only for direct sellers, whose
    /// bookings are the company's); returns the seat's pay over the chunk.
    func addSeatToTotals(seller: Int, count: Int, inPopulation: Bool) -> Double {
        let planScratch = scratch.realPlan!
        let variableComp = scratch.variableComp.baseAddress!
        let seatPay = planScratch.seatPay.baseAddress!, clawback = planScratch.seatClawback.baseAddress!
        let clawbackRow = planScratch.row(.clawback)
        var payTotal = 0.0
        for trial in 0..<count {
            variableComp[trial] += seatPay[trial]
            payTotal += seatPay[trial]
            clawbackRow[trial] += clawback[trial]
        }
        let attainment = planScratch.seatAttainment.baseAddress!, multiple = planScratch.seatGross.baseAddress!
        let sellersAtQuota = scratch.sellersAtQuota.baseAddress!, sellersAtTarget = scratch.sellersAtTarget.baseAddress!
        for trial in 0..<count {
            sellersAtQuota[trial] &+= Self.atLeastOne(attainment[trial])
            sellersAtTarget[trial] &+= Self.atLeastOne(multiple[trial])
        }
        let bins = planScratch.seatBin.baseAddress!
        let histogram = tally.sellerHistogram.baseAddress! + seller * AttainmentBins.count
        let populationOffset = scratch.populationOffset.baseAddress!
        let population = tally.populationHistogram.baseAddress!
        if inPopulation {
            for trial in 0..<count {
                let bin = bins[trial]
                histogram[bin] &+= 1
                population[populationOffset[trial] &+ bin] &+= 1
            }
        } else {
            for trial in 0..<count { histogram[bins[trial]] &+= 1 }
        }
        return payTotal
    }
}
