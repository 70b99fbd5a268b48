import Foundation
import Yams

/// Reads a scenario file's YAML tree (and the CSV tables it references) into a ``Scenario``,
/// reporting every problem with its file, line and field.
///
/// The decoder checks what can be checked one field or one section at a time: types, ranges,
/// required keys, unknown keys, sums inside a section. Checks across records (unique ids,
/// references between sellers, plans and territories) are ``ScenarioValidator``'s, which works
/// from the ``DecodedScenario/origins`` recorded here.
struct ScenarioDecoder {
    let log: DiagnosticLog
    let limits: ScenarioLimits
    /// Scenario file path as the user typed it; CSV paths are resolved against its folder.
    let displayPath: String
    let fileURL: URL
    /// A variant's entries for tables its base reads from CSV (``ScenarioInheritance``).
    var overlays: [String: Node] = [:]

    static let formatVersion = 1
    static let goalKeys = ["bookings", "by_region", "by_segment", "by_vertical", "by_product", "by_territory"]
    static let simulationKeys = ["trials", "seed", "year_types", "macro_shock_sigma", "skill_persistence", "generator",
                                  "quota_elasticity"]
    static let topLevelKeys = [
        "salesplan", "name", "description", "currency", "fiscal_year", "goal", "finance",
        "simulation", "plans", "sellers", "territories", "accounts", "product_mix", "coverage", "quota_setting", "review",
        "balancing", "workforce", "renewals", "spifs", "marketing",
    ]

    func decode(_ root: Node) -> DecodedScenario? {
        if root.scalar != nil, displayPath.lowercased().hasSuffix(".csv") {
            let name = (displayPath as NSString).lastPathComponent
            log.error("is a CSV table, not a scenario: pass the scenario's YAML file, which names its tables (`sellers: \(name)`)",
                      at: SourceLocation(file: displayPath, mark: root.mark), field: .root)
            return nil
        }
        guard let top = YAMLRecord(root, path: .root, file: displayPath, allowed: Self.topLevelKeys,
                                   what: "a scenario", log: log) else { return nil }
        if let version = top.integer("salesplan", in: 1...1_000, log: log), version != Self.formatVersion {
            log.error("this SalesPlan reads scenario format \(Self.formatVersion); the file is format \(version)",
                      at: top.location(of: "salesplan"), field: FieldPath.root.key("salesplan"))
        }
        let name = top.string("name", log: log) ?? defaultName
        let description = top.string("description", log: log)
        let currency = top.string("currency", log: log) ?? "USD"
        if currency.count != 3 || !currency.allSatisfy({ $0.isLetter && $0.isUppercase }) {
            log.error("must be a three-letter ISO 4217 code such as USD or EUR (got \(currency))",
                      at: top.location(of: "currency"), field: FieldPath.root.key("currency"))
        }
        let fiscalYear = top.integer("fiscal_year", in: 1900...2200, log: log)

        var origins = DecodedScenario.Origins()
        let goal = decodeGoal(top)
        let finance = decodeFinance(top)
        let simulation = decodeSimulation(top)
        let plans = decodePlans(top, origins: &origins)
        var sellers = decodeSellers(top, origins: &origins)
        let territories = decodeTerritories(top, origins: &origins)
        Self.fillAreasFromTerritories(&sellers, territories: territories)
        let accounts = decodeAccounts(top, origins: &origins)
        let balancing = decodeBalancing(top)

        var scenario = Scenario(
            name: name, description: description, currency: currency, fiscalYear: fiscalYear,
            goal: goal, finance: finance, simulation: simulation, plans: plans, sellers: sellers,
            territories: territories, accounts: accounts, balancing: balancing)
        scenario.productMix = decodeProductMix(top)
        checkProductMixPlans(top, plans: plans)
        scenario.coverage = decodeCoverage(top)
        scenario.quotaSetting = decodeQuotaSetting(top)
        scenario.review = decodeReview(top)
        scenario.workforce = decodeWorkforce(top)
        scenario.renewals = decodeRenewals(top)
        scenario.spifs = decodeSPIFs(top)
        checkRealPlanReferences(top, scenario: scenario, origins: origins)
        scenario.marketing = decodeMarketing(top, goal: goal)
        return DecodedScenario(scenario: scenario, origins: origins, topLevel: top)
    }

