import Foundation
import Testing
@testable import SalesPlanKit

/// `extends:` merging, and errors located in the file where the value was written.
@Suite("Scenario variants (extends)")
struct ScenarioInheritanceTests {
    static let base = """
        salesplan: 1
        name: Base
        goal: {bookings: 2000000}
        finance: {gross_margin: 70%, ebitda_before_variable_comp: 500000}
        simulation:
          trials: 1000
          seed: 7
          year_types:
            - {name: average, probability: 1, median_attainment: 0.8, sigma: 0.3}
        plans:
          - {id: ae, target_incentive: 100000, pay_curve: {threshold: 0.5}}
          - {id: mgr, target_incentive: 50000, pay_curve: {threshold: 0.5}}
        sellers:
          - {id: s1, plan: ae, quota: 1000000}
          - {id: s2, plan: ae, quota: 1000000}
          - {id: s3, plan: ae, quota: 1000000}
        """

    @Test func aVariantOverridesMergesAddsAndRemoves() throws {
        let folder = try ScenarioFolder(files: [
            "base/scenario.yaml": Self.base,
            "variants/v.yaml": """
                extends: ../base/scenario.yaml
                name: Variant
                simulation: {seed: 9}
                plans:
                  - {id: ae, target_incentive: 120000, pay_curve: {threshold: 0.4}}
                sellers:
                  - {id: s2, remove: true}
                  - {id: s4, plan: ae, quota: 900000}
                  - {id: s1, plan: ae, quota: 1100000}
                """,
        ])
        let scenario = try folder.load("variants/v.yaml").scenario
        #expect(scenario.name == "Variant")
        #expect(scenario.simulation.seed == 9 && scenario.simulation.trials == 1_000, "a mapping merges key by key")
        #expect(scenario.finance.grossMargin == 0.7, "untouched sections are inherited")
        #expect(scenario.plans.map(\.id) == ["ae", "mgr"])
        #expect(scenario.plans[0].targetIncentive == 120_000 && scenario.plans[0].measures[0].payCurve.threshold == 0.4)
        #expect(scenario.sellers.map(\.id) == ["s1", "s3", "s4"])
        #expect(scenario.sellers[0].quota == 1_100_000)
    }

    @Test func aVariantMergesIntoABaseCSVTable() throws {
        let folder = try ScenarioFolder(files: [
            "base/scenario.yaml": Self.base.replacingOccurrences(
                of: "sellers:\n  - {id: s1, plan: ae, quota: 1000000}\n  - {id: s2, plan: ae, quota: 1000000}\n  - {id: s3, plan: ae, quota: 1000000}",
                with: "sellers: sellers.csv"),
            "base/sellers.csv": "id,plan,quota\ns1,ae,1000000\ns2,ae,1000000\n",
            "v.yaml": "extends: base/scenario.yaml\nsellers:\n  - {id: s1, remove: true}\n  - {id: s9, plan: ae, quota: 500000}\n",
        ])
        let scenario = try folder.load("v.yaml").scenario
        #expect(scenario.sellers.map(\.id) == ["s2", "s9"], "the base's CSV path stays relative to the base")
    }

    @Test func errorsPointAtTheFileTheValueWasWrittenIn() throws {
        let folder = try ScenarioFolder(files: [
            "base.yaml": Self.base.replacingOccurrences(of: "  seed: 7", with: "  seed: seven"),
            "v.yaml": "extends: base.yaml\nplans:\n  - {id: ae, target_incentive: -5, pay_curve: {threshold: 0.5}}\n",
        ])
        let messages = folder.diagnostics(loading: "v.yaml").map(\.description)
        #expect(messages.contains { $0.contains("base.yaml:7:9: simulation.seed") }, "\(messages)")
        #expect(messages.contains { $0.contains("v.yaml:3:32: plans[0].target_incentive") }, "\(messages)")
    }

    @Test func loopsAndMissingBasesAreErrors() throws {
        let folder = try ScenarioFolder(files: [
            "a.yaml": "extends: b.yaml\nname: A\n",
            "b.yaml": "extends: a.yaml\nname: B\n",
            "c.yaml": "extends: nowhere.yaml\n",
            "d.yaml": Self.base + "\n",
            "e.yaml": "extends: d.yaml\nsellers:\n  - {id: ghost, remove: true}\n",
        ])
        #expect(folder.diagnostics(loading: "a.yaml").contains { $0.description.contains("extends a.yaml, which extends this file again") })
        #expect(folder.diagnostics(loading: "c.yaml").contains { $0.description.contains("nowhere.yaml") })
        #expect(folder.diagnostics(loading: "e.yaml").contains { $0.description.contains("e.yaml:3:5: sellers: removes sellers entry \"ghost\"") })
    }

    @Test func theBundledVariantsLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios/acme-fy2027-review")
        for name in ["accelerators-above-120.yaml", "overlay-team.yaml", "goal-raised.yaml", "territories-rebalanced.yaml"] {
            let loaded = try ScenarioLoader().load(root.appendingPathComponent(name).path)
            #expect(loaded.warnings.isEmpty, "\(name): \(loaded.warnings)")
        }
    }
}
