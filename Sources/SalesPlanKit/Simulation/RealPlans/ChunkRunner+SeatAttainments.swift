/// The general path's first pass over a seat: its attainments for all the chunk's trials.
extension ChunkRunner {
    /// The seat's attainments for the chunk's trials, four at a time (the inline exponential in
    /// SIMD): the primary (bookings) log attainment and attainment, and each measure with its own
    /// attainment (correlated normals) or credited on renewals.
    func attainmentPass(plan: RealPlanPay, logSkill: Double, marketingShift: UnsafeMutablePointer<Double>?,
                        normals: UnsafeMutablePointer<Double>, extra: UnsafeMutablePointer<Double>?, extraStride: Int,
                        count: Int, needsMeasureLoop: Bool) {
        let planScratch = scratch.realPlan!
        let logMedian = scratch.logMedian.baseAddress!, sigma = scratch.sigma.baseAddress!
        let logPrimary = planScratch.logPrimary.baseAddress!, primary = planScratch.primary.baseAddress!
        let renewalRatio = planScratch.renewalRatio.baseAddress!
        let measureRows = planScratch.measureAttainment.baseAddress!
        let width = plan.extraNormals + 1
        var trial = 0
        while trial < count {
            let lanes = Swift.min(4, count - trial)
            var base = SIMD4<Double>(repeating: logSkill), z = SIMD4<Double>(), spread = SIMD4<Double>()
            for lane in 0..<lanes {
                base[lane] += logMedian[trial + lane] + (marketingShift?[trial + lane] ?? 0)
                z[lane] = normals[trial + lane]
                spread[lane] = sigma[trial + lane]
            }
            let logAttainment = base + spread * z
            let attainment = exponential(logAttainment)
            for lane in 0..<lanes {
                logPrimary[trial + lane] = logAttainment[lane]
                primary[trial + lane] = attainment[lane]
            }
            if needsMeasureLoop {
                var ratio = SIMD4<Double>(repeating: 1)
                for lane in 0..<lanes { ratio[lane] = renewalRatio[trial + lane] }
                for index in 0..<plan.count {
                    let row = plan.ownRow[index]
                    var value: SIMD4<Double>
                    if row >= 0 {
                        var normal = plan.coefficients[row * width] * z
                        for k in 1..<width {
                            var w = SIMD4<Double>()
                            for lane in 0..<lanes { w[lane] = extra![(k - 1) * extraStride + trial + lane] }
                            normal += plan.coefficients[row * width + k] * w
                        }
                        let own = plan.ownLogMedian[index] + plan.ownSigma[index] * normal
                        value = plan.isRenewals[index] ? ratio * exponential(own) : exponential(base + own)
                    } else if plan.isRenewals[index] {
                        value = ratio
                    } else {
                        continue
                    }
                    for lane in 0..<lanes { measureRows[index * scratch.capacity + trial + lane] = value[lane] }
                }
            }
            trial += 4
        }
    }
}
