/// Checks of real-plan keys that need other sections of the scenario: products named by measures,
/// SPIFs and overlays must be products of `product_mix` or `goal.by_product`; a renewals measure
/// wants a `renewals:` block and renewal bases; a margin measure needs `finance.gross_margin`;
/// ramping new hires needs `fiscal_year`.
extension ScenarioDecoder {
    func checkRealPlanReferences(_ top: YAMLRecord, scenario: Scenario, origins: DecodedScenario.Origins) {
        let quiet = DiagnosticLog()
        var products = ProductNames(scenario: scenario)
        // A product mix that did not load would make every product look unknown.
        products.failed = log.hasFailed(FieldPath.root.key("product_mix")) || log.hasFailed(FieldPath.root.key("goal"))

        for (planIndex, plan) in scenario.plans.enumerated() {
            guard let planRecord = origins.plans[planIndex] as? YAMLRecord,
                  let items = planRecord.sequence("measures", log: quiet), items.count == plan.measures.count
            else { continue }
            for (index, measure) in plan.measures.enumerated() {
                guard let record = YAMLRecord(items[index], path: planRecord.path.key("measures").index(index), file: displayPath,
                                              allowed: Self.measureKeys, what: "a measure", log: quiet)
                else { continue }
                switch measure.credits {
                case .product(let name):
                    checkProduct(name, products, at: record.location(of: "product"), field: record.path.key("product"),
                                 use: "a product measure is credited with that product's share of bookings")
                case .margin where scenario.finance.grossMargin == nil && !log.hasFailed(FieldPath.root.key("finance")):
                    log.error("a margin measure is credited with gross margin on bookings, which needs finance.gross_margin",
                              at: record.location(of: "credits"), field: record.path.key("credits"))
                case .renewals:
                    if scenario.renewals == nil, !top.has("renewals") {
                        log.warning("this measure is credited on renewals, but the scenario has no `renewals:` block to give the renewal rate; add e.g. `renewals: {rate: {mean: 90%, spread: 4%}}`",
                                    at: record.location(of: "credits"), field: record.path.key("credits"))
                    }
                    let sellers = scenario.sellers.filter { $0.planID == plan.id }
                    if !sellers.isEmpty, !sellers.contains(where: { $0.renewalBase > 0 }), !log.hasFailed(FieldPath.root.key("sellers")) {
                        log.warning("no seller paid through plan \"\(plan.id)\" has a renewal_base (contracts up for renewal), so this measure has nothing to be credited with",
                                    at: record.location(of: "credits"), field: record.path.key("credits"))
                    }
                default: break
                }
            }
        }

        if let items = top.sequence("spifs", log: quiet) {
            for (index, item) in items.enumerated() {
                guard let spif = YAMLRecord(item, path: FieldPath.root.key("spifs").index(index), file: displayPath,
                                            allowed: Self.spifKeys, what: "a SPIF", log: quiet),
                      let perDeal = spif.record("per_deal", allowed: Self.perDealKeys, what: "", log: quiet),
                      let product = perDeal.string("product", log: quiet)
                else { continue }
                checkProduct(product, products, at: perDeal.location(of: "product"), field: perDeal.path.key("product"),
                             use: "a per-deal SPIF on a product counts that product's deals")
            }
        }

        var previousPath: FieldPath?
        for (index, seller) in scenario.sellers.enumerated() where !seller.coversProducts.isEmpty {
            let record = origins.sellers[index]
            defer { previousPath = record.path }
            guard record.path != previousPath, let items = record.list("covers_products", log: quiet) else { continue }
            for (position, item) in items.enumerated() {
                checkProduct(item.text, products, at: item.location, field: record.path.key("covers_products").index(position),
                             use: "an overlay covering products is credited with their share of bookings")
                if products.isEmpty { break }
            }
        }

        let hired = scenario.sellers.contains { $0.hireDate != nil }
        if hired, scenario.fiscalYear == nil, !log.hasFailed(FieldPath.root.key("fiscal_year")) {
            if !scenario.workforce.rampProductivity.isEmpty, let workforce = top.record("workforce", allowed: Self.workforceKeys, what: "", log: quiet) {
                log.error("ramping new hires from their hire_date needs the scenario's fiscal_year (the plan year, a calendar year) to know how long each has been in seat",
                          at: workforce.location(of: "ramp"), field: workforce.path.key("ramp"))
            } else if let planIndex = scenario.plans.firstIndex(where: { $0.newHireDraw != nil }) {
                let record = origins.plans[planIndex]
                log.error("a draw for new hires needs the scenario's fiscal_year (the plan year, a calendar year) to know which sellers' hire_date falls in it",
                          at: record.location(of: "draw"), field: record.path.key("draw"))
            }
        }
    }

    private func checkProduct(_ name: String, _ products: ProductNames, at location: SourceLocation, field: FieldPath, use: String) {
        if products.failed { return }
        if products.isEmpty {
            log.error("\(use), from `product_mix`, but the scenario has no product_mix (nor goal.by_product): add e.g. `product_mix: {default: {\(name): 30%, core: 70%}}`",
                      at: location, field: field)
        } else if !products.names.contains(name) {
            let hint = log.didYouMean(name, among: products.names)
            log.error("no product is named \"\(Excerpt.of(name))\"\(hint); the products (in product_mix and goal.by_product) are \(products.names.joined(separator: ", "))",
                      at: location, field: field)
        }
    }
}

/// The products a scenario names: in any `product_mix` mix and in `goal.by_product`, in order of
/// first appearance.
struct ProductNames {
    private(set) var names: [String] = []
    /// The product mix or the goal did not load: names may be missing, so nothing is checked.
    var failed = false

    init(scenario: Scenario) {
        let mix = scenario.productMix
        var seen = Set<String>()
        let mixes = [mix.companyDefault] + mix.bySegment.keys.sorted().map { mix.bySegment[$0]! }
            + mix.byPlan.keys.sorted().map { mix.byPlan[$0]! } + [scenario.goal.byProduct]
        for part in mixes.joined() where seen.insert(part.name).inserted { names.append(part.name) }
    }

    var isEmpty: Bool { names.isEmpty }
}
