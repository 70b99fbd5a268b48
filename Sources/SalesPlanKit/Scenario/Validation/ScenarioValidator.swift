/// Checks that need the whole scenario: unique ids, references between records, reporting lines,
/// and the size of the simulation. Field-level checks happen while decoding.
struct ScenarioValidator {
    let decoded: DecodedScenario
    let log: DiagnosticLog
    let limits: ScenarioLimits
    let scenario: Scenario
    let origins: DecodedScenario.Origins
    /// Did-you-mean indexes of known ids by kind, built on the first dangling reference.
    let suggestionIndexes = SuggestionIndexes()

    init(decoded: DecodedScenario, log: DiagnosticLog, limits: ScenarioLimits) {
        self.decoded = decoded
        self.log = log
        self.limits = limits
        scenario = decoded.scenario
        origins = decoded.origins
    }

    func validate() {
        let planIDs = uniqueIDs(scenario.plans.map(\.id), origins.plans, what: "plan")
        let sellerIDs = uniqueIDs(scenario.sellers.map(\.id), origins.sellers, what: "seller")
        let territoryIDs = uniqueIDs(scenario.territories.map(\.id), origins.territories, what: "territory")
        _ = uniqueIDs(scenario.accounts.map(\.id), origins.accounts, what: "account")
        checkSellerReferences(planIDs: planIDs, sellerIDs: sellerIDs, territoryIDs: territoryIDs)
        checkReportingLines(sellerIDs: sellerIDs)
        checkCredit(sellerIDs: sellerIDs)
        checkCoverage(territoryIDs: territoryIDs)
        checkAccountReferences(territoryIDs: territoryIDs)
        checkUnusedPlans()
        checkGoalSplits()
        checkMarketing()
        checkSimulationSize()
    }

    /// Reports every repeated id at its repeat, pointing back to the first; returns id → index.
    private func uniqueIDs(_ ids: [String], _ records: [any FieldRecord], what: String) -> [String: Int] {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() where !id.isEmpty {
            if let earlier = first[id] {
                let record = records[index]
                let earlierRecord = records[earlier]
                log.error("duplicate \(what) id \"\(id)\" (first defined at \(earlierRecord.location(of: "id")))",
                          at: record.location(of: "id"), field: record.path.key("id"))
            } else {
                first[id] = index
            }
        }
        return first
    }

    private func checkSellerReferences(planIDs: [String: Int], sellerIDs: [String: Int], territoryIDs: [String: Int]) {
        var previousPath: FieldPath?
        for (index, seller) in scenario.sellers.enumerated() {
            let record = origins.sellers[index]
            // A `count:` entry expands into consecutive sellers from one record; report its
            // problems once.
            defer { previousPath = record.path }
            guard record.path != previousPath else { continue }
            if !seller.planID.isEmpty, planIDs[seller.planID] == nil {
                reference(record, "plan", seller.planID, kind: "plan", known: planIDs)
            }
            if let territory = seller.territoryID {
                if scenario.territories.isEmpty {
                    log.error("territory \"\(territory)\" is not defined: the scenario has no `territories` table",
                              at: record.location(of: "territory"), field: record.path.key("territory"))
                } else if territoryIDs[territory] == nil {
                    reference(record, "territory", territory, kind: "territory", known: territoryIDs)
                } else if let region = seller.region, let territoryRegion = scenario.territories[territoryIDs[territory]!].region,
                          region != territoryRegion {
                    log.warning("region \"\(region)\" differs from the region \"\(territoryRegion)\" of territory \"\(territory)\"",
                                at: record.location(of: "region"), field: record.path.key("region"))
                }
            }
            if let manager = seller.managerID {
                if manager == seller.id {
                    log.error("a seller cannot be their own manager", at: record.location(of: "manager"), field: record.path.key("manager"))
                } else if sellerIDs[manager] == nil {
                    reference(record, "manager", manager, kind: "seller", known: sellerIDs)
                }
            }
        }
    }

    func reference(_ record: any FieldRecord, _ key: String, _ value: String, kind: String, known: [String: Int]) {
        let hint = log.didYouMean(value) { suggestionIndexes.index(kind, of: known) }
        log.error("no \(kind) has the id \"\(Excerpt.of(value))\"\(hint)", at: record.location(of: key), field: record.path.key(key))
    }

