import Testing
@testable import SalesPlanKit

@Suite("Territory metrics")
struct TerritoryMetricsTests {
    @Test func haversineDistancesOfKnownPairs() {
        // London–Paris and New York–Los Angeles, R = 6,371.0088 km (checked with Python's math).
        #expect(abs(haversineKm(latitude1: 51.5074, longitude1: -0.1278, latitude2: 48.8566, longitude2: 2.3522) - 343.5565) < 0.001)
        #expect(abs(haversineKm(latitude1: 40.7128, longitude1: -74.0060, latitude2: 34.0522, longitude2: -118.2437) - 3935.7517) < 0.001)
        let london = GeoPoint(latitude: 51.5074, longitude: -0.1278), paris = GeoPoint(latitude: 48.8566, longitude: 2.3522)
        #expect(abs(london.distanceKm(to: paris) - 343.5565) < 0.001)
    }

    @Test func indexDeviationAndCoefficientOfVariation() throws {
        // Potentials 120, 100, 80: mean 100, indexes 120/100/80, CV = √((0.04 + 0 + 0.04) / 3).
        let scenario = BalancingFixtures.scenario(
            territories: BalancingFixtures.territories(["a", "b", "c"]),
            accounts: BalancingFixtures.accounts("a", in: "a", [70, 50]) + BalancingFixtures.accounts("b", in: "b", [100])
                + BalancingFixtures.accounts("c", in: "c", [40, 40]))
        let problem = try BalancingProblem(scenario: scenario, options: BalancingFixtures.options())
        let metrics = TerritoryMetrics(problem: problem, assignment: problem.initial)
        #expect(metrics.rows.map(\.index) == [120, 100, 80])
        #expect(metrics.rows.map(\.accounts) == [2, 1, 2])
        #expect(abs(metrics.rows[0].deviation - 0.2) < 1e-12 && abs(metrics.rows[2].deviation + 0.2) < 1e-12)
        #expect(abs(metrics.maxDeviation - 0.2) < 1e-12)
        #expect(abs(metrics.coefficientOfVariation - (0.08 / 3).squareRoot()) < 1e-12)
        #expect(metrics.shareWithin.map { ($0 * 3).rounded() } == [1, 1, 1])
    }

    @Test func homeBaseDefaultsToTheCentroidOfTodaysAccounts() throws {
        var accounts = BalancingFixtures.accounts("a", in: "a", [1, 1])
        accounts[0].latitude = 0; accounts[0].longitude = 10
        accounts[1].latitude = 0; accounts[1].longitude = 20
        let scenario = BalancingFixtures.scenario(territories: BalancingFixtures.territories(["a"]), accounts: accounts)
        let problem = try BalancingProblem(scenario: scenario, options: BalancingFixtures.options())
        let home = try #require(problem.homeBase(0))
        #expect(abs(home.latitude) < 1e-9 && abs(home.longitude - 15) < 1e-9)
    }
}
