import Yams

/// The scenario keys goal coverage reads: `product_mix` and `coverage`.
extension ScenarioDecoder {
    static let productMixKeys = ["default", "by_segment", "by_plan"]
    static let coverageKeys = ["over_assignment_band", "target_probability"]

    /// `product_mix: {default: {core: 70%, analytics: 30%}, by_segment: {smb: {...}}, by_plan: {...}}`.
    func decodeProductMix(_ top: YAMLRecord) -> ProductMix {
        guard let record = top.record("product_mix", allowed: Self.productMixKeys, what: "the product mix", log: log)
        else { return ProductMix() }
        var mix = ProductMix()
        mix.companyDefault = decodeShares(record, "default") ?? []
        mix.bySegment = decodeNamedShares(record, "by_segment")
        mix.byPlan = decodeNamedShares(record, "by_plan")
        return mix
    }

    /// `review: {ote_band: [35%, 45%], pay_change_threshold: 10%}`.
    func decodeReview(_ top: YAMLRecord) -> ReviewSettings {
        var settings = ReviewSettings()
        guard let record = top.record("review", allowed: ["ote_band", "pay_change_threshold"], what: "the review settings", log: log)
        else { return settings }
        if let band = record.numbers("ote_band", .fraction, log: log) {
            if band.count == 2, band[0] <= band[1] {
                settings.onTargetEarningsBand = band[0]...band[1]
            } else {
                log.error("expected two shares, lowest first, e.g. [35%, 45%]", at: record.location(of: "ote_band"),
                          field: record.path.key("ote_band"))
            }
        }
        settings.payChangeThreshold = record.number("pay_change_threshold", .between(0, 10), log: log) ?? settings.payChangeThreshold
        return settings
    }

    /// A plan's own mix must name a plan of the scenario (a typo would otherwise be ignored).
    func checkProductMixPlans(_ top: YAMLRecord, plans: [CompPlan]) {
        guard let mix = top.node("product_mix")?.mapping, let byPlan = mix["by_plan"]?.mapping else { return }
        let ids = plans.map(\.id)
        for (keyNode, _) in byPlan {
            guard let name = keyNode.scalar?.string, !ids.contains(name) else { continue }
            log.error("no plan has the id \"\(name)\"\(Suggestion.didYouMean(name, among: ids))", at: SourceLocation(file: displayPath, mark: keyNode.mark),
                      field: FieldPath.root.key("product_mix").key("by_plan").key(name))
        }
    }

    /// `coverage: {over_assignment_band: [20%, 40%], target_probability: 95%}`.
    func decodeCoverage(_ top: YAMLRecord) -> CoverageSettings {
        var settings = CoverageSettings()
        guard let record = top.record("coverage", allowed: Self.coverageKeys, what: "the coverage settings", log: log)
        else { return settings }
        if let band = record.numbers("over_assignment_band", .between(-0.99, 100), log: log) {
            if band.count == 2, band[0] <= band[1] {
                settings.band = band[0]...band[1]
            } else {
                log.error("expected two numbers, lowest first, e.g. [20%, 40%]", at: record.location(of: "over_assignment_band"),
                          field: record.path.key("over_assignment_band"))
            }
        }
        if let target = record.number("target_probability", .fraction, log: log) {
            if target > 0, target < 1 {
                settings.targetProbability = target
            } else {
                log.error("must be strictly between 0 and 1 (got \(NumberText.plain(target)))",
                          at: record.location(of: "target_probability"), field: record.path.key("target_probability"))
            }
        }
        return settings
    }

    /// `name: share` lines whose shares are fractions summing to 1.
    private func decodeShares(_ record: YAMLRecord, _ key: String) -> [NamedAmount]? {
        guard let node = record.node(key) else { return nil }
        return shares(node, path: record.path.key(key), location: record.location(of: key))
    }

    private func decodeNamedShares(_ record: YAMLRecord, _ key: String) -> [String: [NamedAmount]] {
        guard let node = record.node(key) else { return [:] }
        let path = record.path.key(key)
        guard let mapping = node.mapping else {
            log.error("expected `name: {product: share, ...}` lines, got \(YAMLRecord.kind(of: node))", at: record.location(of: key), field: path)
            return [:]
        }
        var result: [String: [NamedAmount]] = [:]
        for (keyNode, valueNode) in mapping {
            guard let name = keyNode.scalar?.string else { continue }
            let location = SourceLocation(file: displayPath, mark: valueNode.mark ?? keyNode.mark)
            if let mix = shares(valueNode, path: path.key(name), location: location) { result[name] = mix }
        }
        return result
    }

    private func shares(_ node: Node, path: FieldPath, location: SourceLocation) -> [NamedAmount]? {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            log.error("expected `product: share` lines, e.g. {core: 70%, analytics: 30%}", at: location, field: path)
            return nil
        }
        var parts: [NamedAmount] = []
        var failed = false
        for (keyNode, valueNode) in mapping {
            let at = SourceLocation(file: displayPath, mark: valueNode.mark ?? keyNode.mark)
            guard let name = keyNode.scalar?.string, let text = valueNode.scalar?.string else {
                log.error("expected `product: share`", at: at, field: path)
                failed = true
                continue
            }
            switch ValueParser.number(text) {
            case .failure(let problem):
                log.error(problem.message, at: at, field: path.key(name))
                failed = true
            case .success(let share):
                if let problem = NumberRule.fraction.problem(with: share, written: text) {
                    log.error(problem, at: at, field: path.key(name))
                    failed = true
                } else {
                    parts.append(NamedAmount(name: name, amount: share))
                }
            }
        }
        if failed { return nil }
        checkSumsToOne(parts.map(\.amount), what: "product shares", at: location, field: path)
        return parts
    }
}
