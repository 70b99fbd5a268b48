/// Goal coverage by region and segment compares each part of the goal with the quotas of the
/// direct sellers in it, so a mismatch between the goal's names and the sellers' is silent: a
/// seller in a region the goal does not name drops out of "By region", and a part no seller is
/// in has no quota at all. Both are warnings here.
extension ScenarioValidator {
    func checkGoalSplits() {
        guard let goalRecord = decoded.topLevel.record("goal", allowed: ScenarioDecoder.goalKeys, what: "the goal", log: DiagnosticLog())
        else { return }
        let direct = scenario.directSellers
        let splits: [(key: String, what: String, parts: [NamedAmount], area: (Seller) -> String?)] = [
            ("by_region", "region", scenario.goal.byRegion, \.region),
            ("by_segment", "segment", scenario.goal.bySegment, \.segment),
        ]
        for split in splits where !split.parts.isEmpty {
            let present = Set(direct.compactMap(split.area))
            for part in split.parts where !present.contains(part.name) {
                let hint = log.didYouMean(part.name, among: present)
                log.warning("no direct seller is in \(split.what) \"\(Excerpt.of(part.name))\"\(hint): this part of the goal has no quota covering it",
                            at: goalRecord.location(of: split.key), field: FieldPath.root.key("goal").key(split.key).key(part.name))
            }
            checkSellersOutside(split.parts, key: split.key, what: split.what, area: split.area,
                                goalLocation: goalRecord.location(of: split.key))
        }
    }

    /// One warning per area name the goal does not have, at its first seller, and one for the
    /// direct sellers with no area at all.
    private func checkSellersOutside(_ parts: [NamedAmount], key: String, what: String, area: (Seller) -> String?,
                                     goalLocation: SourceLocation) {
        let names = Set(parts.map(\.name))
        var outside: [String: (first: Int, sellers: Int, quota: Double)] = [:]
        var order: [String] = []
        var withoutArea = (sellers: 0, quota: 0.0)
        for (index, seller) in scenario.sellers.enumerated() where seller.role.credit == .own {
            guard let name = area(seller) else {
                withoutArea.sellers += 1
                withoutArea.quota += seller.quota
                continue
            }
            guard !names.contains(name) else { continue }
            if outside[name] == nil { order.append(name) }
            outside[name, default: (index, 0, 0)].sellers += 1
            outside[name, default: (index, 0, 0)].quota += seller.quota
        }
        let listed = parts.prefix(8).map(\.name).joined(separator: ", ") + (parts.count > 8 ? ", …" : "")
        let money = { NumberText.money($0, currency: scenario.currency) }
        for name in order {
            let (first, sellers, quota) = outside[name]!
            let record = origins.sellers[first]
            let written = record.has(what)
            let source = written ? "" : " (from territory \"\(Excerpt.of(scenario.sellers[first].territoryID ?? ""))\")"
            let hint = log.didYouMean(name, among: names)
            let whose = sellers == 1 ? "this seller's quota (\(money(quota)))" : "the quota of \(NumberText.count(sellers, "direct seller")) in it (\(money(quota)))"
            log.warning("\(what) \"\(Excerpt.of(name))\"\(source) is not in goal.\(key) (\(listed))\(hint): \(whose) is left out of coverage by \(what)",
                        at: record.location(of: written ? what : "territory"), field: record.path.key(written ? what : "territory"))
        }
        if withoutArea.sellers > 0 {
            let count = NumberText.count(withoutArea.sellers, "direct seller")
            log.warning("\(count) \(withoutArea.sellers == 1 ? "has" : "have") no \(what) (nor a territory with one): their quota (\(money(withoutArea.quota))) is left out of coverage by \(what)",
                        at: goalLocation, field: FieldPath.root.key("goal").key(key))
        }
    }
}
