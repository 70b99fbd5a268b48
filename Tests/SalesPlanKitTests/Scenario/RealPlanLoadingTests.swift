import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Real plans: loading (issue 10)")
struct RealPlanLoadingTests {
    /// The engine holds a seller's measure attainments in eight lanes: a ninth measure is a
    /// located error, not a trap in the simulation.
    @Test func aPlanHasAtMostEightMeasures() throws {
        let measures = (1...9).map { "      - {name: m\($0), weight: 0.1, pay_curve: {zones: [{from: 0, rate: 1}]}}" }
        let text = (["salesplan: 1", "name: nine", "goal: {bookings: 1M}", "simulation: {year_types: [{name: y, probability: 1, median_attainment: 1, sigma: 0.3}]}",
                     "plans:", "  - id: p", "    base_salary: 1", "    target_incentive: 1", "    measures:"] + measures
                    + ["sellers:", "  - {id: s, name: s, plan: p, quota: 1M}"]).joined(separator: "\n") + "\n"
        let folder = try ScenarioFolder(files: ["scenario.yaml": text])
        do {
            _ = try folder.load()
            Issue.record("nine measures were accepted")
        } catch let error as ScenarioLoadError {
            #expect(error.description.contains("scenario.yaml:10:7: plans[0].measures: a plan has at most 8 measures (got 9)"), "\(error)")
        }
    }

    @Test func everyKeyRoundTripsIntoTheModel() throws {
        let folder = try ScenarioFolder(files: Real.files)
        let loaded = try folder.load()
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.map(\.description))")
        let scenario = loaded.scenario

        let ae = try #require(scenario.plans.first { $0.id == "ae" })
        #expect(ae.measureCorrelations == [[1, 0.5], [0.5, 1]])
        #expect(ae.clawback == Clawback(churnRate: BetaRate(mean: 0.06, spread: 0.03), windowMonths: 6))
        #expect(ae.newHireDraw == NewHireDraw(monthlyAmount: 8_000, months: 3, recoverable: true))
        #expect(ae.rampQuotaRelief)
        #expect(ae.measures.map(\.credits) == [.bookings, .renewals, .product("analytics")])
        #expect(ae.measures[0].gate == MeasureGate(measure: "renewals", atLeast: 0.9, otherwise: .noAccelerator))
        #expect(ae.measures[0].attainment == nil)
        #expect(ae.measures[1].attainment == MeasureAttainment(median: 0.95, sigma: 0.1, correlation: 0.5))
        #expect(ae.measures[1].gate == nil && ae.measures[2].attainment == nil)

        let overlay = try #require(scenario.plans.first { $0.id == "overlay" })
        #expect(overlay.measures.count == 1, "a single pay_curve plan")
        #expect(overlay.clawback == Clawback(churnRate: BetaRate(mean: 0.1, spread: 0.05), windowMonths: 12), "window defaults to 12")
        #expect(overlay.newHireDraw == NewHireDraw(monthlyAmount: 2_000, months: 2, recoverable: false), "recoverable defaults to false")
        #expect(!overlay.rampQuotaRelief && overlay.measureCorrelations == nil)

