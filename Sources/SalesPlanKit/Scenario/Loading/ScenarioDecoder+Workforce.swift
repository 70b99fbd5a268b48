import Yams

/// The scenario-level blocks of real plans (issue 10): `workforce:` (attrition, vacancy, ramp),
/// `renewals:` and `spifs:`.
extension ScenarioDecoder {
    static let workforceKeys = ["attrition", "vacancy_months", "ramp"]
    static let renewalsKeys = ["rate", "counts_toward_goal"]
    static let spifKeys = ["id", "name", "amount", "per_deal", "attainment_by_month", "roles", "budget"]
    static let perDealKeys = ["deals_per_seller", "product"]
    static let attainmentByMonthKeys = ["reach", "month"]
    /// Longest ramp schedule, in months.
    static let maxRampMonths = 60

    /// `workforce: {attrition: {account_executive: 15%}, vacancy_months: 2, ramp: [25%, 50%, 75%, 100%]}`.
    func decodeWorkforce(_ top: YAMLRecord) -> WorkforcePlan {
        var plan = WorkforcePlan()
        guard let record = top.record("workforce", allowed: Self.workforceKeys, what: "the workforce section", log: log)
        else { return plan }
        if let attrition = record.record("attrition", allowed: SellerRole.allCases.map(\.rawValue),
                                         what: "the attrition rates (annual, by role)", log: log) {
            for role in SellerRole.allCases {
                if let rate = attrition.number(role.rawValue, .fraction, log: log) { plan.attritionRate[role] = rate }
            }
        }
        plan.vacancyMonths = record.integer("vacancy_months", in: 0...12, log: log) ?? 0
        if let items = record.list("ramp", log: log) {
            let path = record.path.key("ramp")
            var ramp: [Double] = []
            var valid = true
            for (index, item) in items.enumerated() {
                switch ValueParser.number(item.text) {
                case .failure(let problem):
                    log.error(problem.message, at: item.location, field: path.index(index))
                    valid = false
                case .success(let value):
                    if value <= 0 || value > 1 {
                        log.error("each month's productivity must be above 0 and at most 1 (100 %): a month at 0 % is a vacancy (`vacancy_months`), not ramp (got \(Excerpt.of(item.text.trimmingWhitespace())))",
                                  at: item.location, field: path.index(index))
                        valid = false
                    }
                    ramp.append(value)
                }
            }
            if valid {
                if ramp.count > Self.maxRampMonths {
                    log.error("a ramp schedule may list at most \(Self.maxRampMonths) months (got \(ramp.count))",
                              at: record.location(of: "ramp"), field: path)
                } else if ramp.last != 1 {
                    log.error("a ramp schedule must end at 100 % (a fully ramped seller), e.g. [25%, 50%, 75%, 100%] (productivity by month in seat)",
                              at: record.location(of: "ramp"), field: path)
                } else {
                    plan.rampProductivity = ramp
                }
            }
        }
        return plan
    }

    /// `renewals: {rate: {mean: 90%, spread: 4%}, counts_toward_goal: false}`.
    func decodeRenewals(_ top: YAMLRecord) -> RenewalPlan? {
        guard let record = top.record("renewals", allowed: Self.renewalsKeys, what: "the renewals section", log: log)
        else { return nil }
        let rate = decodeBetaRate(record, "rate", what: "renewal rate")
        let counts = record.bool("counts_toward_goal", log: log) ?? false
        guard let rate else { return nil }
        return RenewalPlan(rate: rate, countsTowardGoal: counts)
    }

    /// `spifs:` — `{id, name, amount, per_deal: {deals_per_seller, product}}` or `{id, name,
    /// amount, attainment_by_month: {reach, month}}`, with optional `roles` and `budget`.
    func decodeSPIFs(_ top: YAMLRecord) -> [SPIF] {
        guard let items = top.sequence("spifs", log: log) else { return [] }
        let path = FieldPath.root.key("spifs")
        var spifs: [SPIF] = []
        var firstByID: [String: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            guard let record = YAMLRecord(item, path: path.index(index), file: displayPath, allowed: Self.spifKeys,
                                          what: "a SPIF", log: log)
            else { continue }
            let id = record.identifier("id", log: log)
            if let id {
                if let first = firstByID[id] {
                    log.error("duplicate SPIF id \"\(id)\" (first defined at \(first))",
                              at: record.location(of: "id"), field: record.path.key("id"))
                }
                firstByID[id] = firstByID[id] ?? record.location(of: "id")
            }
            let name = record.string("name", log: log) ?? id ?? "SPIF \(index + 1)"
            let amount = record.number("amount", .money, required: true, log: log)
            let budget = record.number("budget", .money, log: log)
            var roles: [SellerRole] = []
            if let listed = record.list("roles", log: log) {
                for (position, item) in listed.enumerated() {
                    switch ValueParser.choice(item.text, of: SellerRole.self, suggest: { log.didYouMean($0, among: $1) }) {
                    case .success(let role): if !roles.contains(role) { roles.append(role) }
                    case .failure(let problem): log.error(problem.message, at: item.location, field: record.path.key("roles").index(position))
                    }
                }
            }
            let trigger: SPIF.Trigger?
            switch (record.has("per_deal"), record.has("attainment_by_month")) {
            case (true, true):
                log.error("give one trigger, either `per_deal` or `attainment_by_month`, not both (write two SPIFs for both)",
                          at: record.location(of: "attainment_by_month"), field: record.path.key("attainment_by_month"))
                trigger = nil
            case (false, false):
                log.error("missing the SPIF's trigger: add `per_deal: {deals_per_seller: N}` (a bonus per deal) or `attainment_by_month: {reach: 50%, month: 6}` (a bonus for reaching a share of quota by a month)",
                          at: record.location, field: record.path.key("per_deal"))
                trigger = nil
            case (true, false):
                if let perDeal = record.record("per_deal", allowed: Self.perDealKeys, what: "a per-deal trigger", log: log),
                   let deals = perDeal.number("deals_per_seller", .between(0, 10_000), required: true, log: log) {
                    trigger = .perDeal(dealsPerSeller: deals, product: perDeal.string("product", log: log))
                } else {
                    trigger = nil
                }
            case (false, true):
                if let event = record.record("attainment_by_month", allowed: Self.attainmentByMonthKeys,
                                             what: "an attainment-by-month trigger", log: log) {
                    let reach = event.number("reach", .positiveAttainment, required: true, log: log)
                    let month = event.integer("month", in: 1...12, required: true, log: log)
                    trigger = reach.flatMap { reach in month.map { .attainmentByMonth(reach: reach, byMonth: $0) } }
                } else {
                    trigger = nil
                }
            }
            guard let id, let amount, let trigger else { continue }
            spifs.append(SPIF(id: id, name: name, amount: amount, trigger: trigger, roles: roles, budget: budget))
        }
        return spifs
    }
}
