import Foundation

/// The passes of the general path's seat loop. A seat's trials are computed in short loops over
/// the chunk, each touching a few rows: the plan's multiples (four trials at a time), every trial
/// as the seller's year without a departure (a plain year, or the steady year of a seat hired or
/// ramping during the year), then the trials in which the seller leaves overwritten
/// (``exceptionOutcomes(seat:sources:leave:churn:count:)``), then the sums. One loop doing all of
/// it per trial kept some thirty pointers live and spent its time moving them between registers
/// and the stack.
extension ChunkRunner {
    /// Where each measure's attainment comes from in the passes: measure `index` of `indexes`
    /// reads `base[index × stride + trial]` (stride 0: every listed measure reads the same row);
    /// measures not listed read the seat's primary attainment.
    struct MeasureRows {
        var indexes: [Int]
        var base: UnsafeMutablePointer<Double>
        var stride: Int

        @inline(__always)
        func row(_ index: Int) -> UnsafeMutablePointer<Double> { base + index * stride }

        /// The trial's attainments: the primary, then each listed measure's own.
        @inline(__always)
        func attainments(primary: Double, trial: Int) -> MeasureAttainments {
            var attainments = MeasureAttainments(repeating: primary)
            for index in indexes { attainments[index] = base[index * stride + trial] }
            return attainments
        }
    }

    /// The plan's pay multiple of every trial, gross and net of the trial's churn, as if the
    /// trial were a plain year: into the seat rows `seatGross` and `seatNet`.
    /// With `scale`, each measure's attainment is first multiplied by its entry (a seat not in
    /// seat all year at full productivity: ``SeatYear/attainmentScale(months:productivity:)``).
    func multiplesPass(plan: RealPlanPay, sources: MeasureRows, scale: MeasureAttainments? = nil,
                       churn: UnsafeMutablePointer<Double>, count: Int) {
        let planScratch = scratch.realPlan!
        let primary = planScratch.primary.baseAddress!
        let gross = planScratch.seatGross.baseAddress!, net = planScratch.seatNet.baseAddress!
        let lanes = 4, whole = count - count % lanes
        withUnsafeTemporaryAllocation(of: RealPlanPay.Lanes.self, capacity: MeasureAttainments.capacity) { attainments in
            sources.indexes.withUnsafeBufferPointer { indexes in
                var trial = 0
                while trial < whole {
                    let primaryLanes = RealPlanPay.Lanes(primary[trial], primary[trial + 1], primary[trial + 2], primary[trial + 3])
                    for index in 0..<plan.count { attainments[index] = primaryLanes }
                    for index in indexes {
                        let row = sources.row(index)
                        attainments[index] = RealPlanPay.Lanes(row[trial], row[trial + 1], row[trial + 2], row[trial + 3])
                    }
                    if let scale { for index in 0..<plan.count { attainments[index] *= RealPlanPay.Lanes(repeating: scale[index]) } }
                    let churnRate = RealPlanPay.Lanes(churn[trial], churn[trial + 1], churn[trial + 2], churn[trial + 3])
                    let (multiple, netMultiple) = plan.multiples(lanes: attainments.baseAddress!, churnRate: churnRate)
                    for lane in 0..<lanes {
                        gross[trial + lane] = multiple[lane]
                        net[trial + lane] = netMultiple[lane]
                    }
                    trial += lanes
                }
                for trial in whole..<count {
                    var attainments = sources.attainments(primary: primary[trial], trial: trial)
                    if let scale { attainments *= scale }
                    let multiple = plan.multiple(attainments)
                    let churnRate = churn[trial]
                    gross[trial] = multiple
                    net[trial] = churnRate > 0 ? plan.multiple(attainments, netOfChurn: 1 - churnRate) : multiple
                }
            }
        }
    }

    /// The plan's pay multiples of every trial of a plain year, into `seatGross` and `seatNet`:
    /// a plan paid on one curve of the bookings attainment (``RealPlanModel/singleCurve``, no
    /// clawback) from the line of each trial's bin in `seatBin`, as the fast path pays (what
    /// ``RealPlanPay/multiple(_:netOfChurn:)`` gives: weight × pay, then the plan cap); any other
    /// through ``multiplesPass(plan:sources:scale:churn:count:)``.
    func plainMultiplesPass(_ real: RealPlanModel, planIndex: Int, sources: MeasureRows, churn: UnsafeMutablePointer<Double>,
                            count: Int) {
        let plan = real.plans[planIndex]
        guard real.singleCurve[planIndex] >= 0 else {
            multiplesPass(plan: plan, sources: sources, churn: churn, count: count)
            return
        }
        let planScratch = scratch.realPlan!
        let primary = planScratch.primary.baseAddress!, bins = planScratch.seatBin.baseAddress!
        let gross = planScratch.seatGross.baseAddress!, net = planScratch.seatNet.baseAddress!
        let curve = real.singleCurves.plan(real.singleCurve[planIndex])
        let weight = plan.weights[0], cap = plan.payoutCap ?? .infinity
        for trial in 0..<count {
            let multiple = Swift.min(weight * curve(primary[trial], bin: bins[trial]), cap)
            gross[trial] = multiple
            net[trial] = multiple
        }
    }

