/// ``RealPlanPay/multiple(_:netOfChurn:)`` four trials at a time (one SIMD lane per trial).
///
/// Which segment of a pay curve an attainment falls in, and whether a gate is open, differ from
/// trial to trial; lane masks choose without branches, and each lane does the same arithmetic
/// as the one-trial version, so both give the same bits.
extension RealPlanPay {
    typealias Lanes = SIMD4<Double>

    /// Variable pay multiple of four trials; `attainments[m]` holds measure m's four attainments.
    @inline(__always)
    func multiple(lanes attainments: UnsafePointer<Lanes>) -> Lanes {
        multiples(lanes: attainments, netOfChurn: nil).gross
    }

    /// Variable pay multiples of four trials, gross and net of each trial's churn rate: where the
    /// rate is 0 the net multiple is the gross one (as in one trial), and without churn in any of
    /// the four, net is not worked out separately.
    @inline(__always)
    func multiples(lanes attainments: UnsafePointer<Lanes>, churnRate: Lanes) -> (gross: Lanes, net: Lanes) {
        let charged = churnRate .> 0
        var (gross, net) = multiples(lanes: attainments, netOfChurn: any(charged) ? 1 - churnRate : nil)
        net.replace(with: gross, where: .!charged)
        return (gross, net)
    }

    /// Variable pay multiples of four trials, gross and net of each trial's churn (`netOfChurn`
    /// = 1 − churn: measures credited on bookings are paid on that share of their attainment).
    /// A measure the clawback does not touch, and a gate on one, is worked out once for both.
    /// Without `netOfChurn`, net is gross.
    @inline(__always)
    func multiples(lanes attainments: UnsafePointer<Lanes>, netOfChurn: Lanes?) -> (gross: Lanes, net: Lanes) {
        var gross = Lanes(), net = Lanes()
        for index in 0..<count {
            let attainment = attainments[index]
            var pay = payout(index, lanes: attainment)
            var netPay = pay
            if let netOfChurn, isClawedBack[index] { netPay = payout(index, lanes: attainment * netOfChurn) }
            let gate = gateMeasure[index]
            if gate >= 0 {
                let atLeast = Lanes(repeating: gateAtLeast[index])
                pay = gated(index, pay: pay, closed: attainments[gate] .< atLeast)
                if let netOfChurn {
                    let gating = isClawedBack[gate] ? attainments[gate] * netOfChurn : attainments[gate]
                    netPay = gated(index, pay: netPay, closed: gating .< atLeast)
                }
            }
            gross += weights[index] * pay
            net += weights[index] * netPay
        }
        if let payoutCap {
            let cap = Lanes(repeating: payoutCap)
            gross.replace(with: cap, where: cap .< gross)
            net.replace(with: cap, where: cap .< net)
        }
        return (gross, netOfChurn == nil ? gross : net)
    }

    /// Measure `index`'s pay where its gate is closed: nothing, or no more than its pay at 100 %.
    @inline(__always)
    private func gated(_ index: Int, pay: Lanes, closed: SIMDMask<Lanes.MaskStorage>) -> Lanes {
        var pay = pay
        if gatePaysNothing[index] {
            pay.replace(with: 0, where: closed)
        } else {
            // Swift.min(pay, ceiling): the ceiling where it is below the pay.
            let ceiling = Lanes(repeating: payAtTarget[index])
            pay.replace(with: ceiling, where: closed .& (ceiling .< pay))
        }
        return pay
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
