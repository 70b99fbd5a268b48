/// ``RealPlanPay/multiple(_:netOfChurn:)`` four trials at a time (one SIMD lane per trial).
///
/// Which segment of a pay curve an attainment falls in, and whether a gate is open, differ from
/// trial to trial; lane masks choose without branches, and each lane does the same arithmetic
/// as the one-trial version, so both give the same bits.
extension RealPlanPay {
    typealias Lanes = SIMD4<Double>

    /// Variable pay multiple of four trials; `attainments[m]` holds measure m's four attainments.
    @inline(__always)
    func multiple(lanes attainments: UnsafePointer<Lanes>, netOfChurn: Lanes = Lanes(repeating: 1)) -> Lanes {
        var total = Lanes()
        for index in 0..<count {
            let attainment = isClawedBack[index] ? attainments[index] * netOfChurn : attainments[index]
            var pay = payout(index, lanes: attainment)
            let gate = gateMeasure[index]
            if gate >= 0 {
                let gating = isClawedBack[gate] ? attainments[gate] * netOfChurn : attainments[gate]
                let closed = gating .< Lanes(repeating: gateAtLeast[index])
                if gatePaysNothing[index] {
                    pay.replace(with: 0, where: closed)
                } else {
                    // Swift.min(pay, ceiling): the ceiling where it is below the pay.
                    let ceiling = Lanes(repeating: payAtTarget[index])
                    pay.replace(with: ceiling, where: closed .& (ceiling .< pay))
                }
            }
            total += weights[index] * pay
        }
        if let payoutCap {
            let cap = Lanes(repeating: payoutCap)
            total.replace(with: cap, where: cap .< total)
        }
        return total
    }

    /// Measure `measure`'s pay curve at four attainments: each later segment whose start a lane
    /// reached replaces that lane's line (the starts are sorted, so the last one reached wins).
    @inline(__always)
    func payout(_ measure: Int, lanes attainment: Lanes) -> Lanes {
        let first = segmentStart[measure]
        var intercept = Lanes(repeating: intercepts[first]), slope = Lanes(repeating: slopes[first])
        for index in (first + 1)..<segmentStart[measure + 1] {
            let reached = attainment .>= Lanes(repeating: starts[index])
            intercept.replace(with: intercepts[index], where: reached)
            slope.replace(with: slopes[index], where: reached)
        }
        return intercept + slope * attainment
    }
}
