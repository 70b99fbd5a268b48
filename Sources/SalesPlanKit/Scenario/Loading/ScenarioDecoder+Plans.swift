import Yams

extension ScenarioDecoder {
    static let planKeys = ["id", "name", "base_salary", "target_incentive", "measures", "pay_curve", "payout_cap",
                           "measure_correlations", "clawback", "draw", "ramp_quota_relief"]
    static let measureKeys = ["name", "weight", "pay_curve", "credits", "product", "attainment", "gate"]
    static let payCurveKeys = ["threshold", "tier_method", "zones", "payout_cap", "attainment_cap"]

    func decodePlans(_ top: YAMLRecord, origins: inout DecodedScenario.Origins) -> [CompPlan] {
        guard top.has("plans") else {
            top.reportMissing("plans", log: log)
            return []
        }
        guard let items = top.sequence("plans", log: log) else { return [] }
        if items.isEmpty {
            log.error("needs at least one compensation plan", at: top.location(of: "plans"), field: FieldPath.root.key("plans"))
        }
        var plans: [CompPlan] = []
        for (index, item) in items.enumerated() {
            guard let record = YAMLRecord(item, path: FieldPath.root.key("plans").index(index), file: displayPath,
                                          allowed: Self.planKeys, what: "a plan", log: log)
            else { continue }
            plans.append(decodePlan(record))
            origins.plans.append(record)
        }
        return plans
    }

    private func decodePlan(_ record: YAMLRecord) -> CompPlan {
        let id = record.identifier("id", log: log) ?? ""
        let name = record.string("name", log: log) ?? id
        let baseSalary = record.number("base_salary", .money, log: log) ?? 0
        let targetIncentive = record.number("target_incentive", .money, required: true, log: log) ?? 0
        let payoutCap = record.number("payout_cap", .positivePayMultiple, log: log)

        var measures: [PlanMeasure] = []
        switch (record.has("measures"), record.has("pay_curve")) {
        case (true, true):
            log.error("give either `measures` (several weighted measures) or `pay_curve` (a single measure), not both",
                      at: record.location(of: "pay_curve"), field: record.path.key("pay_curve"))
        case (false, false):
            log.error("missing the plan's pay curve: add `pay_curve` (one measure) or `measures`",
                      at: record.location, field: record.path.key("measures"))
        case (false, true):
            if let curveRecord = record.record("pay_curve", allowed: Self.payCurveKeys, what: "a pay curve", log: log) {
                measures = [PlanMeasure(name: name, weight: 1, payCurve: decodePayCurve(curveRecord))]
            }
        case (true, false):
            measures = decodeMeasures(record)
        }
        return CompPlan(id: id, name: name, baseSalary: baseSalary, targetIncentive: targetIncentive,
                        measures: measures, payoutCap: payoutCap,
                        measureCorrelations: decodeMeasureCorrelations(record, measures: measures),
                        clawback: decodeClawback(record), newHireDraw: decodeDraw(record),
                        rampQuotaRelief: record.bool("ramp_quota_relief", log: log) ?? false)
    }

