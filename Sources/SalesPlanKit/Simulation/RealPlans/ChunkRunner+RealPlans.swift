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
        let variableComp = scratch.variableComp.baseAddress!
        let populationOffset = scratch.populationOffset.baseAddress!
        let population = tally.populationHistogram.baseAddress!
        let renewalRatio = planScratch.renewalRatio.baseAddress!
        let spifRow = planScratch.row(.spifPay), clawbackRow = planScratch.row(.clawback)
        let topUpRow = planScratch.row(.drawTopUp), renewedRow = planScratch.row(.renewed)
        let lostRow = planScratch.row(.revenueLost), departuresRow = planScratch.row(.departures)
        let creditedRow = planScratch.row(.creditedBookings), baseRow = planScratch.row(.baseSalary)
        let countsRenewals = real.renewalsCountTowardGoal
        let seatBookings = planScratch.seatBookings.baseAddress!, seatNewBookings = planScratch.seatNewBookings.baseAddress!
        let seatPay = planScratch.seatPay.baseAddress!
        let sellersAtQuota = scratch.sellersAtQuota.baseAddress!, sellersAtTarget = scratch.sellersAtTarget.baseAddress!

        for seller in 0..<model.directQuota.count {
            let seat = real.directSeats[seller]
            let plan = seat.plan
            let planIndex = model.directPlan[seller]
            let churn = planScratch.churn.baseAddress! + planIndex * scratch.capacity
            let slot = model.directDrawSlot[seller]
            let normals = draws.normals.baseAddress! + slot * draws.capacity
            let extra = (0..<plan.extraNormals).map { draws.extraNormalRow(slot: slot, measure: $0) }
            let leave = draws.uniformRow(sellerSlot: slot, index: 0)
            let logSkill = model.directLogSkill[seller]
            let histogram = tally.sellerHistogram.baseAddress! + seller * AttainmentBins.count
            let renewalMeasure = plan.measures.firstIndex { $0.credits == .renewals }
            let needsMeasureLoop = plan.extraNormals > 0 || renewalMeasure != nil
            let credits = real.directCredits[seller]
            let cellPay = tracksCells ? scratch.cellPay.baseAddress! + model.directCell[seller] * scratch.capacity : nil
            let cellBookings = tracksCells ? scratch.cellBookings.baseAddress! + model.directCell[seller] * scratch.capacity : nil
            let parts = tracksParts ? model.goalParts.sharesOfDirectSeller[seller] : []
            let shareClass = real.marketing.map { $0.shareOfDirect[seller] }
            let marketingShift = shareClass.map { planScratch.marketingShift.baseAddress! + $0 * scratch.capacity }
            attainmentPass(plan: plan, logSkill: logSkill, marketingShift: marketingShift, normals: normals, extra: extra,
                           count: count, needsMeasureLoop: needsMeasureLoop)
            let logPrimaryRow = planScratch.logPrimary.baseAddress!, primaryRow = planScratch.primary.baseAddress!
            let measureRows = planScratch.measureAttainment.baseAddress!
            var payTotal = 0.0
            // Constants of the plain year (in seat all year, ramped, not leaving: most seats in
            // most trials), hoisted so the common case is a few multiplies and the plan's curves.
            let plainSeat = seat.isPlainYear, attritionRate = seat.attritionRate
            let quota = seat.quota, targetIncentive = seat.targetIncentive, renewalBase = seat.renewalBase
            let hasRenewals = renewalBase != 0
            let spifs = real.spifIndexes(eligible: real.directEligible, seller: seller)
            let fullYear = SeatCalendar.Year(incumbentMonths: 12, incumbentProductivity: 12, incumbentLastMonth: 12, departed: false)
            if plainSeat { for trial in 0..<count { baseRow[trial] += seat.baseSalary } }
            for trial in 0..<count {
                let primary = primaryRow[trial]
                var attainments = MeasureAttainments(repeating: primary)
                if needsMeasureLoop {
                    for index in 0..<plan.count where plan.ownRow[index] >= 0 || plan.isRenewals[index] {
                        attainments[index] = measureRows[index * scratch.capacity + trial]
                    }
                }
                let renewed = hasRenewals
                    ? renewalBase * (real.renewalMean * (renewalMeasure.map { attainments[$0] } ?? renewalRatio[trial])) : 0
                let newBookings: Double, planPay: Double, attainment: Double, multiple: Double, bin: Int
                var year = fullYear
                if plainSeat && leave[trial] >= attritionRate {
                    let gross = plan.multiple(attainments)
                    let churnRate = churn[trial]
                    let net = churnRate > 0 ? plan.multiple(attainments, netOfChurn: 1 - churnRate) : gross
                    newBookings = primary * quota
                    planPay = targetIncentive * net
                    clawbackRow[trial] += targetIncentive * (gross - net)
                    attainment = primary
                    multiple = gross
                    bin = AttainmentBins.bin(forLog: logPrimaryRow[trial])
                } else {
                    let outcome = seat.outcome(primary: primary, attainments: attainments, leaveUniform: leave[trial],
                                               renewalFactor: 0, churn: churn[trial])
                    newBookings = outcome.bookings
                    planPay = outcome.pay
                    attainment = outcome.attainment
                    multiple = outcome.multiple
                    year = outcome.year
                    bin = AttainmentBins.bin(forLog: attainment == primary ? logPrimaryRow[trial] : log(Swift.max(attainment, 1e-300)))
                    clawbackRow[trial] += outcome.clawback
                    topUpRow[trial] += outcome.drawTopUp
                    lostRow[trial] += outcome.revenueLost
                    departuresRow[trial] += outcome.departed ? 1 : 0
                    baseRow[trial] += outcome.baseSalary - (plainSeat ? seat.baseSalary : 0)
                }
                let spif = spifs.isEmpty ? 0 : spifPay(real, spifs: spifs, slot: slot, draws: draws, trial: trial,
                                                       primary: primary, seat: seat, year: year)
                let bookings = newBookings + (countsRenewals ? renewed : 0)
                let pay = planPay + spif
                revenue[trial] += bookings
                variableComp[trial] += pay
                payTotal += pay
                sellersAtQuota[trial] &+= Self.atLeastOne(attainment)
                sellersAtTarget[trial] &+= Self.atLeastOne(multiple)
                histogram[bin] &+= 1
                population[populationOffset[trial] &+ bin] &+= 1
                spifRow[trial] += spif
                renewedRow[trial] += renewed
                seatBookings[trial] = bookings
                seatNewBookings[trial] = newBookings
                seatPay[trial] = pay
            }
            // Spread the seat's figures row by row (streaming), as the fast path does.
            for credit in credits {
                let row = scratch.creditedBookings.baseAddress! + credit.slot * scratch.capacity
                for trial in 0..<count {
                    row[trial] += credit.share * seatNewBookings[trial]
                    creditedRow[trial] += credit.share * seatNewBookings[trial]
                }
            }
            if let cellPay, let cellBookings {
                for trial in 0..<count {
                    cellPay[trial] += seatPay[trial]
                    cellBookings[trial] += seatBookings[trial]
                }
            }
            for (part, share) in parts {
                let row = scratch.partBookings.baseAddress! + part * scratch.capacity
                for trial in 0..<count { row[trial] += seatBookings[trial] * share }
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
    }
}
