import Foundation

/// The engine's general path: a chunk of trials for a scenario with real-plan features
/// (measures on their own attainments, gates, clawbacks, draws, attrition and ramp, renewals,
/// SPIFs, credit shares). Each seat's trial goes through ``SeatYear``; the fast path's passes
/// are left untouched for plain plans.
///
/// All of the chunk's numbers are drawn first (``ChunkDraws``, in the layout a comparison
/// shares), so the order of draws does not depend on which features a seller uses.
extension ChunkRunner {
    func runRealPlans(_ real: RealPlanModel, firstTrial: Int, trialCount count: Int, into columns: TrialColumns) {
        let planScratch = scratch.realPlan!
        var runner = self
        if runner.draws == nil {
            planScratch.ownDraws.fill(from: generator, count: count,
                                      drawsShock: model.alwaysDrawsMacroShock || model.macroShockSigma > 0)
            runner.draws = planScratch.ownDraws
        }
        let draws = runner.draws!
        runner.drawYears(firstTrial: firstTrial, count: count, into: columns)
        drawTrialRates(real, draws: draws, count: count)
        runner.payDirectSeats(real, draws: draws, count: count)
        runner.payCreditedSeats(real, draws: draws, count: count)
        runner.storeTotals(firstTrial: firstTrial, count: count, into: columns)
        let target = columns.realPlan!
        for figure in RealPlanColumns.Figure.allCases {
            let from = planScratch.row(figure)
            let to = target.row(figure) + firstTrial
            for trial in 0..<count { to[trial] = from[trial] }
        }
    }

    /// Renewal rate and each plan's churn rate, one uniform each per trial; clears the totals.
    private func drawTrialRates(_ real: RealPlanModel, draws: ChunkDraws, count: Int) {
        let planScratch = scratch.realPlan!
        planScratch.totals.update(repeating: 0)
        let renewalUniforms = draws.trialExtraRow(0)
        let churnUniforms = draws.trialExtraRow(1)
        let renewalRate = planScratch.row(.renewalRate)
        for trial in 0..<count {
            let rate = real.renewalRate(uniform: renewalUniforms[trial])
            renewalRate[trial] = rate
            planScratch.renewalRatio[trial] = rate / real.renewalMean
        }
        if let marketing = real.marketing {
            let uniforms = draws.trialExtraRow(2)
            let successRow = planScratch.row(.marketingSuccess), pipelineRow = planScratch.row(.sourcedPipeline)
            for trial in 0..<count {
                let success = marketing.success(uniform: uniforms[trial])
                successRow[trial] = success
                pipelineRow[trial] = marketing.plannedSourcedPipeline * success
                for (index, share) in marketing.shares.enumerated() {
                    let factor = MarketingJoin.medianFactor(share: share, success: success)
                    planScratch.marketingShift[index * scratch.capacity + trial] = log(factor)
                    planScratch.sourcedFraction[index * scratch.capacity + trial] = share * success / factor
                }
            }
        }
        for (index, plan) in real.plans.enumerated() {
            let churn = planScratch.churn.baseAddress! + index * scratch.capacity
            for trial in 0..<count {
                churn[trial] = plan.churnQuantile.map { $0(churnUniforms[trial]) } ?? 0
            }
        }
    }

