import Yams

/// The `marketing:` block: the marketing plan `salesplan funnel` reads and the simulation's join
/// will. Every key is documented in docs/scenario-format.md; rates above 1, negative spend and
/// unknown keys are errors where they are written, figures outside the published B2B benchmarks
/// are warnings quoting the range (``MarketingBenchmarks``).
extension ScenarioDecoder {
    static let marketingKeys = ["channels", "funnel", "segments", "sourced_share", "influenced_share", "arpa", "retention", "fixed_success"]
    static let funnelKeys = ["lead_to_mql", "mql_to_sql", "sql_to_opportunity", "opportunity_to_won"]
    static let marketingSegmentKeys = ["deal_size", "sales_cycle_days"]
    static let sourcedShareKeys = ["default", "by_segment", "by_territory"]

    func decodeMarketing(_ top: YAMLRecord, goal: CompanyGoal) -> MarketingPlan {
        var plan = MarketingPlan()
        guard let record = top.record("marketing", allowed: Self.marketingKeys, what: "the marketing plan", log: log)
        else { return plan }
        plan.funnel = decodeFunnel(record)
        plan.segments = decodeMarketingSegments(record)
        plan.channels = decodeChannels(record, segments: plan.segments, goal: goal)
        if !plan.channels.isEmpty {
            if plan.funnel == nil, !log.hasFailed(record.path.key("funnel")) { record.reportMissing("funnel", log: log) }
            if plan.segments.isEmpty, !log.hasFailed(record.path.key("segments")) { record.reportMissing("segments", log: log) }
        }
        decodeSourcedShare(record, into: &plan)
        plan.influencedShare = record.number("influenced_share", .fraction, log: log)
        plan.fixedSuccess = record.number("fixed_success", .positiveAmount, log: log)
        if let influenced = plan.influencedShare {
            MarketingBenchmarks.influencedShare.check(influenced, at: record.location(of: "influenced_share"),
                                                      field: record.path.key("influenced_share"), log: log)
        }
        plan.arpa = record.number("arpa", .positiveAmount, log: log)
        if let retention = record.number("retention", .fraction, log: log) {
            if retention < 1 {
                plan.retention = retention
            } else {
                log.error("must be below 1 (100 %): a customer base that never churns has no finite lifetime value",
                          at: record.location(of: "retention"), field: record.path.key("retention"))
            }
        }
        return plan
    }

    /// `funnel: {lead_to_mql: …, mql_to_sql: …, sql_to_opportunity: …, opportunity_to_won: …}`, all required.
    private func decodeFunnel(_ marketing: YAMLRecord) -> FunnelRates? {
        guard let record = marketing.record("funnel", allowed: Self.funnelKeys, what: "the funnel's conversion rates", log: log)
        else { return nil }
        let rates = Self.funnelKeys.map { uncertain(record, $0, .rate, required: true) }
        for (key, rate) in zip(Self.funnelKeys, rates) {
            guard let rate, let benchmark = MarketingBenchmarks.funnel[key] else { continue }
            benchmark.check(rate.median, at: record.location(of: key), field: record.path.key(key), log: log)
        }
        guard let leadToMQL = rates[0], let mqlToSQL = rates[1], let sqlToOpportunity = rates[2], let won = rates[3] else { return nil }
        return FunnelRates(leadToMQL: leadToMQL, mqlToSQL: mqlToSQL, sqlToOpportunity: sqlToOpportunity, opportunityToWon: won)
    }

    /// `segments: {enterprise: {deal_size: …, sales_cycle_days: …}, …}` in file order.
    private func decodeMarketingSegments(_ marketing: YAMLRecord) -> [MarketingSegment] {
        guard let node = marketing.node("segments") else { return [] }
        let path = marketing.path.key("segments")
        guard let mapping = node.mapping, !mapping.isEmpty else {
            log.error("expected `segment: {deal_size: …}` lines, one per segment, got \(YAMLRecord.kind(of: node))",
                      at: marketing.location(of: "segments"), field: path)
            return []
        }
        var segments: [MarketingSegment] = []
        for (keyNode, valueNode) in mapping {
            guard let name = keyNode.scalar?.string, !name.isEmpty else {
                log.error("segment names must be plain names", at: SourceLocation(file: displayPath, mark: keyNode.mark), field: path)
                continue
            }
            guard let record = YAMLRecord(valueNode, path: path.key(name), file: displayPath, allowed: Self.marketingSegmentKeys,
                                          what: "a segment's deal economics", log: log),
                  let dealSize = uncertain(record, "deal_size", .positiveAmount, required: true)
            else { continue }
            let cycle = uncertain(record, "sales_cycle_days", .between(1, 3_650), required: false)
            segments.append(MarketingSegment(name: name, dealSize: dealSize, salesCycleDays: cycle))
        }
        return segments
    }

    /// `sourced_share: 35%` (every seller), or `{default: 35%, by_segment: {…}, by_territory: {…}}`.
    private func decodeSourcedShare(_ marketing: YAMLRecord, into plan: inout MarketingPlan) {
        guard let node = marketing.node("sourced_share") else { return }
        guard node.mapping != nil else {
            plan.sourcedShareDefault = marketing.number("sourced_share", .fraction, log: log) ?? 0
            return
        }
        guard let record = marketing.record("sourced_share", allowed: Self.sourcedShareKeys,
                                            what: "the planned sourced share", log: log)
        else { return }
        plan.sourcedShareDefault = record.number("default", .fraction, log: log) ?? 0
        plan.sourcedShareBySegment = fractions(record, "by_segment")
        plan.sourcedShareByTerritory = fractions(record, "by_territory")
    }

    /// `name: fraction` lines; wrong entries are reported and left out.
    func fractions(_ record: YAMLRecord, _ key: String) -> [String: Double] {
        guard let node = record.node(key) else { return [:] }
        let path = record.path.key(key)
        guard let mapping = node.mapping else {
            log.error("expected `name: share` lines, got \(YAMLRecord.kind(of: node))", at: record.location(of: key), field: path)
            return [:]
        }
        var result: [String: Double] = [:]
        for (keyNode, valueNode) in mapping {
            let location = SourceLocation(file: displayPath, mark: valueNode.mark ?? keyNode.mark)
            guard let name = keyNode.scalar?.string, let text = valueNode.scalar?.string else {
                log.error("expected `name: share`", at: location, field: path)
                continue
            }
            switch ValueParser.number(text) {
            case .failure(let problem): log.error(problem.message, at: location, field: path.key(name))
            case .success(let share):
                if let problem = NumberRule.fraction.problem(with: share, written: text) {
                    log.error(problem, at: location, field: path.key(name))
                } else {
                    result[name] = share
                }
            }
        }
        return result
    }
}