    var defaultName: String { ScenarioLoader.slug(forScenarioAt: displayPath) }

    // MARK: Goal and finance

    private func decodeGoal(_ top: YAMLRecord) -> CompanyGoal {
        guard top.has("goal") else {
            top.reportMissing("goal", log: log)
            return CompanyGoal(bookings: 0)
        }
        guard let record = top.record("goal", allowed: Self.goalKeys,
                                      what: "the goal", log: log)
        else { return CompanyGoal(bookings: 0) }
        let bookings = record.number("bookings", .positiveMoney, required: true, log: log) ?? 0
        var goal = CompanyGoal(bookings: bookings)
        goal.byRegion = decodeSplit(record, "by_region", total: bookings)
        goal.bySegment = decodeSplit(record, "by_segment", total: bookings)
        goal.byVertical = decodeSplit(record, "by_vertical", total: bookings)
        goal.byProduct = decodeSplit(record, "by_product", total: bookings)
        goal.byTerritory = decodeSplit(record, "by_territory", total: bookings)
        return goal
    }

    /// A `name: amount` mapping splitting the goal. A split that does not add up to the total is
    /// a warning: it may be partial on purpose, but usually it is a typo.
    private func decodeSplit(_ goal: YAMLRecord, _ key: String, total: Double) -> [NamedAmount] {
        guard let node = goal.node(key) else { return [] }
        let path = goal.path.key(key)
        guard let mapping = node.mapping else {
            log.error("expected `name: amount` lines, got \(YAMLRecord.kind(of: node))", at: goal.location(of: key), field: path)
            return []
        }
        var parts: [NamedAmount] = []
        for (keyNode, valueNode) in mapping {
            let location = SourceLocation(file: displayPath, mark: valueNode.mark ?? keyNode.mark)
            guard let name = keyNode.scalar?.string, let text = valueNode.scalar?.string else {
                log.error("expected `name: amount`", at: location, field: path)
                continue
            }
            switch ValueParser.number(text) {
            case .failure(let problem): log.error(problem.message, at: location, field: path.key(name))
            case .success(let amount):
                if let problem = NumberRule.money.problem(with: amount, written: text) {
                    log.error(problem, at: location, field: path.key(name))
                } else {
                    parts.append(NamedAmount(name: name, amount: amount))
                }
            }
        }
        let sum = parts.reduce(0) { $0 + $1.amount }
        if total > 0, !parts.isEmpty, abs(sum - total) > 0.005 * total {
            log.warning("the parts add up to \(NumberText.grouped(sum)), not the goal of \(NumberText.grouped(total))",
                        at: goal.location(of: key), field: path)
        }
        return parts
    }

    private func decodeFinance(_ top: YAMLRecord) -> FinancePlan {
        guard let record = top.record("finance", allowed: ["gross_margin", "ebitda_before_variable_comp", "ebitda_model"],
                                      what: "the finance section", log: log)
        else { return FinancePlan() }
        let grossMargin = record.number("gross_margin", .fraction, log: log)
        let model = record.choice("ebitda_model", of: EBITDAModel.self, log: log)
        if model == .revenueLinked, grossMargin == nil, !log.hasFailed(FieldPath.root.key("finance").key("gross_margin")) {
            log.error("the revenue-linked EBITDA model needs finance.gross_margin (or write `ebitda_model: fixed`)",
                      at: record.location(of: "ebitda_model"), field: FieldPath.root.key("finance").key("ebitda_model"))
        }
        return FinancePlan(
            grossMargin: grossMargin,
            ebitdaBeforeVariableComp: record.number("ebitda_before_variable_comp", .signedMoney, log: log),
            ebitdaModel: model)
    }

    // MARK: Simulation