    private func payDirectSeats(_ real: RealPlanModel, draws: ChunkDraws, count: Int) {
        let planScratch = scratch.realPlan!
        let revenue = scratch.revenue.baseAddress!
        let renewalRatio = planScratch.renewalRatio.baseAddress!
        let topUpRow = planScratch.row(.drawTopUp), renewedRow = planScratch.row(.renewed)
        let lostRow = planScratch.row(.revenueLost), departuresRow = planScratch.row(.departures)
        let baseRow = planScratch.row(.baseSalary)
        let countsRenewals = real.renewalsCountTowardGoal
        let seatPay = planScratch.seatPay.baseAddress!

        for seller in 0..<model.directQuota.count {
            planScratch.selectDirectSeat(seller)
            let seatBookings = planScratch.seatBookings.baseAddress!, seatNewBookings = planScratch.seatNewBookings.baseAddress!
            let seat = real.directSeats[seller]
            let plan = seat.plan
            let planIndex = model.directPlan[seller]
            let churn = planScratch.churn.baseAddress! + planIndex * scratch.capacity
            let slot = model.directDrawSlot[seller]
            let normals = draws.normals.baseAddress! + slot * draws.capacity
            // The seller's extra normals, one row per measure with its own attainment.
            let extra = plan.extraNormals > 0 ? draws.extraNormalRow(slot: slot, measure: 0) : nil
            let leave = draws.uniformRow(sellerSlot: slot, index: 0)
            let logSkill = model.directLogSkill[seller]
            let renewalMeasure = plan.measures.firstIndex { $0.credits == .renewals }
            let needsMeasureLoop = plan.extraNormals > 0 || renewalMeasure != nil
            let cellPay = tracksCells ? scratch.cellPay.baseAddress! + model.directCell[seller] * scratch.capacity : nil
            let cellBookings = tracksCells ? scratch.cellBookings.baseAddress! + model.directCell[seller] * scratch.capacity : nil
            let shareClass = real.marketing.map { $0.shareOfDirect[seller] }
            let marketingShift = shareClass.map { planScratch.marketingShift.baseAddress! + $0 * scratch.capacity }
            attainmentPass(plan: plan, logSkill: logSkill, marketingShift: marketingShift, normals: normals, extra: extra, extraStride: draws.capacity,
                           count: count, needsMeasureLoop: needsMeasureLoop)
            let logPrimaryRow = planScratch.logPrimary.baseAddress!, primaryRow = planScratch.primary.baseAddress!
            let measureRows = planScratch.measureAttainment.baseAddress!
            let plainSeat = seat.isPlainYear, quota = seat.quota, targetIncentive = seat.targetIncentive
            let spifs = real.directSpifs[seller]
            let sources = MeasureRows(indexes: plan.measuresWithOwnRow, base: measureRows, stride: scratch.capacity)
            // Every trial as the seller's year without a departure: a plain year (in seat all
            // year, ramped: most seats), or the seat's steady year (hired or ramping during the
            // year, under a draw); the departures are the exceptions overwritten below.
            let gross = planScratch.seatGross.baseAddress!, net = planScratch.seatNet.baseAddress!
            let clawback = planScratch.seatClawback.baseAddress!, spifPaid = planScratch.seatSpif.baseAddress!
            let attainmentRow = planScratch.seatAttainment.baseAddress!, bins = planScratch.seatBin.baseAddress!
            let steadyYear = seat.steadyYear
            if plainSeat {
                for trial in 0..<count { bins[trial] = AttainmentBins.bin(forLog: logPrimaryRow[trial]) }
                plainMultiplesPass(real, planIndex: planIndex, sources: sources, churn: churn, count: count)
                for trial in 0..<count { baseRow[trial] += seat.baseSalary }
                // Four trials at a time (the compiler does not vectorise five stores on its own).
                let whole = count - count % 4
                for trial in stride(from: 0, to: whole, by: 4) {
                    let newBookings = load(primaryRow, trial) * quota, netMultiple = load(net, trial)
                    store(newBookings, seatNewBookings, trial)
                    store(newBookings, seatBookings, trial)
                    store(targetIncentive * netMultiple, seatPay, trial)
                    store(targetIncentive * (load(gross, trial) - netMultiple), clawback, trial)
                    store(load(primaryRow, trial), attainmentRow, trial)
                }
                for trial in whole..<count {
                    let newBookings = primaryRow[trial] * quota
                    seatNewBookings[trial] = newBookings
                    seatBookings[trial] = newBookings
                    seatPay[trial] = targetIncentive * net[trial]
                    clawback[trial] = targetIncentive * (gross[trial] - net[trial])
                    attainmentRow[trial] = primaryRow[trial]
                }
            } else {
                if steadyYear.incumbentMonths > 0 {
                    multiplesPass(plan: plan, sources: sources,
                                  scale: seat.attainmentScale(months: steadyYear.incumbentMonths,
                                                              productivity: steadyYear.incumbentProductivity),
                                  churn: churn, count: count)
                }
                steadyYearPass(seat: seat, year: steadyYear, count: count)
            }
            if !spifs.isEmpty { spifPass(real, spifs: spifs, slot: slot, draws: draws, seat: seat, year: steadyYear, count: count) }
            let exceptionCount = collectExceptions(seat: seat, leave: leave, count: count)
            let exceptions = planScratch.exceptions.baseAddress!
            let steadyTopUp = planScratch.seatTopUp.baseAddress!, steadyLost = planScratch.seatLost.baseAddress!
            let steadyBase = planScratch.seatBase.baseAddress!
            exceptionOutcomes(seat: seat, sources: sources, leave: leave, churn: churn, count: exceptionCount)
            let outcomes = planScratch.exceptionOutcomes.baseAddress!
            let deal = singleDealSpif(real, spifs: spifs, slot: slot, draws: draws)
            for position in 0..<exceptionCount {
                let trial = exceptions[position]
                let outcome = outcomes[position]
                takeDirectOutcome(outcome, trial: trial, rows: planScratch)
                departuresRow[trial] += outcome.departed ? 1 : 0
                if plainSeat {
                    topUpRow[trial] += outcome.drawTopUp
                    lostRow[trial] += outcome.revenueLost
                    baseRow[trial] += outcome.baseSalary - seat.baseSalary
                } else {
                    steadyTopUp[trial] = outcome.drawTopUp
                    steadyLost[trial] = outcome.revenueLost
                    steadyBase[trial] = outcome.baseSalary
                }
                if !spifs.isEmpty {
                    spifPaid[trial] = departureSpifPay(real, deal: deal, spifs: spifs, slot: slot, draws: draws, leave: leave,
                                                       trial: trial, primary: primaryRow[trial], seat: seat, year: outcome.year)
                }
            }
            if seat.renewalBase != 0 {
                // Renewal base × the trial's renewal rate (× the renewals measure's own factor).
                let factor = renewalMeasure.map { measureRows + $0 * scratch.capacity } ?? renewalRatio
                for trial in 0..<count {
                    let renewed = seat.renewalBase * (real.renewalMean * factor[trial])
                    renewedRow[trial] += renewed
                    if countsRenewals { seatBookings[trial] += renewed }
                }
            }
            if !plainSeat { addSteadyYearFigures(count: count) }
            if !spifs.isEmpty { addSpifs(count: count) }
            for trial in 0..<count { revenue[trial] += seatBookings[trial] }
            let payTotal = addSeatToTotals(seller: seller, count: count, inPopulation: true)
            // Spread the seat's figures row by row (streaming); goal parts and credited sellers
            // after all the seats (``spreadBookings(_:count:)``).
            if let cellPay, let cellBookings {
                for trial in 0..<count {
                    cellPay[trial] += seatPay[trial]
                    cellBookings[trial] += seatBookings[trial]
                }
            }
            if let shareClass, let marketing = real.marketing {
                let fraction = planScratch.sourcedFraction.baseAddress! + shareClass * scratch.capacity
                let sourced = planScratch.row(.sourcedBookings), influenced = planScratch.row(.influencedBookings)
                for trial in 0..<count {
                    sourced[trial] += seatNewBookings[trial] * fraction[trial]
                    influenced[trial] += seatNewBookings[trial] * marketing.influencedShare
                }
            }
            tally.addPay(payTotal, toSeller: seller)
        }
        spreadBookings(tracksParts ? real.spreadWithParts : real.spread, count: count)
    }
}
