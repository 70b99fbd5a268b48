import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Bundled scenarios")
struct BundledScenarioTests {
    @Test func thereAreBundledScenarios() {
        let names = RepositoryFiles.bundledScenarios.map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(names.contains("figure1.yaml"))
        #expect(names.contains("scenario.yaml"))
        #expect(names.contains("bench-v1-50.yaml"))
        #expect(names.contains("bench-v1-5000.yaml"))
    }

    @Test(arguments: RepositoryFiles.bundledScenarios)
    func loadsWithoutErrorsOrWarnings(_ path: String) throws {
        let loaded = try ScenarioLoader().load(path)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func acmeIsTheRealisticCompanyTheIssueAsksFor() throws {
        let scenario = try ScenarioLoader().load(RepositoryFiles.path("scenarios/acme-fy2027/scenario.yaml")).scenario
        #expect(Set(scenario.sellers.compactMap(\.region)) == ["north-america", "emea", "apac"])
        #expect(Set(scenario.directSellers.compactMap(\.segment)) == ["enterprise", "mid-market", "smb"])
        #expect(scenario.sellers.filter { $0.role == .accountExecutive }.count == 60)
        #expect(scenario.sellers.filter { $0.role == .overlaySpecialist }.count == 6)
        #expect(scenario.sellers.filter { $0.role == .manager }.count == 12)
        #expect(scenario.accounts.count > 2_000)
        #expect(scenario.accounts.allSatisfy { $0.latitude != nil && $0.longitude != nil && $0.vertical != nil })
        #expect(scenario.territories.count == 60)
        #expect(scenario.plans.count == 4)
        let coverage = GoalCoverage(scenario: scenario)
        #expect(coverage.total.isUsual)
        // A marketing plan of about eight channels, 35–40 % sourced overall, enterprise lower and SMB higher.
        let marketing = scenario.marketing
        #expect(marketing.channels.count == 8)
        let sourced = try #require(scenario.overallSourcedShare)
        #expect(sourced >= 0.35 && sourced <= 0.40, "\(sourced)")
        #expect(marketing.sourcedShare(segment: "enterprise", territory: nil) < sourced)
        #expect(marketing.sourcedShare(segment: "smb", territory: nil) > sourced)
        #expect(marketing.successLogSigma > 0)
    }

    @Test func figure1IsTheWhitepaperSetUp() throws {
        let scenario = try ScenarioLoader().load(RepositoryFiles.path("scenarios/figure1.yaml")).scenario
        #expect(scenario.sellers.count == 50)
        #expect(scenario.sellers.allSatisfy { $0.quota == 1_500_000 })
        #expect(scenario.simulation.trials == 10_000)
        #expect(scenario.simulation.yearTypes.map(\.medianAttainment) == [0.55, 0.80, 1.00])
        #expect(scenario.simulation.yearTypes.map(\.probability) == [0.25, 0.50, 0.25])
    }

    @Test(arguments: [50, 5000])
    func benchModelV1(sellers: Int) throws {
        let scenario = try ScenarioLoader().load(RepositoryFiles.path("scenarios/bench-v1-\(sellers).yaml")).scenario
        #expect(scenario.sellers.count == sellers)
        #expect(scenario.simulation.trials == 10_000)
        #expect(abs(scenario.goal.bookings - Double(sellers) * 1_500_000 / 1.3) < 0.01)
        let plan = try #require(scenario.plans.first)
        #expect(plan.targetIncentive == 150_000)
        // The bench pay curve: 0 below 0.5; a up to 1; 1 + 2(a − 1) above; capped at 3.
        for attainment in stride(from: 0.0, through: 3.0, by: 0.01) {
            let expected = attainment < 0.5 ? 0 : attainment <= 1 ? attainment : min(1 + 2 * (attainment - 1), 3)
            #expect(abs(plan.payoutMultiple(at: attainment) - expected) < 1e-12)
        }
    }
}