    /// The trials in which a seat's seller may leave, listed in `exceptions`: those whose
    /// departure uniform falls below the attrition rate (collected without a branch). Returns
    /// how many.
    func collectExceptions(seat: SeatYear, leave: UnsafeMutablePointer<Double>, count: Int) -> Int {
        let exceptions = scratch.realPlan!.exceptions.baseAddress!
        let rate = seat.attritionRate
        var found = 0
        for trial in 0..<count {
            exceptions[found] = trial
            // 1 when leave − rate < 0 (its sign bit set): the seller leaves in this trial.
            found &+= Int(truncatingIfNeeded: (leave[trial] - rate).bitPattern >> 63)
        }
        return found
    }

    /// SPIF pay of a seat in every trial of `year` (the seller not leaving), into `seatSpif`:
    /// SPIF by SPIF, each a loop over the trials with its table and amount read once (what
    /// ``spifPay(_:spifs:slot:draws:trial:primary:seat:year:)`` gives, summed in the same order).
    func spifPass(_ real: RealPlanModel, spifs: [Int], slot: Int, draws: ChunkDraws, seat: SeatYear,
                  year: SeatCalendar.Year, count: Int) {
        let planScratch = scratch.realPlan!
        let primary = planScratch.primary.baseAddress!, spifPaid = planScratch.seatSpif.baseAddress!
        spifPaid.update(repeating: 0, count: count)
        for index in spifs {
            let amount = real.spifAmount[index]
            if real.spifDeals[index] != nil {
                let table = real.spifCountTable(index, months: year.incumbentMonths + year.replacementMonths)
                if index == 0 {
                    let leave = draws.uniformRow(sellerSlot: slot, index: 0), recycled = seat.spifUniform
                    for trial in 0..<count {
                        let uniform = recycled(leave[trial])
                        spifPaid[trial] += amount * Double(table.count(uniform))
                    }
                } else {
                    let uniforms = draws.uniformRow(sellerSlot: slot, index: index)
                    for trial in 0..<count { spifPaid[trial] += amount * Double(table.count(uniforms[trial])) }
                }
            } else {
                let productivity = seat.calendar.incumbentProductivity(through: real.spifMonth[index], lastMonth: year.incumbentLastMonth)
                let reach = real.spifReach[index]
                for trial in 0..<count where primary[trial] * productivity / 12 >= reach { spifPaid[trial] += amount }
            }
        }
    }

    /// A seat that is not a plain year even without a departure (hired during the year, still
    /// ramping, or under a draw): every trial as that year, the seller not leaving, through
    /// ``SeatYear/outcome(primary:year:multiples:renewalFactor:)`` with the multiples of the
    /// scaled attainments already in `seatGross` and `seatNet`. The departures are the
    /// exceptions, overwritten after.
    func steadyYearPass(seat: SeatYear, year: SeatCalendar.Year, count: Int) {
        let planScratch = scratch.realPlan!
        let primary = planScratch.primary.baseAddress!
        let gross = planScratch.seatGross.baseAddress!, net = planScratch.seatNet.baseAddress!
        let topUp = planScratch.seatTopUp.baseAddress!, lost = planScratch.seatLost.baseAddress!, base = planScratch.seatBase.baseAddress!
        let inSeat = year.incumbentMonths > 0  // else the multiples were not computed: nobody is paid
        for trial in 0..<count {
            let multiples = SeatYear.Multiples(incumbentGross: inSeat ? gross[trial] : 0, incumbentNet: inSeat ? net[trial] : 0,
                                               replacementGross: 0, replacementNet: 0)
            let outcome = seat.outcome(primary: primary[trial], year: year, multiples: multiples, renewalFactor: 0)
            takeDirectOutcome(outcome, trial: trial, rows: planScratch)
            topUp[trial] = outcome.drawTopUp
            lost[trial] = outcome.revenueLost
            base[trial] = outcome.baseSalary
        }
    }

    /// Adds a steady-year seat's draw top-ups, revenue lost and base salary to the chunk's sums.
    func addSteadyYearFigures(count: Int) {
        let planScratch = scratch.realPlan!
        let topUp = planScratch.seatTopUp.baseAddress!, lost = planScratch.seatLost.baseAddress!, base = planScratch.seatBase.baseAddress!
        let topUpRow = planScratch.row(.drawTopUp), lostRow = planScratch.row(.revenueLost), baseRow = planScratch.row(.baseSalary)
        for trial in 0..<count {
            topUpRow[trial] += topUp[trial]
            lostRow[trial] += lost[trial]
            baseRow[trial] += base[trial]
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
        for trial in 0..<count {
            variableComp[trial] += seatPay[trial]
            clawbackRow[trial] += clawback[trial]
        }
        // The seat's pay over the chunk in four running sums, trials t, t + 4, ... each: one sum
        // added trial after trial waited on the previous addition every time. (A fixed order, so
        // the same bits on any number of threads.)
        var sums = SIMD4<Double>()
        let whole = count - count % 4
        for trial in stride(from: 0, to: whole, by: 4) {
            sums += SIMD4(seatPay[trial], seatPay[trial + 1], seatPay[trial + 2], seatPay[trial + 3])
        }
        var payTotal = (sums[0] + sums[1]) + (sums[2] + sums[3])
        for trial in whole..<count { payTotal += seatPay[trial] }
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
