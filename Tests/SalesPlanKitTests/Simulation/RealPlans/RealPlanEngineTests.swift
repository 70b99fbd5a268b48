import Foundation
import Testing
@testable import SalesPlanKit

/// The general path through the whole engine: each stochastic part against its configured value
/// (tolerance from the standard error), agreement with the fast path on a plain plan, crediting.
@Suite("Real plans in the engine")
struct RealPlanEngineTests {
    static let oneYear = [YearType(name: "only", probability: 1, medianAttainment: 0.9, sigma: 0.3)]

    static func scenario(sellers: Int = 50, trials: Int = 4_000, plans: [CompPlan] = [ScenarioBuilder.plan()]) -> Scenario {
        ScenarioBuilder.scenario(sellers: ScenarioBuilder.sellers(sellers), plans: plans, yearTypes: oneYear,
                                 trials: trials, seed: 42, skillPersistence: 0)
    }

    @Test func attritionRateIsTheConfiguredOne() throws {
        var scenario = Self.scenario(sellers: 200, trials: 2_000)
        scenario.workforce = WorkforcePlan(attritionRate: [.accountExecutive: 0.15], vacancyMonths: 2)
        let outcome = try #require(ScenarioBuilder.run(scenario).realPlan)
        // 400,000 seat-years, each a Bernoulli(0.15) departure.
        let standardError = (0.15 * 0.85 / 400_000).squareRoot()
        #expect(abs(outcome.departureRate - 0.15) < 4 * standardError, "\(outcome.departureRate)")
        #expect(outcome.revenueLost.mean > 0)
    }

    @Test func renewalRateMeanIsTheConfiguredOne() throws {
        var scenario = Self.scenario(sellers: 5, trials: 20_000)
        scenario.renewals = RenewalPlan(rate: BetaRate(mean: 0.9, spread: 0.05))
        let outcome = try #require(ScenarioBuilder.run(scenario).realPlan)
        #expect(abs(outcome.renewalRate.mean - 0.9) < 4 * 0.05 / 20_000.0.squareRoot(), "\(outcome.renewalRate.mean)")
        #expect(abs(outcome.renewalRate.standardDeviation - 0.05) < 0.002, "\(outcome.renewalRate.standardDeviation)")
    }

    @Test func spifDealCountMeanIsTheConfiguredOne() throws {
        var scenario = Self.scenario(sellers: 100, trials: 2_000)
        scenario.spifs = [SPIF(id: "s", name: "analytics deals", amount: 1, trigger: .perDeal(dealsPerSeller: 3, product: nil))]
        let outcome = try #require(ScenarioBuilder.run(scenario).realPlan)
        // Per trial, 100 sellers' Poisson(3) counts: mean 300, variance 300.
        #expect(abs(outcome.spifPay.mean - 300) < 4 * (300.0 / 2_000).squareRoot(), "\(outcome.spifPay.mean)")
        #expect(abs(outcome.spifPay.standardDeviation - 300.0.squareRoot()) < 1.0)
    }

    /// The same with departures, whose uniform the SPIF recycles. A seller leaving in month m
    /// leaves the seat empty two months, so the seat is worked 10 months (m ≤ 10) or m − 1 and
    /// earns Poisson(3 × months ÷ 12) deals: per seat-year the mean is 3 × (0.7 + 0.3 × 121/144)
    /// = 2.85625 and the variance that mean plus the variance of the Poisson means, 0.049648. Were
    /// the SPIF's uniform not independent of the departure (the departure uniform itself, low
    /// exactly when the seat loses months), the mean would be 2.94.
    @Test func spifDealCountsWithDeparturesAreTheConfiguredOnes() throws {
        var scenario = Self.scenario(sellers: 100, trials: 2_000)
        scenario.workforce = WorkforcePlan(attritionRate: [.accountExecutive: 0.3], vacancyMonths: 2)
        scenario.spifs = [SPIF(id: "s", name: "analytics deals", amount: 1, trigger: .perDeal(dealsPerSeller: 3, product: nil))]
        let outcome = try #require(ScenarioBuilder.run(scenario).realPlan)
        #expect(abs(outcome.departureRate - 0.3) < 4 * (0.3 * 0.7 / 200_000).squareRoot(), "\(outcome.departureRate)")
        let mean = 100 * 2.85625, standardDeviation = (100 * (2.85625 + 0.049648)).squareRoot()
        #expect(abs(outcome.spifPay.mean - mean) < 4 * standardDeviation / 2_000.0.squareRoot(), "\(outcome.spifPay.mean)")
        #expect(abs(outcome.spifPay.standardDeviation - standardDeviation) < 1.0, "\(outcome.spifPay.standardDeviation)")
    }

