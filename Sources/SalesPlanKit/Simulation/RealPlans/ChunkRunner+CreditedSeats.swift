import Foundation

/// The general path's managers, overlays, sales engineers and BDRs, and the SPIFs every seat may
/// earn.
extension ChunkRunner {
    func payCreditedSeats(_ real: RealPlanModel, draws: ChunkDraws, count: Int) {
        let planScratch = scratch.realPlan!
        let directCount = model.directQuota.count
        let creditedAtQuota = scratch.creditedAtQuota.baseAddress!
        let renewalRatio = planScratch.renewalRatio.baseAddress!
        let topUpRow = planScratch.row(.drawTopUp), departuresRow = planScratch.row(.departures)
        let baseRow = planScratch.row(.baseSalary)
        let primary = planScratch.primary.baseAddress!, attainmentRow = planScratch.seatAttainment.baseAddress!
        let gross = planScratch.seatGross.baseAddress!, net = planScratch.seatNet.baseAddress!
        let seatPay = planScratch.seatPay.baseAddress!, clawback = planScratch.seatClawback.baseAddress!
        let spifPaid = planScratch.seatSpif.baseAddress!, bins = planScratch.seatBin.baseAddress!
        let seatBase = planScratch.seatBase.baseAddress!, exceptions = planScratch.exceptions.baseAddress!
        for slot in 0..<model.creditedQuota.count {
            let seat = real.creditedSeats[slot]
            let plan = seat.plan
            let quota = model.creditedQuota[slot]
            let churn = planScratch.churn.baseAddress! + model.creditedPlan[slot] * scratch.capacity
            let drawSlot = draws.layout.directSlots + model.creditedDrawSlot[slot]
            let leave = draws.uniformRow(sellerSlot: drawSlot, index: 0)
            let credited = scratch.creditedBookings.baseAddress! + slot * scratch.capacity
            let spifs = real.creditedSpifs[slot]
            // The credited attainment stands for every measure but renewals, which are paid on
            // the trial's renewal rate ÷ its mean.
            let sources = MeasureRows(indexes: plan.renewalsMeasures, base: renewalRatio, stride: 0)
            let binLookup = AttainmentBins.Lookup.shared
            for trial in 0..<count {
                let attainment = credited[trial] / quota
                primary[trial] = attainment
                attainmentRow[trial] = attainment
                bins[trial] = binLookup.bin(forAttainment: attainment)
            }
            // Every trial as a plain year; the trials that are not are overwritten below.
            let exceptionCount: Int
            if seat.isPlainYear {
                plainMultiplesPass(real, planIndex: model.creditedPlan[slot], sources: sources, churn: churn, count: count)
                for trial in 0..<count {
                    seatPay[trial] = seat.targetIncentive * net[trial]
                    clawback[trial] = seat.targetIncentive * (gross[trial] - net[trial])
                    seatBase[trial] = seat.baseSalary
                }
                if !spifs.isEmpty {
                    spifPass(real, spifs: spifs, slot: drawSlot, draws: draws, seat: seat,
                             year: seat.steadyYear, count: count)
                }
                exceptionCount = collectExceptions(seat: seat, leave: leave, count: count)
            } else {
                for trial in 0..<count { exceptions[trial] = trial }
                exceptionCount = count
            }
            exceptionOutcomes(seat: seat, sources: sources, leave: leave, churn: churn, count: exceptionCount)
            let outcomes = planScratch.exceptionOutcomes.baseAddress!
            let deal = singleDealSpif(real, spifs: spifs, slot: drawSlot, draws: draws)
            for position in 0..<exceptionCount {
                let trial = exceptions[position]
                let outcome = outcomes[position]
                takeOutcome(outcome, trial: trial, rows: planScratch)
                departuresRow[trial] += outcome.departed ? 1 : 0
                seatBase[trial] = outcome.baseSalary
                topUpRow[trial] += outcome.drawTopUp
                if !spifs.isEmpty {
                    spifPaid[trial] = departureSpifPay(real, deal: deal, spifs: spifs, slot: drawSlot, draws: draws, leave: leave,
                                                       trial: trial, primary: primary[trial], seat: seat, year: outcome.year)
                }
            }
            if !spifs.isEmpty { addSpifs(count: count) }
            for trial in 0..<count {
                baseRow[trial] += seatBase[trial]
                creditedAtQuota[trial] &+= Self.atLeastOne(attainmentRow[trial])
            }
            if tracksCells {
                let cellPay = scratch.cellPay.baseAddress! + model.creditedCell[slot] * scratch.capacity
                for trial in 0..<count { cellPay[trial] += seatPay[trial] }
            }
            let payTotal = addSeatToTotals(seller: directCount + slot, count: count, inPopulation: false)
            tally.addPay(payTotal, toSeller: directCount + slot)
        }
    }

