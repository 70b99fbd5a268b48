import Foundation
import Testing
@testable import SalesPlanKit

/// Sellers take their region and segment from their territory, and sellers outside the goal's
/// split are pointed out instead of silently dropping out of coverage.
@Suite("Regions and segments of sellers")
struct TerritoryAreaTests {
    static func scenario(goalSplit: String, sellers: [String], extra: String = "") -> String {
        """
        salesplan: 1
        goal:
          bookings: 4000000
          by_region: \(goalSplit)
        simulation:
          year_types: [{name: y, probability: 1, median_attainment: 0.8, sigma: 0.3}]
        plans: [{id: ae, target_incentive: 1000, pay_curve: {threshold: 0.5}}]
        territories:
          - {id: t-emea, region: emea, segment: smb}
          - {id: t-apac, region: apac}
          - {id: t-none}
        sellers:
        \(sellers.map { "  - \($0)" }.joined(separator: "\n"))
        \(extra)
        """
    }

    @Test func sellersTakeTheirTerritorysRegionAndSegment() throws {
        let text = Self.scenario(goalSplit: "{emea: 2000000, apac: 2000000}", sellers: [
            "{id: a, plan: ae, quota: 1000000, territory: t-emea}",
            "{id: b, plan: ae, quota: 3000000, territory: t-emea, segment: enterprise}",
            "{id: c, plan: ae, quota: 500000, territory: t-apac, region: apac}",
            "{id: d, plan: ae, quota: 700000, territory: t-none, region: apac}",
            "{id: o, plan: ae, quota: 9000000, role: overlay_specialist, territory: t-emea}",
        ])
        let folder = try ScenarioFolder(files: ["scenario.yaml": text])
        let loaded = try folder.load()
        let sellers = loaded.scenario.sellers
        #expect(sellers.map(\.region) == ["emea", "emea", "apac", "apac", "emea"])
        #expect(sellers.map(\.segment) == ["smb", "enterprise", nil, nil, "smb"])
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")

        // Coverage by region counts them: emea 1M + 3M of 2M, apac 0.5M + 0.7M of 2M.
        let coverage = GoalCoverage(scenario: loaded.scenario)
        #expect(coverage.byRegion.map(\.quota) == [4_000_000, 1_200_000])
        #expect(coverage.byRegion.map(\.ratio) == [2.0, 0.6])
        // The overlay (region emea and segment smb from t-emea) is credited with seller a only:
        // b is in emea too, but in segment enterprise.
        #expect(CreditMap(sellers: sellers).creditedSellers(of: 4) == [0])
    }

    @Test func sellersOutsideTheGoalSplitAreWarnings() throws {
        let text = Self.scenario(goalSplit: "{emea: 2000000, apac: 2000000}", sellers: [
            "{id: a, plan: ae, quota: 1000000, region: emae}",
            "{id: b, plan: ae, quota: 1500000, region: emae}",
            "{id: c, plan: ae, quota: 500000, territory: t-apac}",
            "{id: d, plan: ae, quota: 250000}",
            "{id: e, plan: ae, quota: 250000, territory: t-none}",
            "{id: f, plan: ae, quota: 2000000, region: latam}",
            "{id: g, plan: ae, quota: 100000, territory: t-emea}",
        ]).replacingOccurrences(of: "{id: t-apac, region: apac}", with: "{id: t-apac, region: apc}")
        let folder = try ScenarioFolder(files: ["scenario.yaml": text])
        let warnings = try folder.load().warnings.map { "\($0.location.line ?? 0):\($0.location.column ?? 0): \($0.field): \($0.message)" }
        #expect(warnings == [
            #"4:14: goal.by_region.apac: no direct seller is in region "apac" (did you mean "apc"?): this part of the goal has no quota covering it"#,
            "4:14: goal.by_region: 2 direct sellers have no region (nor a territory with one): their quota ($500.0k) is left out of coverage by region",
            #"13:47: sellers[0].region: region "emae" is not in goal.by_region (emea, apac) (did you mean "emea"?): the quota of 2 direct sellers in it ($2.50M) is left out of coverage by region"#,
            #"15:49: sellers[2].territory: region "apc" (from territory "t-apac") is not in goal.by_region (emea, apac) (did you mean "apac"?): this seller's quota ($500.0k) is left out of coverage by region"#,
            #"18:47: sellers[5].region: region "latam" is not in goal.by_region (emea, apac): this seller's quota ($2.00M) is left out of coverage by region"#,
        ])
    }
}
