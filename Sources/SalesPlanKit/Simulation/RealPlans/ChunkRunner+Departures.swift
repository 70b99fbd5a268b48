import Foundation

/// The general path's trials in which a seller leaves: the seat's vacancy and a ramping
/// replacement, through ``SeatYear``'s three steps.
extension ChunkRunner {
    /// Trial `trial` of a seat takes an outcome into the seat rows: its pay, clawback and
    /// multiple. (What differs between direct seats and managers or overlays, the caller writes.)
    /// Takes only the outcome: passing the seat or the model here cost a retain per trial.
    @inline(__always)
    func takeOutcome(_ outcome: SeatYear.Outcome, trial: Int, rows planScratch: RealPlanScratch) {
        planScratch.seatPay[trial] = outcome.pay
        planScratch.seatClawback[trial] = outcome.clawback
        planScratch.seatGross[trial] = outcome.multiple
    }

    /// A direct seat's trial takes an outcome: ``takeOutcome(_:trial:rows:)``, its bookings, and
    /// the incumbent's attainment with its histogram bin (from the log at hand when the
    /// attainment is the primary one, as in a full year in seat, else from the attainment).
    @inline(__always)
    func takeDirectOutcome(_ outcome: SeatYear.Outcome, trial: Int, rows planScratch: RealPlanScratch) {
        takeOutcome(outcome, trial: trial, rows: planScratch)
        planScratch.seatNewBookings[trial] = outcome.bookings
        planScratch.seatBookings[trial] = outcome.bookings
        planScratch.seatAttainment[trial] = outcome.attainment
        planScratch.seatBin[trial] = outcome.attainment == planScratch.primary[trial]
            ? AttainmentBins.bin(forLog: planScratch.logPrimary[trial])
            : AttainmentBins.Lookup.shared.bin(forAttainment: outcome.attainment)
    }

    /// The outcomes of a seat's exceptions (``collectExceptions(seat:leave:count:)``) into
    /// `exceptionOutcomes`, four trials at a time: who is in the seat in each trial, the
    /// attainments each person is paid on as lanes of four trials measure by measure (what
    /// ``SeatYear/people(attainments:leaveUniform:)`` gives, lane by lane, with as many
    /// divisions as the plan has measures, not eight per trial), the plan's multiples on them,
    /// then each outcome from its multiples.
    ///
    /// In a plain seat (``SeatYear/isPlainYear``) an incumbent who leaves was in seat ramped
    /// until then, so their attainments are the year's own (scaled by exactly 1) and their
    /// multiples the plain pass's, already in `seatGross` and `seatNet`: only the replacement's
    /// are worked out.
    func exceptionOutcomes(seat: SeatYear, sources: MeasureRows, leave: UnsafeMutablePointer<Double>,
                           churn: UnsafeMutablePointer<Double>, count exceptionCount: Int) {
        typealias Lanes = RealPlanPay.Lanes
        let planScratch = scratch.realPlan!
        let primary = planScratch.primary.baseAddress!
        let exceptions = planScratch.exceptions.baseAddress!, outcomes = planScratch.exceptionOutcomes.baseAddress!
        let plan = seat.plan, width = MeasureAttainments.capacity
        let plainGross = planScratch.seatGross.baseAddress!, plainNet = planScratch.seatNet.baseAddress!
        let incumbentIsPlain = seat.isPlainYear, relief = plan.rampQuotaRelief
        withUnsafeTemporaryAllocation(of: SeatCalendar.Year.self, capacity: 4) { years in
            withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<Double>.self, capacity: width) { rows in
                // The row each measure's full-year attainment is read from.
                for index in 0..<plan.count { rows[index] = primary }
                for index in sources.indexes { rows[index] = sources.row(index) }
                withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 2 * width) { lanes in
                    var position = 0
                    while position < exceptionCount {
                        let group = Swift.min(4, exceptionCount - position)
                        var trials = SIMD4<Int>()
                        var churnRate = Lanes(), incumbentGross = Lanes(), incumbentNet = Lanes()
                        var incumbentMonths = Lanes(), incumbentProductivity = Lanes()
                        var replacementMonths = Lanes(), replacementProductivity = Lanes()
                        for lane in 0..<4 {
                            let trial = exceptions[position + Swift.min(lane, group - 1)]  // a short group repeats its last
                            trials[lane] = trial
                            let year = seat.calendar.year(leaveUniform: leave[trial], rate: seat.attritionRate,
                                                          vacancyMonths: seat.vacancyMonths)
                            years[lane] = year
                            incumbentMonths[lane] = Double(year.incumbentMonths)
                            incumbentProductivity[lane] = year.incumbentProductivity
                            replacementMonths[lane] = Double(year.replacementMonths)
                            replacementProductivity[lane] = year.replacementProductivity
                            churnRate[lane] = churn[trial]
                            incumbentGross[lane] = plainGross[trial]
                            incumbentNet[lane] = plainNet[trial]
                        }
                        // ``SeatYear/attainmentScale(months:productivity:)`` lane by lane (a person
                        // not in seat gets a scale of no use: their multiples are not used).
                        let incumbentFactor = incumbentProductivity / incumbentMonths
                        let replacementFactor = replacementProductivity / replacementMonths
                        for index in 0..<plan.count {
                            let row = rows[index]
                            let attainment = Lanes(row[trials[0]], row[trials[1]], row[trials[2]], row[trials[3]])
                            let scales = seat.scalesWithSeat[index]
                            let replaced = attainment / seat.replacementDivisor[index]
                            if relief {
                                lanes[index] = attainment
                                lanes[width + index] = replaced
                            } else {
                                lanes[index] = attainment * (1 + scales * (incumbentFactor - 1))
                                lanes[width + index] = replaced * (1 + scales * (replacementFactor - 1))
                            }
                        }
                        if !incumbentIsPlain {
                            (incumbentGross, incumbentNet) = plan.multiples(lanes: lanes.baseAddress!, churnRate: churnRate)
                        }
                        var (replacementGross, replacementNet) = plan.multiples(lanes: lanes.baseAddress! + width, churnRate: churnRate)
                        for lane in 0..<group {
                            // A person not in seat is paid nothing (their multiples are not used).
                            let year = years[lane]
                            if year.incumbentMonths == 0 { incumbentGross[lane] = 0; incumbentNet[lane] = 0 }
                            if year.replacementMonths == 0 { replacementGross[lane] = 0; replacementNet[lane] = 0 }
                            let multiples = SeatYear.Multiples(incumbentGross: incumbentGross[lane], incumbentNet: incumbentNet[lane],
                                                               replacementGross: replacementGross[lane],
                                                               replacementNet: replacementNet[lane])
                            outcomes[position + lane] = seat.outcome(primary: primary[trials[lane]], year: year,
                                                                     multiples: multiples, renewalFactor: 0)
                        }
                        position += 4
                    }
                }
            }
        }
    }
}
