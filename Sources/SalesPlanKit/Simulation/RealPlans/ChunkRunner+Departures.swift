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
    /// `exceptionOutcomes`: who is in the seat trial by trial, the plan's multiples on their
    /// attainments four trials at a time, then each outcome from its multiples.
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
        let incumbentIsPlain = seat.isPlainYear
        withUnsafeTemporaryAllocation(of: SeatYear.People.self, capacity: 4) { people in
            withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 2 * width) { lanes in
                var position = 0
                while position < exceptionCount {
                    let group = Swift.min(4, exceptionCount - position)
                    var churnRate = Lanes(), incumbentGross = Lanes(), incumbentNet = Lanes()
                    for lane in 0..<4 {
                        let trial = exceptions[position + Swift.min(lane, group - 1)]  // a short group repeats its last
                        let attainments = sources.attainments(primary: primary[trial], trial: trial)
                        people[lane] = seat.people(attainments: attainments, leaveUniform: leave[trial])
                        churnRate[lane] = churn[trial]
                        incumbentGross[lane] = plainGross[trial]
                        incumbentNet[lane] = plainNet[trial]
                    }
                    for index in 0..<plan.count {
                        lanes[index] = Lanes(people[0].incumbent[index], people[1].incumbent[index],
                                             people[2].incumbent[index], people[3].incumbent[index])
                        lanes[width + index] = Lanes(people[0].replacement[index], people[1].replacement[index],
                                                     people[2].replacement[index], people[3].replacement[index])
                    }
                    let charged = churnRate .> 0, netOfChurn = any(charged) ? 1 - churnRate : nil
                    if !incumbentIsPlain {
                        (incumbentGross, incumbentNet) = plan.multiples(lanes: lanes.baseAddress!, netOfChurn: netOfChurn)
                        incumbentNet.replace(with: incumbentGross, where: .!charged)
                    }
                    var (replacementGross, replacementNet) = plan.multiples(lanes: lanes.baseAddress! + width, netOfChurn: netOfChurn)
                    replacementNet.replace(with: replacementGross, where: .!charged)
                    for lane in 0..<group {
                        // A person not in seat is paid nothing (their multiples are not used).
                        let year = people[lane].year
                        if year.incumbentMonths == 0 { incumbentGross[lane] = 0; incumbentNet[lane] = 0 }
                        if year.replacementMonths == 0 { replacementGross[lane] = 0; replacementNet[lane] = 0 }
                        let multiples = SeatYear.Multiples(incumbentGross: incumbentGross[lane], incumbentNet: incumbentNet[lane],
                                                           replacementGross: replacementGross[lane],
                                                           replacementNet: replacementNet[lane])
                        outcomes[position + lane] = seat.outcome(primary: primary[exceptions[position + lane]], people: people[lane],
                                                                 multiples: multiples, renewalFactor: 0)
                    }
                    position += 4
                }
            }
        }
    }
}