    /// Reporting lines must end at someone who reports to no one; a loop would make team credit
    /// (and any roll-up) undefined.
    private func checkReportingLines(sellerIDs: [String: Int]) {
        var state = [UInt8](repeating: 0, count: scenario.sellers.count)  // 0 new, 1 on path, 2 done
        for start in scenario.sellers.indices where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            while let index = current, state[index] == 0 {
                state[index] = 1
                path.append(index)
                current = scenario.sellers[index].managerID.flatMap { sellerIDs[$0] }
                if current == index { current = nil }  // self-management reported elsewhere
            }
            if let index = current, state[index] == 1, let loopStart = path.firstIndex(of: index) {
                let loop = path[loopStart...].map { scenario.sellers[$0].id } + [scenario.sellers[index].id]
                let record = origins.sellers[index]
                log.error("reporting line loops back on itself: \(loop.joined(separator: " → "))",
                          at: record.location(of: "manager"), field: record.path.key("manager"))
            }
            for index in path { state[index] = 2 }
        }
    }

    /// Overlays and managers are paid on others' bookings; warn when there are none to pay on.
    private func checkCredit(sellerIDs: [String: Int]) {
        let hasDirectSellers = scenario.sellers.contains { $0.role.credit == .own }
        let credit = CreditMap(sellers: scenario.sellers)
        for (index, seller) in scenario.sellers.enumerated() where seller.role.credit != .own {
            let record = origins.sellers[index]
            if seller.role.credit == .region, seller.region == nil, seller.coversTerritories.isEmpty {
                log.error("an overlay specialist needs a region (or covers_territories): they are credited with the bookings of the direct sellers there",
                          at: record.location, field: record.path.key("region"))
                continue
            }
            if seller.role.credit == .managersTeam {
                checkManagersTeamCredit(index, sellerIDs: sellerIDs, hasDirectSellers: hasDirectSellers)
                continue
            }
            if !seller.coversTerritories.isEmpty { continue }  // credited by territory: checkCoverage
            if credit.creditedSellers(of: index).isEmpty, hasDirectSellers {
                let whose = seller.role.credit == .team ? "no direct seller reports to them" : "no direct seller is in region \"\(seller.region ?? "")\"\(seller.segment.map { " and segment \"\($0)\"" } ?? "")"
                log.warning("\(seller.role.displayName) \"\(seller.id)\" is credited with nobody's bookings (\(whose)); their attainment will be 0",
                            at: record.location, field: record.path)
            }
        }
    }

    private func checkAccountReferences(territoryIDs: [String: Int]) {
        guard !scenario.accounts.isEmpty else { return }
        for (index, account) in scenario.accounts.enumerated() {
            guard let territory = account.territoryID else { continue }
            let record = origins.accounts[index]
            if scenario.territories.isEmpty {
                log.error("territory \"\(territory)\" is not defined: the scenario has no `territories` table",
                          at: record.location(of: "territory"), field: record.path.key("territory"))
                return
            }
            if territoryIDs[territory] == nil {
                reference(record, "territory", territory, kind: "territory", known: territoryIDs)
            }
        }
    }

    private func checkUnusedPlans() {
        guard !log.hasFailed(FieldPath.root.key("sellers")) else { return }  // the roster did not load
        let used = Set(scenario.sellers.map(\.planID))
        for (index, plan) in scenario.plans.enumerated() where !plan.id.isEmpty && !used.contains(plan.id) {
            let record = origins.plans[index]
            log.warning("plan \"\(plan.id)\" is not used by any seller", at: record.location(of: "id"), field: record.path.key("id"))
        }
    }

    private func checkSimulationSize() {
        let settings = scenario.simulation
        if let problem = limits.simulationSizeProblem(trials: settings.trials, sellers: scenario.sellers.count) {
            let simulation = decoded.topLevel.record("simulation", allowed: ScenarioDecoder.simulationKeys,
                                                     what: "the simulation section", log: DiagnosticLog())
            let location = simulation?.location(of: "trials") ?? decoded.topLevel.location(of: "simulation")
            log.error(problem, at: location, field: FieldPath.root.key("simulation").key("trials"))
        }
    }
}

/// The ids of each kind (plan, seller, territory) indexed for suggestions, once.
final class SuggestionIndexes {
    private var indexes: [String: SuggestionIndex] = [:]

    func index(_ kind: String, of ids: [String: Int]) -> SuggestionIndex {
        if let index = indexes[kind] { return index }
        let index = SuggestionIndex(ids.keys)
        indexes[kind] = index
        return index
    }
}