    /// One seller, quota 1, target incentive 1: revenue is the primary attainment and, with the
    /// first measure weighted 0, variable comp is the second measure's attainment.
    @Test(arguments: [0.6, -0.3])
    func measureLogAttainmentsHaveTheConfiguredCorrelation(_ rho: Double) {
        let plan = CompPlan(id: "plan", name: "plan", baseSalary: 0, targetIncentive: 1, measures: [
            PlanMeasure(name: "bookings", weight: 0, payCurve: PayCurve()),
            PlanMeasure(name: "strategic", weight: 1, payCurve: PayCurve(), credits: .product("analytics"),
                        attainment: MeasureAttainment(median: 0.95, sigma: 0.1, correlation: rho)),
        ])
        let scenario = ScenarioBuilder.scenario(sellers: ScenarioBuilder.sellers(1, quota: 1), plans: [plan],
                                                yearTypes: Self.oneYear, trials: 20_000, seed: 7, skillPersistence: 0)
        let trials = ScenarioBuilder.run(scenario).trials
        let x = trials.revenue.map { log($0) }, y = trials.variableComp.map { log($0) }
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        let correlation = sxy / (sxx * syy).squareRoot()
        #expect(abs(correlation - rho) < 4 * (1 - rho * rho) / n.squareRoot(), "\(correlation)")
        // The measure's median is 0.95 × the year's median 0.9; its log-σ is 0.1.
        #expect(abs(my - log(0.9 * 0.95)) < 4 * 0.1 / n.squareRoot())
        #expect(abs((syy / n).squareRoot() - 0.1) < 0.003)
    }

