import Foundation
import Testing
@testable import SalesPlanKit

/// Breakdowns by plan, role, region and segment add up: each group's mean pay is the sum of its
/// sellers' mean pay (the figure in sellers.csv), and a dimension's groups sum to the company's
/// variable comp and bookings in every trial.
@Suite("Pay breakdowns")
struct PayBreakdownTests {
    static func scenario() -> Scenario {
        let plans = [
            ScenarioBuilder.plan("hunter", targetIncentive: 100_000, curve: PayCurve(threshold: 0.5, zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2)])),
            ScenarioBuilder.plan("farmer", targetIncentive: 60_000),
            ScenarioBuilder.plan("lead", targetIncentive: 80_000),
        ]
        var sellers: [Seller] = []
        for index in 0..<12 {
            sellers.append(Seller(id: "s\(index)", name: "S\(index)", planID: index % 3 == 0 ? "farmer" : "hunter",
                                  region: index < 6 ? "east" : "west", segment: index % 2 == 0 ? "smb" : "enterprise",
                                  quota: 900_000 + Double(index) * 50_000, managerID: index < 6 ? "m-east" : "m-west"))
        }
        sellers.append(Seller(id: "m-east", name: "East lead", role: .manager, planID: "lead", region: "east", quota: 6_000_000))
        sellers.append(Seller(id: "m-west", name: "West lead", role: .manager, planID: "lead", region: "west", quota: 6_500_000))
        return ScenarioBuilder.scenario(sellers: sellers, plans: plans, goal: 10_000_000,
                                        yearTypes: ScenarioBuilder.whitepaperYears, trials: 3_000)
    }

    @Test func groupsAddUpToSellersAndToTheCompany() throws {
        let scenario = Self.scenario()
        let result = ScenarioBuilder.run(scenario)
        #expect(result.breakdowns.map(\.dimension) == [.plan, .role, .region, .segment])
        let sellers = Dictionary(uniqueKeysWithValues: result.sellers.map { ($0.id, $0) })
        for breakdown in result.breakdowns {
            var meanPay = 0.0, meanBookings = 0.0
            for group in breakdown.groups {
                let members = scenario.sellers.filter { seller in
                    switch breakdown.dimension {
                    case .plan: seller.planID == group.name
                    case .role: seller.role.displayName == group.name
                    case .region: (seller.region ?? BreakdownDimension.unassigned) == group.name
                    case .segment: (seller.segment ?? BreakdownDimension.unassigned) == group.name
                    }
                }
                #expect(group.sellers == members.count)
                let fromSellers = members.reduce(0) { $0 + sellers[$1.id]!.meanPay }
                #expect(abs(group.variableComp.mean - fromSellers) < 0.01 * Double(members.count), "\(breakdown.dimension) \(group.name)")
                let budget = members.reduce(0) { total, seller in total + scenario.plans.first { $0.id == seller.planID }!.targetIncentive }
                #expect(group.targetIncentive == budget)
                meanPay += group.variableComp.mean
                meanBookings += group.bookings?.mean ?? 0
            }
            #expect(abs(meanPay - result.headline.variableComp.mean) < 1e-6 * result.headline.variableComp.mean)
            #expect(abs(meanBookings - result.headline.revenue.mean) < 1e-6 * result.headline.revenue.mean)
        }
        let byRole = try #require(result.breakdowns.first { $0.dimension == .role })
        #expect(byRole.groups.map(\.name) == ["account executive", "manager"])
        #expect(byRole.groups[1].bookings == nil, "managers book nothing of their own")
        let expectedBudget: Double = 8 * 100_000 + 4 * 60_000 + 2 * 80_000
        #expect(result.variableCompBudget == expectedBudget)
    }

    /// Splitting pay by cell changes nothing else: the plain scenario and the same scenario with
    /// one seller in another region give bit-identical company totals.
    @Test func trackingCellsLeavesTheTotalsUnchanged() {
        let plain = ScenarioBuilder.scenario(sellers: ScenarioBuilder.sellers(8), yearTypes: ScenarioBuilder.whitepaperYears, trials: 2_000)
        var split = plain
        split.sellers[3].region = "elsewhere"
        let a = ScenarioBuilder.run(plain), b = ScenarioBuilder.run(split)
        #expect(a.trials.variableComp == b.trials.variableComp)
        #expect(a.trials.revenue == b.trials.revenue)
        #expect(a.breakdowns.first { $0.dimension == .region }?.groups.count == 1)
        #expect(b.breakdowns.first { $0.dimension == .region }?.groups.count == 2)
    }
}