    private func decodeSimulation(_ top: YAMLRecord) -> SimulationSettings {
        let fallback = SimulationSettings(yearTypes: [])
        guard top.has("simulation") else {
            top.reportMissing("simulation", log: log)
            return fallback
        }
        guard let record = top.record(
            "simulation",
            allowed: Self.simulationKeys,
            what: "the simulation section", log: log)
        else { return fallback }
        var settings = fallback
        settings.trials = record.integer("trials", in: 1...limits.maxTrials, tooLarge: ScenarioLimits.trialsReason, log: log) ?? SimulationSettings.defaultTrials
        settings.seed = record.unsigned64("seed", log: log) ?? SimulationSettings.defaultSeed
        settings.macroShockSigma = record.number("macro_shock_sigma", .between(0, 2), log: log) ?? 0
        settings.skillPersistence = record.number("skill_persistence", .fraction, log: log)
            ?? SimulationSettings.defaultSkillPersistence
        settings.generator = record.choice("generator", of: RandomAlgorithm.self, log: log) ?? .standard
        settings.quotaElasticity = record.number("quota_elasticity", .fraction, log: log) ?? 1
        settings.yearTypes = decodeYearTypes(record)
        return settings
    }

    private func decodeYearTypes(_ simulation: YAMLRecord) -> [YearType] {
        guard simulation.has("year_types") else {
            simulation.reportMissing("year_types", log: log)
            return []
        }
        guard let items = simulation.sequence("year_types", log: log) else { return [] }
        let path = simulation.path.key("year_types")
        if items.isEmpty {
            log.error("needs at least one year type", at: simulation.location(of: "year_types"), field: path)
            return []
        }
        var yearTypes: [YearType] = []
        var names: [String: SourceLocation] = [:]
        var allProbabilitiesRead = true
        for (index, item) in items.enumerated() {
            guard let record = YAMLRecord(item, path: path.index(index), file: displayPath,
                                          allowed: ["name", "probability", "median_attainment", "sigma"],
                                          what: "a year type", log: log)
            else { allProbabilitiesRead = false; continue }
            let name = record.identifier("name", log: log)
            let probability = record.number("probability", .fraction, required: true, log: log)
            let median = record.number("median_attainment", .positiveAttainment, required: true, log: log)
            let sigma = record.number("sigma", .positive, required: true, log: log)
            if probability == nil { allProbabilitiesRead = false }
            if let name {
                if let first = names[name] {
                    log.error("year type \"\(name)\" is defined twice (first at \(first))",
                              at: record.location(of: "name"), field: record.path.key("name"))
                }
                names[name] = names[name] ?? record.location(of: "name")
            }
            if let sigma, sigma > 5 {
                log.error("σ of log attainment above 5 spreads attainment over a factor of e¹⁰ between neighbouring sellers; use a value below 5 (typical: 0.2 to 0.5) (got \(NumberText.plain(sigma)))",
                          at: record.location(of: "sigma"), field: record.path.key("sigma"))
            }
            yearTypes.append(YearType(name: name ?? "year \(index + 1)", probability: probability ?? 0,
                                      medianAttainment: median ?? 1, sigma: sigma ?? 1))
        }
        if allProbabilitiesRead {
            checkSumsToOne(yearTypes.map(\.probability), what: "probabilities", at: simulation.location(of: "year_types"), field: path)
        }
        return yearTypes
    }

    /// Shares that must add up to 1 (year-type probabilities, measure weights), to within 10⁻⁶;
    /// the message shows the sum so the user can see which part is off.
    func checkSumsToOne(_ shares: [Double], what: String, at location: SourceLocation, field: FieldPath) {
        let total = shares.reduce(0, +)
        guard abs(total - 1) > 1e-6 else { return }
        let listed = shares.map(NumberText.plain).joined(separator: " + ")
        log.error("\(what) must sum to 1, but \(listed) = \(NumberText.plain((total * 1e9).rounded() / 1e9))",
                  at: location, field: field)
    }
}

/// A decoded scenario with where each record came from, for the cross-record checks.
struct DecodedScenario {
    var scenario: Scenario
    var origins: Origins
    let topLevel: YAMLRecord

    /// The record each plan, seller, territory and account was read from, in the same order as
    /// the scenario's arrays (sellers expanded from one `count:` entry share that entry).
    struct Origins {
        var plans: [any FieldRecord] = []
        var sellers: [any FieldRecord] = []
        var territories: [any FieldRecord] = []
        var accounts: [any FieldRecord] = []
        /// Where each table came from (`sellers` → the YAML key or the CSV file).
        var tableLocations: [String: SourceLocation] = [:]
    }
}
