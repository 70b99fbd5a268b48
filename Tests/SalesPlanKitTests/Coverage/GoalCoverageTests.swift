import Foundation
import Testing
@testable import SalesPlanKit

/// Coverage ratios by hand, and P(goal met) per region against the log-normal's closed form.
@Suite("Goal coverage")
struct GoalCoverageTests {
    static func seller(_ id: String, region: String?, quota: Double) -> Seller {
        Seller(id: id, name: id, planID: "plan", region: region, quota: quota)
    }

    /// Goal 1,000: east 600, west 400, north 100. Quotas: east 400 + 380 = 780 (1.30×), west 500
    /// (1.25×), north none (goal with no quota), south 200 (quota with no goal); total 1,480.
    @Test func ratiosByHand() {
        var scenario = ScenarioBuilder.scenario(
            sellers: [Self.seller("e1", region: "east", quota: 400), Self.seller("e2", region: "east", quota: 380),
                      Self.seller("w1", region: "west", quota: 500), Self.seller("s1", region: "south", quota: 200)],
            goal: 1_000, yearTypes: [YearType(name: "y", probability: 1, medianAttainment: 1, sigma: 0.3)], trials: 1_000)
        scenario.goal.byRegion = [NamedAmount(name: "east", amount: 600), NamedAmount(name: "west", amount: 400),
                                  NamedAmount(name: "north", amount: 100)]
        let coverage = ScenarioBuilder.run(scenario).coverage
        #expect(coverage.total.quota == 1_480 && coverage.total.ratio == 1.48)
        #expect(abs(coverage.total.attainmentFactor! - 1_000.0 / 1_480) < 1e-15)
        #expect(coverage.isOutsideBand(coverage.total), "48 % is above the 20–40 % band")
        let lines = Dictionary(uniqueKeysWithValues: coverage.parts.map { ($0.name, $0) })
        #expect(lines["east"]!.ratio == 1.3 && !coverage.isOutsideBand(lines["east"]!))
        #expect(lines["west"]!.ratio == 1.25)
        #expect(lines["north"]!.quota == 0 && lines["north"]!.hasGoalWithoutQuota)
        #expect(lines["north"]!.goalMet?.probability == 0)
        #expect(lines["south"]!.goal == nil && lines["south"]!.hasQuotaWithoutGoal && lines["south"]!.goalMet == nil)
        #expect(coverage.parts.map(\.name) == ["east", "west", "north", "south"], "goal parts first, then quota with no goal")
    }

    /// Two regions of one seller each, one year type, no shock, no history: a region's bookings
    /// are quota × LogNormal(ln m, σ), so P(goal met) = P(A ≥ goal ÷ quota) exactly.
    @Test func probabilityPerRegionMatchesTheClosedForm() {
        var scenario = ScenarioBuilder.scenario(
            sellers: [Self.seller("e", region: "east", quota: 1_000), Self.seller("w", region: "west", quota: 800)],
            goal: 1_500, yearTypes: [YearType(name: "y", probability: 1, medianAttainment: 0.9, sigma: 0.3)], trials: 40_000)
        scenario.goal.byRegion = [NamedAmount(name: "east", amount: 850), NamedAmount(name: "west", amount: 650)]
        let coverage = ScenarioBuilder.run(scenario).coverage
        for (name, quota, goal) in [("east", 1_000.0, 850.0), ("west", 800.0, 650.0)] {
            let expected = Analytic.survival(goal / quota, mu: log(0.9), sigma: 0.3)
            let measured = coverage.parts.first { $0.name == name }!.goalMet!
            let standardError = (expected * (1 - expected) / 40_000).squareRoot()
            #expect(abs(measured.probability - expected) < 4 * standardError, "\(name): \(measured.probability) vs \(expected)")
        }
    }

    /// Vertical shares come from the territory's account potential; product shares from the mix.
    @Test func verticalAndProductSplits() {
        var scenario = ScenarioBuilder.scenario(
            sellers: [Seller(id: "a", name: "a", planID: "plan", territoryID: "t1", segment: "smb", quota: 1_000)],
            goal: 1_000, yearTypes: [YearType(name: "y", probability: 1, medianAttainment: 1, sigma: 0.3)], trials: 100)
        scenario.territories = [Territory(id: "t1", name: "t1")]
        scenario.accounts = [Account(id: "x", name: "x", territoryID: "t1", potential: 300, vertical: "retail"),
                             Account(id: "y", name: "y", territoryID: "t1", potential: 100, vertical: "energy")]
        scenario.goal.byVertical = [NamedAmount(name: "retail", amount: 600), NamedAmount(name: "energy", amount: 300)]
        scenario.goal.byProduct = [NamedAmount(name: "core", amount: 700)]
        scenario.productMix = ProductMix(companyDefault: [NamedAmount(name: "core", amount: 0.5), NamedAmount(name: "extra", amount: 0.5)],
                                         bySegment: ["smb": [NamedAmount(name: "core", amount: 0.8), NamedAmount(name: "extra", amount: 0.2)]])
        let parts = GoalParts(scenario: scenario).parts
        #expect(parts.first { $0.name == "retail" }!.quota == 750)
        #expect(parts.first { $0.name == "energy" }!.quota == 250)
        #expect(parts.first { $0.name == "core" }!.quota == 800, "the segment's mix overrides the default")
        #expect(parts.first { $0.name == "extra" }!.goal == nil, "a product with quota and no goal")
    }
}