        #expect(scenario.workforce == WorkforcePlan(attritionRate: [.accountExecutive: 0.15, .manager: 0.08], vacancyMonths: 2,
                                                    rampProductivity: [0.25, 0.5, 0.75, 1]))
        #expect(scenario.renewals == RenewalPlan(rate: BetaRate(mean: 0.9, spread: 0.04), countsTowardGoal: true))
        #expect(scenario.spifs == [
            SPIF(id: "analytics-deals", name: "Analytics push", amount: 2_000,
                 trigger: .perDeal(dealsPerSeller: 2.5, product: "analytics"), budget: 100_000),
            SPIF(id: "fast-start", name: "fast-start", amount: 5_000, trigger: .attainmentByMonth(reach: 0.5, byMonth: 6),
                 roles: [.accountExecutive, .insideSales]),
        ])

        let sellers = Dictionary(uniqueKeysWithValues: scenario.sellers.map { ($0.id, $0) })
        #expect(sellers["mgr"]?.creditShare == 0.5 && sellers["mgr"]?.coversProducts == ["analytics"])
        #expect(sellers["ae1"]?.renewalBase == 400_000 && sellers["ae1"]?.creditShare == 1, "credit_share defaults to 100 %")
        #expect(sellers["ae2"]?.renewalBase == 250_000)
        #expect(sellers["ov1"]?.coversTerritories == ["west", "east"] && sellers["ov1"]?.coversProducts == ["core", "analytics"])
        #expect(sellers["ov1"]?.creditShare == 0.5 && sellers["ov1"]?.region == "west", "an overlay may cover territories and have a region")
        #expect(sellers["ov2"]?.coversTerritories == ["east"] && sellers["ov2"]?.region == nil, "covered territories need no region")
        #expect(sellers["se1"]?.role == .salesEngineer && sellers["se1"]?.creditShare == 0.25)
        #expect(sellers["bdr1"]?.role == .businessDevelopment)
        #expect(sellers["ov2"]?.renewalBase == 0 && sellers["ov2"]?.coversProducts == [], "defaults")
    }

    @Test func inlineSellersTakeTheNewKeysAsYAMLLists() throws {
        let text = Real.replacing(line: 54, with: """
            sellers:
              - {id: ae1, plan: ae, quota: 1000000, territory: west, renewal_base: 1.2M}
              - {id: ov1, plan: overlay, quota: 1000000, role: overlay_specialist, covers_territories: [west], covers_products: [core, analytics], credit_share: 0.4}
            """)
        let folder = try ScenarioFolder(files: ["scenario.yaml": text])
        let scenario = try folder.load().scenario
        #expect(scenario.sellers[0].renewalBase == 1_200_000)
        #expect(scenario.sellers[1].coversTerritories == ["west"] && scenario.sellers[1].coversProducts == ["core", "analytics"])
        #expect(scenario.sellers[1].creditShare == 0.4)
    }

    @Test func aPositiveSemiDefiniteButSingularMatrixIsAccepted() throws {
        // Two measures perfectly correlated with the primary: singular, yet a valid correlation matrix.
        let text = Real.replacing(line: 17, with: "    measure_correlations: [[1, 1, 1], [1, 1, 1], [1, 1, 1]]")
            .replacingOccurrences(of: "        product: analytics\n", with: "        product: analytics\n        attainment: {sigma: 0.2}\n")
            .replacingOccurrences(of: "correlation: 0.5}", with: "correlation: 1}")
        let folder = try ScenarioFolder(files: ["scenario.yaml": text, "sellers.csv": Real.csv])
        let loaded = try folder.load()
        #expect(loaded.scenario.plans[0].measureCorrelations?.count == 3)
    }

    @Test func choleskyFactorsAndLocatesTheFailure() throws {
        let lower = try CorrelationMatrix.cholesky([[1, 0.5], [0.5, 1]]).get()
        #expect(abs(lower[1][0] - 0.5) < 1e-12 && abs(lower[1][1] - 0.75.squareRoot()) < 1e-12 && lower[0][1] == 0)
        #expect(throws: CorrelationMatrix.NotPositiveSemiDefinite(row: 2)) {
            try CorrelationMatrix.cholesky([[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]).get()
        }
        #expect(throws: CorrelationMatrix.NotPositiveSemiDefinite(row: 2)) {
            try CorrelationMatrix.cholesky([[1, 1, 0], [1, 1, 0.5], [0, 0.5, 1]]).get()
        }
    }

    @Test(arguments: realPlanBadInputs)
    func reportsWhereTheProblemIs(_ input: BadInput) throws {
        try ScenarioErrorTests().reportsWhereTheProblemIs(input)
    }

    @Test func aVariantChangesOneNewKeyAndMergesTheRest() throws {
        let folder = try ScenarioFolder(files: [
            "base/scenario.yaml": Real.text,
            "base/sellers.csv": Real.csv,
            "variant.yaml": """
                extends: base/scenario.yaml
                workforce: {vacancy_months: 4}
                renewals: {rate: {spread: 2%}}
                spifs:
                  - {id: fast-start, amount: 7500, attainment_by_month: {reach: 60%, month: 9}}
                  - {id: q4-push, amount: 1k, per_deal: {deals_per_seller: 1}}
                  - {id: analytics-deals, remove: true}
                plans:
                  - id: overlay
                    target_incentive: 50000
                    pay_curve: {threshold: 0.5}
                    clawback: {churn_rate: {mean: 8%, spread: 2%}, window_months: 3}
                sellers:
                  - {id: se1, plan: overlay, quota: 1000000, role: sales_engineer, manager: mgr, credit_share: 30%}
                """,
        ])
        let loaded = try folder.load("variant.yaml")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.map(\.description))")
        let scenario = loaded.scenario
        #expect(scenario.workforce.vacancyMonths == 4, "the variant's key")
        #expect(scenario.workforce.attritionRate == [.accountExecutive: 0.15, .manager: 0.08], "the base's other keys kept")
        #expect(scenario.workforce.rampProductivity == [0.25, 0.5, 0.75, 1])
        #expect(scenario.renewals == RenewalPlan(rate: BetaRate(mean: 0.9, spread: 0.02), countsTowardGoal: true), "merged key by key")
        #expect(scenario.spifs.map(\.id) == ["fast-start", "q4-push"], "SPIFs merge by id")
        #expect(scenario.spifs[0].amount == 7_500 && scenario.spifs[0].trigger == .attainmentByMonth(reach: 0.6, byMonth: 9))
        #expect(scenario.plans[1].clawback == Clawback(churnRate: BetaRate(mean: 0.08, spread: 0.02), windowMonths: 3))
        #expect(scenario.plans[1].newHireDraw == nil, "a plan entry replaces the base's whole")
        #expect(scenario.plans[0].clawback?.windowMonths == 6, "the other plan is the base's")
        #expect(scenario.sellers.first { $0.id == "se1" }?.creditShare == 0.3, "a variant's seller merges into the base's CSV")
    }

    @Test func theQuotaCommandsSellersTableKeepsTheNewColumns() throws {
        let original = try ScenarioFolder(files: Real.files).load().scenario
        let written = String(decoding: QuotaReport.sellersTable(original), as: UTF8.self)
        let reloaded = try ScenarioFolder(files: ["scenario.yaml": Real.text, "sellers.csv": written]).load().scenario
        #expect(reloaded.sellers.map(\.creditShare) == original.sellers.map(\.creditShare))
        #expect(reloaded.sellers.map(\.coversTerritories) == original.sellers.map(\.coversTerritories))
        #expect(reloaded.sellers.map(\.coversProducts) == original.sellers.map(\.coversProducts))
        #expect(reloaded.sellers.map(\.renewalBase) == original.sellers.map(\.renewalBase))
        let plain = try ScenarioFolder(files: ["scenario.yaml": MinimalScenario.text]).load().scenario
        #expect(!String(decoding: QuotaReport.sellersTable(plain), as: UTF8.self).contains("credit_share"),
                "a roster without real-plan columns is written as before")
    }

    @Test func aVariantsErrorInANewBlockPointsAtTheVariant() throws {
        let folder = try ScenarioFolder(files: [
            "base/scenario.yaml": Real.text,
            "base/sellers.csv": Real.csv,
            "variant.yaml": "extends: base/scenario.yaml\nworkforce: {ramp: [50%, 90%]}\n",
        ])
        let messages = folder.diagnostics(loading: "variant.yaml").map(\.description)
        #expect(messages.contains { $0.contains("variant.yaml:2:19: workforce.ramp: a ramp schedule must end at 100 %") }, "\(messages)")
    }
}
