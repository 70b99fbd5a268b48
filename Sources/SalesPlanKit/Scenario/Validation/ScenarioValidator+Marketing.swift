/// Checks of the marketing plan that need the rest of the scenario: sourced shares must name
/// territories that exist (a typo would silently leave a territory on the default share), and the
/// plan as a whole is compared with the published benchmarks once sellers' quotas weight it.
extension ScenarioValidator {
    func checkMarketing() {
        let quiet = DiagnosticLog()
        guard let record = decoded.topLevel.record("marketing", allowed: ScenarioDecoder.marketingKeys,
                                                   what: "the marketing plan", log: quiet)
        else { return }
        let plan = scenario.marketing
        if let shares = record.record("sourced_share", allowed: ScenarioDecoder.sourcedShareKeys, what: "", log: quiet) {
            checkSourcedShareNames(shares)
        }
        checkOverallSourcedShare(plan, at: record)
        checkVisitorToMQL(plan, marketing: record, quiet: quiet)
    }

    /// `by_territory` keys must be territory ids (error); `by_segment` keys no seller is in are
    /// warnings (the share applies to no one).
    private func checkSourcedShareNames(_ shares: YAMLRecord) {
        let territoryIDs = Set(scenario.territories.map(\.id))
        for (name, location) in keys(of: shares, "by_territory") where !territoryIDs.contains(name) {
            let hint = log.didYouMean(name, among: territoryIDs)
            log.error("no territory has the id \"\(Excerpt.of(name))\"\(hint)", at: location,
                      field: shares.path.key("by_territory").key(name))
        }
        let segments = Set(scenario.sellers.compactMap(\.segment))
        for (name, location) in keys(of: shares, "by_segment") where !segments.contains(name) {
            let hint = log.didYouMean(name, among: segments)
            log.warning("no seller is in segment \"\(Excerpt.of(name))\"\(hint): this share applies to no one",
                        at: location, field: shares.path.key("by_segment").key(name))
        }
    }

    private func keys(of record: YAMLRecord, _ key: String) -> [(String, SourceLocation)] {
        guard let mapping = record.node(key)?.mapping else { return [] }
        return mapping.compactMap { keyNode, _ in
            keyNode.scalar.map { ($0.string, SourceLocation(file: record.location.file, mark: keyNode.mark)) }
        }
    }

    /// The plan's overall sourced share, each direct seller's share weighted by their quota,
    /// against the 30–50 % benchmark. Segments may differ from it (enterprise lower, SMB higher).
    private func checkOverallSourcedShare(_ plan: MarketingPlan, at marketing: YAMLRecord) {
        guard !log.hasFailed(marketing.path.key("sourced_share")), let overall = scenario.overallSourcedShare else { return }
        let field = marketing.path.key("sourced_share")
        var benchmark = MarketingBenchmarks.sourcedShare
        if marketing.node("sourced_share")?.mapping != nil {
            benchmark = MarketingBenchmarks(what: "marketing-sourced share of bookings (overall, weighted by direct sellers' quotas)",
                                            range: benchmark.range, unit: .percent)
        }
        benchmark.check(overall, at: marketing.location(of: "sourced_share"), field: field, log: log)
    }

    /// A cost-per-click channel's visitor → MQL rate is click_to_lead × lead_to_mql.
    private func checkVisitorToMQL(_ plan: MarketingPlan, marketing: YAMLRecord, quiet: DiagnosticLog) {
        guard let funnel = plan.funnel, let items = marketing.sequence("channels", log: quiet) else { return }
        for (index, item) in items.enumerated() {
            guard let record = YAMLRecord(item, path: marketing.path.key("channels").index(index), file: marketing.location.file,
                                          allowed: ScenarioDecoder.channelKeys, what: "", log: quiet),
                  let name = record.string("name", log: quiet),
                  let channel = plan.channels.first(where: { $0.name == name }),
                  case .costPerClick(_, let clickToLead) = channel.cost
            else { continue }
            MarketingBenchmarks.visitorToMQL.check(clickToLead.median * funnel.leadToMQL.median, at: record.location(of: "click_to_lead"),
                                                   field: record.path.key("click_to_lead"), log: log)
        }
    }
}
