import Foundation

/// The general path's managers, overlays, sales engineers and BDRs, and the SPIFs every seat may
/// earn.
extension ChunkRunner {
    func payCreditedSeats(_ real: RealPlanModel, draws: ChunkDraws, count: Int) {
        let planScratch = scratch.realPlan!
        let directCount = model.directQuota.count
        let variableComp = scratch.variableComp.baseAddress!
        let sellersAtQuota = scratch.sellersAtQuota.baseAddress!, sellersAtTarget = scratch.sellersAtTarget.baseAddress!
        let creditedAtQuota = scratch.creditedAtQuota.baseAddress!
        let renewalRatio = planScratch.renewalRatio.baseAddress!
        let spifRow = planScratch.row(.spifPay), clawbackRow = planScratch.row(.clawback)
        let topUpRow = planScratch.row(.drawTopUp), departuresRow = planScratch.row(.departures)
        let baseRow = planScratch.row(.baseSalary)
        for slot in 0..<model.creditedQuota.count {
            let seat = real.creditedSeats[slot]
            let plan = seat.plan
            let quota = model.creditedQuota[slot]
            let churn = planScratch.churn.baseAddress! + model.creditedPlan[slot] * scratch.capacity
            let drawSlot = draws.layout.directSlots + model.creditedDrawSlot[slot]
            let leave = draws.uniformRow(sellerSlot: drawSlot, index: 0)
            let credited = scratch.creditedBookings.baseAddress! + slot * scratch.capacity
            let histogram = tally.sellerHistogram.baseAddress! + (directCount + slot) * AttainmentBins.count
            let cellPay = tracksCells ? scratch.cellPay.baseAddress! + model.creditedCell[slot] * scratch.capacity : nil
            var payTotal = 0.0
            let spifs = real.spifIndexes(eligible: real.creditedEligible, seller: slot)
            for trial in 0..<count {
                let attainment = credited[trial] / quota
                var attainments = MeasureAttainments(repeating: attainment)
                for index in 0..<plan.count where plan.isRenewals[index] {
                    attainments[index] = renewalRatio[trial]
                }
                let outcome = seat.isPlainYear(leaveUniform: leave[trial])
                    ? seat.plainYear(primary: attainment, attainments: attainments, renewalFactor: 0, churn: churn[trial])
                    : seat.outcome(primary: attainment, attainments: attainments, leaveUniform: leave[trial],
                                   renewalFactor: 0, churn: churn[trial])
                let spif = spifPay(real, spifs: spifs, slot: drawSlot, draws: draws,
                                   trial: trial, primary: attainment, seat: seat, year: outcome.year)
                let pay = outcome.pay + spif
                variableComp[trial] += pay
                payTotal += pay
                cellPay?[trial] += pay
                sellersAtQuota[trial] &+= Self.atLeastOne(attainment)
                creditedAtQuota[trial] &+= Self.atLeastOne(attainment)
                sellersAtTarget[trial] &+= Self.atLeastOne(outcome.multiple)
                histogram[AttainmentBins.bin(forLog: log(Swift.max(attainment, 1e-300)))] &+= 1
                spifRow[trial] += spif
                clawbackRow[trial] += outcome.clawback
                topUpRow[trial] += outcome.drawTopUp
                departuresRow[trial] += outcome.departed ? 1 : 0
                baseRow[trial] += outcome.baseSalary
            }
            tally.addPay(payTotal, toSeller: directCount + slot)
        }
    }

    /// SPIF payouts of one seat in one trial: per-deal SPIFs pay `amount` × a Poisson count with
    /// mean `deals_per_seller` × months in seat ÷ 12; attainment-by-month SPIFs pay `amount` when
    /// the incumbent's bookings by the end of the month reach `reach` × quota.
    @inline(__always)
    func spifPay(_ real: RealPlanModel, spifs: [Int], slot: Int, draws: ChunkDraws,
                 trial: Int, primary: Double, seat: SeatYear, year: SeatCalendar.Year) -> Double {
        var pay = 0.0
        for index in spifs {
            if let dealsPerSeller = real.spifDeals[index] {
                let months = year.incumbentMonths + year.replacementMonths
                let uniform = draws.uniformRow(sellerSlot: slot, index: 1 + index)[trial]
                let count = months == 12
                    ? real.spifFullYearCounts[index].count(uniform)
                    : PoissonQuantile.value(uniform, mean: dealsPerSeller * Double(months) / 12)
                pay += real.spifAmount[index] * Double(count)
            } else {
                let productivity = seat.calendar.incumbentProductivity(through: real.spifMonth[index], lastMonth: year.incumbentLastMonth)
                if primary * productivity / 12 >= real.spifReach[index] { pay += real.spifAmount[index] }
            }
        }
        return pay
    }
}