    /// A plain plan forced onto the general path (a renewals block nobody uses) gives the fast
    /// path's figures: same draws, same pay, to rounding. (On the general path such a plan pays
    /// a plain year from the attainment bin's line; the plan cap below the curve's cap is reached
    /// in some trials.)
    @Test(arguments: [nil, 1.8] as [Double?])
    func theGeneralPathAgreesWithTheFastPathOnAPlainPlan(planCap: Double?) throws {
        var plan = ScenarioBuilder.plan(targetIncentive: 50_000,
                                        curve: PayCurve(threshold: 0.5, zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2)], payoutCap: 3))
        plan.payoutCap = planCap
        var plain = Self.scenario(sellers: 30, trials: 3_000, plans: [plan])
        plain.simulation.macroShockSigma = 0.05
        var general = plain
        general.renewals = RenewalPlan(rate: BetaRate(mean: 0.9, spread: 0.05))
        #expect(!plain.usesRealPlanFeatures && general.usesRealPlanFeatures)
        let fast = ScenarioBuilder.run(plain), slow = ScenarioBuilder.run(general)
        #expect(fast.realPlan == nil)
        _ = try #require(slow.realPlan)
        for trial in 0..<fast.trials.count {
            #expect(abs(fast.trials.revenue[trial] - slow.trials.revenue[trial]) <= 1e-9 * fast.trials.revenue[trial])
            #expect(abs(fast.trials.variableComp[trial] - slow.trials.variableComp[trial]) <= 1e-9 * max(1, fast.trials.variableComp[trial]))
            #expect(fast.trials.shareAtQuota[trial] == slow.trials.shareAtQuota[trial])
        }
    }

    /// Goal parts (whole bookings by region, shares by vertical and product) and a manager's
    /// credited bookings, spread after the seats on the general path, are the fast path's, trial
    /// by trial (3,000 trials: a last chunk whose length is not a multiple of the spread's blocks).
    @Test func theGeneralPathSpreadsGoalPartsAndCreditsLikeTheFastPath() throws {
        var sellers = (0..<24).map { index in
            Seller(id: "s\(index)", name: "s\(index)", planID: "plan", territoryID: "t\(index % 6)",
                   region: index % 3 == 0 ? "east" : "west", quota: 1_000_000 + 10_000 * Double(index), managerID: index < 12 ? "m" : nil)
        }
        sellers.append(Seller(id: "m", name: "m", role: .manager, planID: "plan", quota: 12_000_000))
        var plain = ScenarioBuilder.scenario(sellers: sellers, goal: 24_000_000, yearTypes: Self.oneYear, trials: 3_000, seed: 9, skillPersistence: 0)
        plain.territories = (0..<6).map { Territory(id: "t\($0)", name: "t\($0)") }
        plain.accounts = (0..<18).map { index in
            Account(id: "a\(index)", name: "a\(index)", territoryID: "t\(index % 6)", potential: 100 + 37 * Double(index),
                    vertical: ["retail", "energy", "media"][index % 3])
        }
        plain.goal.byRegion = [NamedAmount(name: "east", amount: 8_000_000), NamedAmount(name: "west", amount: 16_000_000)]
        plain.goal.byVertical = [NamedAmount(name: "retail", amount: 9_000_000), NamedAmount(name: "energy", amount: 8_000_000)]
        plain.goal.byProduct = [NamedAmount(name: "core", amount: 17_000_000)]
        plain.productMix = ProductMix(companyDefault: [NamedAmount(name: "core", amount: 0.7), NamedAmount(name: "extra", amount: 0.3)])
        var general = plain
        general.renewals = RenewalPlan(rate: BetaRate(mean: 0.9, spread: 0.05))
        let fast = ScenarioBuilder.run(plain), slow = ScenarioBuilder.run(general)
        #expect(fast.realPlan == nil && slow.realPlan != nil)
        #expect(fast.trials.partBookings.count == 5 && slow.trials.partBookings.count == 5)
        for (fastPart, slowPart) in zip(fast.trials.partBookings, slow.trials.partBookings) {
            for trial in 0..<3_000 { #expect(abs(fastPart[trial] - slowPart[trial]) <= 1e-9 * fastPart[trial]) }
        }
        for trial in 0..<3_000 {
            #expect(abs(fast.trials.variableComp[trial] - slow.trials.variableComp[trial]) <= 1e-9 * fast.trials.variableComp[trial],
                    "the manager is paid on the same credited bookings")
        }
        let manager = try #require(slow.sellers.first { $0.id == "m" }), fastManager = try #require(fast.sellers.first { $0.id == "m" })
        #expect(abs(manager.meanPay - fastManager.meanPay) <= 1e-9 * fastManager.meanPay)
    }

    @Test func theSameSeedGivesTheSameResultsOnAnyThreadCount() throws {
        var scenario = Self.scenario(sellers: 40, trials: 3_000)
        scenario.workforce = WorkforcePlan(attritionRate: [.accountExecutive: 0.2], vacancyMonths: 1, rampProductivity: [0.5, 1])
        scenario.spifs = [SPIF(id: "s", name: "s", amount: 500, trigger: .perDeal(dealsPerSeller: 2, product: nil))]
        let one = ScenarioBuilder.run(scenario, threads: 1), two = ScenarioBuilder.run(scenario, threads: 2)
        #expect(one.trials.variableComp == two.trials.variableComp && one.trials.revenue == two.trials.revenue)
        #expect(one.realPlan!.spifPay == two.realPlan!.spifPay)
    }

    /// An overlay on half credit for two named territories, a sales engineer on a quarter of their
    /// manager's team: credited bookings, and the double-credit ratio, follow.
    @Test func creditSharesAndCoverageListsSetTheDoubleCreditRatio() throws {
        var sellers = (0..<4).map { Seller(id: "ae\($0)", name: "ae\($0)", planID: "plan", territoryID: "t\($0)", quota: 1_000_000, managerID: "m") }
        sellers.append(Seller(id: "m", name: "m", role: .manager, planID: "plan", quota: 4_000_000))
        var overlay = Seller(id: "o", name: "o", role: .overlaySpecialist, planID: "plan", region: "x", quota: 1_000_000)
        overlay.coversTerritories = ["t0", "t1"]
        overlay.creditShare = 0.5
        var engineer = Seller(id: "se", name: "se", role: .salesEngineer, planID: "plan", quota: 1_000_000, managerID: "m")
        engineer.creditShare = 0.25
        sellers += [overlay, engineer]
        var scenario = ScenarioBuilder.scenario(sellers: sellers, yearTypes: [YearType(name: "flat", probability: 1, medianAttainment: 1, sigma: 0.0001)],
                                                trials: 600, seed: 1, skillPersistence: 0)
        scenario.territories = (0..<4).map { Territory(id: "t\($0)", name: "t\($0)") }
        let outcome = try #require(ScenarioBuilder.run(scenario).realPlan)
        // Direct 4M; manager 4M, overlay 0.5 × 2M, engineer 0.25 × 4M: credited 6M, ratio 2.5.
        #expect(abs(outcome.doubleCreditRatio.mean - 2.5) < 1e-3, "\(outcome.doubleCreditRatio.mean)")
    }

    /// Comparisons keep common random numbers with real-plan draws: each scenario of a comparison
    /// reads exactly what it draws alone on the same draw plan, a plain scenario beside a rich one
    /// is unchanged, and a seller added to one scenario changes no other seller's pay.
    @Test func comparisonsShareRealPlanDraws() {
        let options = SimulationOptions(trials: 2_000, seed: 5, threads: 2)
        let plain = Self.scenario(sellers: 20, trials: 2_000)
        var rich = plain
        rich.workforce = WorkforcePlan(attritionRate: [.accountExecutive: 0.2], vacancyMonths: 2, rampProductivity: [0.5, 1])
        rich.spifs = [SPIF(id: "s", name: "s", amount: 500, trigger: .perDeal(dealsPerSeller: 2, product: nil))]
        var larger = rich
        larger.sellers.insert(Seller(id: "new", name: "new", planID: "plan", quota: 900_000), at: 4)
        let scenarios = [("plain", plain), ("rich", rich), ("larger", larger)]
        let comparison = ScenarioComparison(scenarios, options: options)
        let plan = DrawPlan(scenarios: scenarios.map(\.1))
        for (index, scenario) in scenarios.enumerated() {
            let alone = MonteCarloEngine(scenario: scenario.1, drawPlan: plan).run(options)
            let shared = comparison.entries[index].result.trials
            #expect(shared.variableComp == alone.trials.variableComp && shared.revenue == alone.trials.revenue, "\(scenario.0)")
        }
        let plainAlone = MonteCarloEngine(scenario: plain).run(options)
        #expect(comparison.entries[0].result.trials.revenue == plainAlone.trials.revenue, "real-plan draws come after the plain ones")
        let before = Dictionary(uniqueKeysWithValues: comparison.entries[1].result.sellers.map { ($0.id, $0.meanPay) })
        for seller in comparison.entries[2].result.sellers where seller.id != "new" {
            #expect(seller.meanPay == before[seller.id], "\(seller.id)")
        }
    }

    /// A date SPIF and renewals, hand-computed on one seller whose attainment is fixed at 90 %
    /// (σ ≈ 0): bookings by the end of June are 0.9 × 6/12 = 45 % of quota, so a 44.9 % SPIF pays
    /// and a 45.1 % one does not; renewals are the base × the renewal rate.
    @Test func dateSPIFsAndRenewalsOnAFixedAttainment() throws {
        let flat = [YearType(name: "flat", probability: 1, medianAttainment: 0.9, sigma: 1e-12)]
        var seller = Seller(id: "s", name: "s", planID: "plan", quota: 1_000_000)
        seller.renewalBase = 500_000
        var scenario = ScenarioBuilder.scenario(sellers: [seller], yearTypes: flat, trials: 1_000, seed: 3, skillPersistence: 0)
        scenario.spifs = [
            SPIF(id: "early", name: "44.9 % by June", amount: 5_000, trigger: .attainmentByMonth(reach: 0.449, byMonth: 6)),
            SPIF(id: "stretch", name: "45.1 % by June", amount: 7_000, trigger: .attainmentByMonth(reach: 0.451, byMonth: 6)),
        ]
        scenario.renewals = RenewalPlan(rate: BetaRate(mean: 0.9, spread: 0.0001))
        let result = ScenarioBuilder.run(scenario)
        let outcome = try #require(result.realPlan)
        #expect(outcome.spifPay.min == 5_000 && outcome.spifPay.max == 5_000)
        #expect(abs(outcome.renewed.mean - 450_000) < 100, "\(outcome.renewed.mean)")
        #expect(abs(result.headline.variableComp.mean - (0.9 + 5_000)) < 1e-6, "plan pay 0.9 × target incentive 1, plus the SPIF")
    }
}