    /// A seat's SPIFs when they are a single per-deal SPIF (the usual case), read once per seat
    /// for its departures: the amount, the deal-count tables by months in seat, and the SPIF's
    /// own uniforms (nil: SPIF 0, which recycles the departure uniform). nil otherwise (then
    /// ``spifPay(_:spifs:slot:draws:trial:primary:seat:year:)`` trial by trial).
    func singleDealSpif(_ real: RealPlanModel, spifs: [Int], slot: Int, draws: ChunkDraws)
        -> (amount: Double, byMonths: UnsafeMutablePointer<PoissonTable>, uniforms: UnsafeMutablePointer<Double>?)? {
        guard spifs.count == 1, real.spifDeals[spifs[0]] != nil else { return nil }
        let index = spifs[0]
        return (real.spifAmount[index], real.spifCounts.tables.baseAddress! + real.spifCountTableStart(index),
                index == 0 ? nil : draws.uniformRow(sellerSlot: slot, index: index))
    }

    /// SPIF pay of a seat in a trial that is not its steady year: from the single per-deal
    /// SPIF's tables when there is one (``singleDealSpif(_:spifs:slot:draws:)``), else through
    /// ``spifPay(_:spifs:slot:draws:trial:primary:seat:year:)``.
    @inline(__always)
    func departureSpifPay(_ real: RealPlanModel, deal: (amount: Double, byMonths: UnsafeMutablePointer<PoissonTable>,
                                                        uniforms: UnsafeMutablePointer<Double>?)?,
                          spifs: [Int], slot: Int, draws: ChunkDraws, leave: UnsafeMutablePointer<Double>, trial: Int,
                          primary: Double, seat: SeatYear, year: SeatCalendar.Year) -> Double {
        guard let deal else {
            return spifPay(real, spifs: spifs, slot: slot, draws: draws, trial: trial, primary: primary, seat: seat, year: year)
        }
        let uniform = deal.uniforms?[trial] ?? seat.spifUniform(leave[trial])
        return deal.amount * Double(deal.byMonths[year.incumbentMonths + year.replacementMonths].count(uniform))
    }

    /// SPIF payouts of one seat in one trial: per-deal SPIFs pay `amount` × a Poisson count with
    /// mean `deals_per_seller` × months in seat ÷ 12; attainment-by-month SPIFs pay `amount` when
    /// the incumbent's bookings by the end of the month reach `reach` × quota.
    @inline(__always)
    func spifPay(_ real: RealPlanModel, spifs: [Int], slot: Int, draws: ChunkDraws,
                 trial: Int, primary: Double, seat: SeatYear, year: SeatCalendar.Year) -> Double {
        var pay = 0.0
        for index in spifs {
            if real.spifDeals[index] != nil {
                let months = year.incumbentMonths + year.replacementMonths
                let uniform = index == 0
                    ? seat.spifUniform(draws.uniformRow(sellerSlot: slot, index: 0)[trial])
                    : draws.uniformRow(sellerSlot: slot, index: index)[trial]
                let count = real.spifCountTable(index, months: months).count(uniform)
                pay += real.spifAmount[index] * Double(count)
            } else {
                let productivity = seat.calendar.incumbentProductivity(through: real.spifMonth[index], lastMonth: year.incumbentLastMonth)
                if primary * productivity / 12 >= real.spifReach[index] { pay += real.spifAmount[index] }
            }
        }
        return pay
    }
}