    private func decodeMeasures(_ plan: YAMLRecord) -> [PlanMeasure] {
        guard let items = plan.sequence("measures", log: log) else { return [] }
        let path = plan.path.key("measures")
        if items.isEmpty {
            log.error("needs at least one measure", at: plan.location(of: "measures"), field: path)
            return []
        }
        // The engine holds a seller's measure attainments in eight lanes; real plans have two to four.
        if items.count > PlanMeasure.maximumCount {
            log.error("a plan has at most \(PlanMeasure.maximumCount) measures (got \(items.count)); merge measures that pay on the same quantity",
                      at: plan.location(of: "measures"), field: path)
            return []
        }
        var measures: [PlanMeasure] = []
        var records: [YAMLRecord] = []
        var allWeightsRead = true
        for (index, item) in items.enumerated() {
            guard let record = YAMLRecord(item, path: path.index(index), file: displayPath,
                                          allowed: Self.measureKeys, what: "a measure", log: log)
            else { allWeightsRead = false; continue }
            let name = record.string("name", required: true, log: log) ?? "measure \(index + 1)"
            let weight = record.number("weight", .fraction, required: true, log: log)
            if weight == nil { allWeightsRead = false }
            var curve = PayCurve()
            if !record.has("pay_curve") {
                record.reportMissing("pay_curve", log: log)
            } else if let curveRecord = record.record("pay_curve", allowed: Self.payCurveKeys, what: "a pay curve", log: log) {
                curve = decodePayCurve(curveRecord)
            }
            measures.append(PlanMeasure(name: name, weight: weight ?? 0, payCurve: curve,
                                        credits: decodeCredit(record), attainment: decodeMeasureAttainment(record),
                                        gate: decodeGate(record)))
            records.append(record)
        }
        if allWeightsRead {
            checkSumsToOne(measures.map(\.weight), what: "measure weights", at: plan.location(of: "measures"), field: path)
        }
        checkGates(measures, records: records)
        return measures
    }

    /// Reads a pay curve and checks it hangs together: zones start in increasing order, the
    /// threshold is below the caps, and the curve can pay something.
    func decodePayCurve(_ record: YAMLRecord) -> PayCurve {
        var curve = PayCurve()
        curve.threshold = record.number("threshold", .attainment, log: log) ?? 0
        curve.tierMethod = record.choice("tier_method", of: TierMethod.self, log: log) ?? .marginal
        curve.payoutCap = record.number("payout_cap", .positivePayMultiple, log: log)
        curve.attainmentCap = record.number("attainment_cap", .positiveAttainment, log: log)

        if let items = record.sequence("zones", log: log) {
            let path = record.path.key("zones")
            var zones: [RateZone] = []
            var previous: (from: Double, location: SourceLocation)?
            for (index, item) in items.enumerated() {
                guard let zoneRecord = YAMLRecord(item, path: path.index(index), file: displayPath,
                                                  allowed: ["from", "rate"], what: "a rate zone", log: log),
                      let from = zoneRecord.number("from", .attainment, required: true, log: log),
                      let rate = zoneRecord.number("rate", .payMultiple, required: true, log: log)
                else { continue }
                if let previous, from <= previous.from {
                    log.error("zones must start at increasing attainments, but this one starts at \(NumberText.plain(from)), not after the previous zone's \(NumberText.plain(previous.from))",
                              at: zoneRecord.location(of: "from"), field: zoneRecord.path.key("from"))
                }
                previous = (from, zoneRecord.location(of: "from"))
                zones.append(RateZone(from: from, rate: rate))
            }
            if items.isEmpty {
                log.error("needs at least one zone; leave `zones` out for the default (rate 1 from 0)",
                          at: record.location(of: "zones"), field: path)
            }
            if !zones.isEmpty { curve.zones = zones }
        }

        if let attainmentCap = curve.attainmentCap, curve.threshold >= attainmentCap {
            log.error("threshold \(NumberText.plain(curve.threshold)) is at or above the attainment cap \(NumberText.plain(attainmentCap)): the curve could never pay",
                      at: record.location(of: "threshold"), field: record.path.key("threshold"))
        }
        if let payoutCap = curve.payoutCap {
            // The cap must leave room above the threshold: if the curve already pays more than the
            // cap at the threshold, the cap makes the curve flat and the threshold meaningless.
            let atThreshold = PayCurve(threshold: curve.threshold, tierMethod: curve.tierMethod, zones: curve.zones)
                .payout(at: curve.threshold)
            if atThreshold > payoutCap {
                log.error("threshold \(NumberText.plain(curve.threshold)) already pays \(NumberText.plain(atThreshold))× target incentive, above the payout cap of \(NumberText.plain(payoutCap))×",
                          at: record.location(of: "threshold"), field: record.path.key("threshold"))
            }
        }
        return curve
    }
}
