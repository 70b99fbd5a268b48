/// The general path's first pass over a seat: its attainments for all the chunk's trials.
extension ChunkRunner {
    /// The seat's attainments for the chunk's trials, four at a time (the inline exponential in
    /// SIMD): the primary (bookings) log attainment and attainment, and each measure with its own
    /// attainment (correlated normals) or credited on renewals.
    ///
    /// Whole groups of four load and store their rows as vectors; a last short group goes lane
    /// by lane (the same arithmetic, so the same bits).
    func attainmentPass(plan: RealPlanPay, logSkill: Double, marketingShift: UnsafeMutablePointer<Double>?,
                        normals: UnsafeMutablePointer<Double>, extra: UnsafeMutablePointer<Double>?, extraStride: Int,
                        count: Int, needsMeasureLoop: Bool) {
        let planScratch = scratch.realPlan!
        let logMedian = scratch.logMedian.baseAddress!, sigma = scratch.sigma.baseAddress!
        let logPrimary = planScratch.logPrimary.baseAddress!, primary = planScratch.primary.baseAddress!
        let renewalRatio = planScratch.renewalRatio.baseAddress!
        let measureRows = planScratch.measureAttainment.baseAddress!
        let skill = SIMD4<Double>(repeating: logSkill)
        let whole = count - count % 4
        var trial = 0
        while trial < whole {
            var median = load(logMedian, trial)
            if let marketingShift { median += load(marketingShift, trial) }
            let base = skill + median, z = load(normals, trial)
            let logAttainment = base + load(sigma, trial) * z
            store(logAttainment, logPrimary, trial)
            store(exponential(logAttainment), primary, trial)
            if needsMeasureLoop {
                measureAttainments(plan: plan, trial: trial, base: base, z: z, ratio: load(renewalRatio, trial),
                                   extra: extra, extraStride: extraStride, into: measureRows, stride: scratch.capacity)
            }
            trial += 4
        }
        if whole < count {
            let lanes = count - whole
            var base = skill, z = SIMD4<Double>(), spread = SIMD4<Double>(), ratio = SIMD4<Double>(repeating: 1)
            for lane in 0..<lanes {
                base[lane] += logMedian[trial + lane] + (marketingShift?[trial + lane] ?? 0)
                z[lane] = normals[trial + lane]
                spread[lane] = sigma[trial + lane]
                ratio[lane] = renewalRatio[trial + lane]
            }
            let logAttainment = base + spread * z
            let attainment = exponential(logAttainment)
            for lane in 0..<lanes {
                logPrimary[trial + lane] = logAttainment[lane]
                primary[trial + lane] = attainment[lane]
            }
            if needsMeasureLoop {
                // The short group's extra normals padded to four lanes, and its rows through a
                // four-lane buffer.
                let width = plan.extraNormals
                withUnsafeTemporaryAllocation(of: Double.self, capacity: (MeasureAttainments.capacity + width) * 4) { buffer in
                    let rows = buffer.baseAddress!, padded = rows + MeasureAttainments.capacity * 4
                    padded.initialize(repeating: 0, count: width * 4)
                    for k in 0..<width {
                        for lane in 0..<lanes { padded[k * 4 + lane] = extra![k * extraStride + trial + lane] }
                    }
                    measureAttainments(plan: plan, trial: 0, base: base, z: z, ratio: ratio, extra: padded, extraStride: 4,
                                       into: rows, stride: 4)
                    for index in 0..<plan.count {
                        for lane in 0..<lanes { measureRows[index * scratch.capacity + trial + lane] = rows[index * 4 + lane] }
                    }
                }
            }
        }
    }

    /// Each measure's attainments of four trials into its row at `trial`: a measure with its own
    /// attainment from the primary normal `z` and its extra normals, correlated; a renewals
    /// measure × the renewal ratio. Measures on the primary attainment are left alone.
    @inline(__always)
    private func measureAttainments(plan: RealPlanPay, trial: Int, base: SIMD4<Double>, z: SIMD4<Double>, ratio: SIMD4<Double>,
                                    extra: UnsafeMutablePointer<Double>?, extraStride: Int,
                                    into rows: UnsafeMutablePointer<Double>, stride rowStride: Int) {
        let width = plan.extraNormals + 1
        for index in 0..<plan.count {
            let row = plan.ownRow[index]
            var value: SIMD4<Double>
            if row >= 0 {
                var normal = plan.coefficients[row * width] * z
                for k in 1..<width { normal += plan.coefficients[row * width + k] * load(extra!, (k - 1) * extraStride + trial) }
                let own = plan.ownLogMedian[index] + plan.ownSigma[index] * normal
                value = plan.isRenewals[index] ? ratio * exponential(own) : exponential(base + own)
            } else if plan.isRenewals[index] {
                value = ratio
            } else {
                continue
            }
            store(value, rows + index * rowStride, trial)
        }
    }
}
