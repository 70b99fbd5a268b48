import Yams

/// `marketing.channels`: each channel's spend, its one cost model and the segments its demand
/// lands in.
extension ScenarioDecoder {
    static let channelKeys = ["name", "spend", "cost_per_lead", "cost_per_click", "click_to_lead", "pipeline_per_dollar",
                              "segment", "segment_mix"]
    static let costModelKeys = ["cost_per_lead", "cost_per_click", "pipeline_per_dollar"]

    func decodeChannels(_ marketing: YAMLRecord, segments: [MarketingSegment], goal: CompanyGoal) -> [MarketingChannel] {
        guard let items = marketing.sequence("channels", log: log) else { return [] }
        let path = marketing.path.key("channels")
        var channels: [MarketingChannel] = []
        var names: [String: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            guard let record = YAMLRecord(item, path: path.index(index), file: displayPath, allowed: Self.channelKeys,
                                          what: "a marketing channel", log: log)
            else { continue }
            let name = record.identifier("name", log: log)
            if let name {
                if let first = names[name] {
                    log.error("channel \"\(Excerpt.of(name))\" is listed twice (first at \(first))",
                              at: record.location(of: "name"), field: record.path.key("name"))
                }
                names[name] = names[name] ?? record.location(of: "name")
            }
            let spend = record.number("spend", .money, required: true, log: log)
            let cost = costModel(record, channelName: name ?? "")
            let shares = segmentShares(record, segments: segments, goal: goal)
            if let name, let spend, let cost, let shares {
                channels.append(MarketingChannel(name: name, spend: spend, cost: cost, segmentShares: shares))
                if case .pipelinePerDollar(let perDollar) = cost {
                    MarketingBenchmarks.checkPipelinePerDollar(perDollar.median, shares: shares,
                                                               at: record.location(of: "pipeline_per_dollar"),
                                                               field: record.path.key("pipeline_per_dollar"), log: log)
                }
            }
        }
        return channels
    }

    /// Exactly one of `cost_per_lead`, `cost_per_click` (with `click_to_lead`), `pipeline_per_dollar`.
    private func costModel(_ record: YAMLRecord, channelName: String) -> MarketingChannel.CostModel? {
        let written = Self.costModelKeys.filter(record.has)
        guard written.count == 1, let key = written.first else {
            if written.isEmpty {
                log.error("needs one cost model: cost_per_lead, cost_per_click with click_to_lead, or pipeline_per_dollar",
                          at: record.location, field: record.path)
            } else {
                log.error("has \(written.count) cost models (\(written.joined(separator: ", "))); give exactly one",
                          at: record.location(of: written[1]), field: record.path.key(written[1]))
            }
            return nil
        }
        if key != "cost_per_click", record.has("click_to_lead") {
            log.error("click_to_lead goes with cost_per_click (leads = spend ÷ cost per click × click-to-lead)",
                      at: record.location(of: "click_to_lead"), field: record.path.key("click_to_lead"))
            return nil
        }
        let field = record.path.key(key), location = record.location(of: key)
        switch key {
        case "cost_per_lead":
            guard let figure = uncertain(record, key, .positiveAmount) else { return nil }
            MarketingBenchmarks.checkCostPerLead(figure.median, channel: channelName, at: location, field: field, log: log)
            return .costPerLead(figure)
        case "cost_per_click":
            let perClick = uncertain(record, key, .positiveAmount)
            let clickToLead = uncertain(record, "click_to_lead", .rate, required: true)
            guard let perClick, let clickToLead else { return nil }
            MarketingBenchmarks.checkCostPerClick(perClick.median, channel: channelName, at: location, field: field, log: log)
            return .costPerClick(perClick, clickToLead: clickToLead)
        default:
            guard let figure = uncertain(record, key, .positiveAmount) else { return nil }
            return .pipelinePerDollar(figure)
        }
    }

    /// `segment: smb`, or `segment_mix: {enterprise: 30%, smb: 70%}`, or neither: the goal's
    /// split by segment over the plan's segments (equal shares if the goal does not split by them).
    private func segmentShares(_ record: YAMLRecord, segments: [MarketingSegment], goal: CompanyGoal) -> [NamedAmount]? {
        let known = segments.map(\.name)
        if record.has("segment"), record.has("segment_mix") {
            log.error("give `segment` (one segment) or `segment_mix` (shares), not both",
                      at: record.location(of: "segment_mix"), field: record.path.key("segment_mix"))
            return nil
        }
        if let name = record.string("segment", log: log) {
            guard known.contains(name) else {
                reportUnknownSegment(name, known: known, at: record.location(of: "segment"), field: record.path.key("segment"))
                return nil
            }
            return [NamedAmount(name: name, amount: 1)]
        }
        if record.has("segment_mix") {
            let mix = fractions(record, "segment_mix")
            let path = record.path.key("segment_mix")
            guard !log.hasFailed(path) else { return nil }
            var unknown = false
            for (keyNode, _) in record.node("segment_mix")?.mapping ?? [:] {
                guard let name = keyNode.scalar?.string, !known.contains(name) else { continue }
                reportUnknownSegment(name, known: known, at: SourceLocation(file: displayPath, mark: keyNode.mark), field: path.key(name))
                unknown = true
            }
            guard !unknown, !mix.isEmpty else { return nil }
            let shares = known.compactMap { name in mix[name].map { NamedAmount(name: name, amount: $0) } }
            checkSumsToOne(shares.map(\.amount), what: "segment shares", at: record.location(of: "segment_mix"), field: path)
            return shares
        }
        guard !segments.isEmpty else { return [] }
        let goalShares = known.map { name in goal.bySegment.first { $0.name == name }?.amount ?? 0 }
        let total = goalShares.reduce(0, +)
        return zip(known, goalShares).map { name, amount in
            NamedAmount(name: name, amount: total > 0 ? amount / total : 1 / Double(known.count))
        }
    }

    private func reportUnknownSegment(_ name: String, known: [String], at location: SourceLocation, field: FieldPath) {
        let listed = known.isEmpty ? "marketing.segments defines none" : "marketing.segments has \(known.joined(separator: ", "))"
        log.error("unknown segment \"\(Excerpt.of(name))\"\(log.didYouMean(name, among: known)); \(listed)", at: location, field: field)
    }
}
