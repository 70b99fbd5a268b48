import Foundation
import Testing
@testable import SalesPlanKit

/// The `marketing:` block read into a ``MarketingPlan``, and each bad input reported where it was
/// written: file, line, column and field.
@Suite("Marketing plan in the scenario")
struct MarketingPlanDecodingTests {
    /// Appended to ``MinimalScenario`` (18 lines): `marketing:` is line 19.
    static let lines = [
        "marketing:",                                                                                   // 19
        "  funnel:",                                                                                    // 20
        "    lead_to_mql: 40%",                                                                         // 21
        "    mql_to_sql: {value: 20%, sigma: 0.1}",                                                     // 22
        "    sql_to_opportunity: [40%, 60%]",                                                           // 23
        "    opportunity_to_won: {range: [20%, 30%]}",                                                  // 24
        "  segments:",                                                                                  // 25
        "    smb: {deal_size: 20k, sales_cycle_days: [30, 90]}",                                        // 26
        "    enterprise: {deal_size: {value: 150k, sigma: 0.3}}",                                       // 27
        "  channels:",                                                                                  // 28
        "    - {name: content-syndication, spend: 100k, cost_per_lead: 100, segment: smb}",            // 29
        "    - {name: linkedin, spend: 50k, cost_per_click: 8, click_to_lead: 5%, segment_mix: {smb: 40%, enterprise: 60%}}", // 30
        "    - {name: events, spend: 30k, pipeline_per_dollar: [10, 14]}",                               // 31
        "  sourced_share: {default: 35%, by_segment: {smb: 50%}}",                                      // 32
        "  influenced_share: 60%",                                                                      // 33
        "  arpa: 30k",                                                                                  // 34
        "  retention: 90%",                                                                             // 35
    ]

    static func text(replacing line: Int? = nil, with replacement: String = "") -> String {
        var copy = lines
        if let line { copy[line - 19] = replacement }
        var base = MinimalScenario.lines
        base[16] = "  - {id: s1, plan: ae, quota: 1000000, segment: smb}"
        base[17] = "  - {id: s2, plan: ae, quota: 1000000, segment: enterprise}"
        return (base + copy).joined(separator: "\n") + "\n"
    }

    @Test func aValidBlockRoundTripsIntoTheModel() throws {
        let folder = try ScenarioFolder(files: ["scenario.yaml": Self.text()])
        let loaded = try folder.load()
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let plan = loaded.scenario.marketing
        let funnel = try #require(plan.funnel)
        #expect(funnel.leadToMQL == .exactly(0.4))
        #expect(funnel.mqlToSQL == UncertainFigure(median: 0.2, sigma: 0.1))
        #expect(abs(funnel.sqlToOpportunity.median - (0.4 * 0.6).squareRoot()) < 1e-15)
        #expect(abs(funnel.sqlToOpportunity.sigma - log(1.5) / (2 * 1.2815515655446004)) < 1e-15)
        #expect(abs(funnel.opportunityToWon.p10 - 0.2) < 1e-12 && abs(funnel.opportunityToWon.p90 - 0.3) < 1e-12)
        #expect(plan.segments.map(\.name) == ["smb", "enterprise"])
        #expect(plan.segments[0].dealSize == .exactly(20_000))
        #expect(plan.segments[1].dealSize == UncertainFigure(median: 150_000, sigma: 0.3))
        #expect(plan.segments[1].salesCycleDays == nil)
        #expect(plan.channels.map(\.name) == ["content-syndication", "linkedin", "events"])
        #expect(plan.channels.map(\.spend) == [100_000, 50_000, 30_000])
        #expect(plan.channels[0].cost == .costPerLead(.exactly(100)))
        #expect(plan.channels[0].segmentShares == [NamedAmount(name: "smb", amount: 1)])
        #expect(plan.channels[1].cost == .costPerClick(.exactly(8), clickToLead: .exactly(0.05)))
        #expect(plan.channels[1].segmentShares == [NamedAmount(name: "smb", amount: 0.4), NamedAmount(name: "enterprise", amount: 0.6)])
        guard case .pipelinePerDollar(let perDollar) = plan.channels[2].cost else { Issue.record("events: \(plan.channels[2].cost)"); return }
        #expect(abs(perDollar.median - 140.0.squareRoot()) < 1e-12)
        // No segment given and the goal does not split by segment: equal shares.
        #expect(plan.channels[2].segmentShares == [NamedAmount(name: "smb", amount: 0.5), NamedAmount(name: "enterprise", amount: 0.5)])
        #expect(plan.sourcedShareDefault == 0.35 && plan.sourcedShareBySegment == ["smb": 0.5] && plan.sourcedShareByTerritory.isEmpty)
        #expect(plan.influencedShare == 0.6 && plan.arpa == 30_000 && plan.retention == 0.9)
        #expect(plan.totalSpend == 180_000)
    }

    @Test func aScenarioWithoutTheBlockHasAnEmptyPlan() throws {
        let scenario = try ScenarioFolder(files: ["scenario.yaml": MinimalScenario.text]).load().scenario
        #expect(scenario.marketing == MarketingPlan())
        #expect(!scenario.marketing.hasChannels && scenario.marketing.totalSpend == 0 && scenario.marketing.successLogSigma == 0)
    }

    static let badInputs: [(String, String, Int, String, String, String)] = [
        // name, replacement for that line, line, token (column), field, message
        ("negative spend", "    - {name: content-syndication, spend: -5k, cost_per_lead: 100, segment: smb}", 29, "-5k",
         "marketing.channels[0].spend", "must be 0 or more (got -5k)"),
        ("conversion rate above 1", "    lead_to_mql: 140%", 21, "140%",
         "marketing.funnel.lead_to_mql", "must be above 0 and at most 1 (100 %): a conversion rate (got 140%)"),
        ("P90 of a rate above 1", "    sql_to_opportunity: [40%, 1.2]", 23, "1.2",
         "marketing.funnel.sql_to_opportunity[1]", "must be above 0 and at most 1 (100 %): a conversion rate (got 1.2)"),
        ("unknown key with did-you-mean", "  retension: 90%", 35, "retension",
         "marketing.retension", #"unknown key "retension" (did you mean "retention"?)"#),
        ("unknown channel key", "    - {name: content-syndication, spend: 100k, cost_per_lead: 100, segmnt: smb}", 29, "segmnt",
         "marketing.channels[0].segmnt", #"unknown key "segmnt" (did you mean "segment"?)"#),
        ("two cost models", "    - {name: events, spend: 30k, pipeline_per_dollar: [10, 14], cost_per_lead: 90}", 31, "[10, 14]",
         "marketing.channels[2].pipeline_per_dollar", "has 2 cost models (cost_per_lead, pipeline_per_dollar); give exactly one"),
        ("no cost model", "    - {name: events, spend: 30k}", 31, "{name",
         "marketing.channels[2]", "needs one cost model: cost_per_lead, cost_per_click with click_to_lead, or pipeline_per_dollar"),
        ("cost per click without click-to-lead", "    - {name: linkedin, spend: 50k, cost_per_click: 8}", 30, "{name",
         "marketing.channels[1].click_to_lead", #"missing required key "click_to_lead""#),
        ("unknown segment", "    - {name: content-syndication, spend: 100k, cost_per_lead: 100, segment: smbb}", 29, "smbb",
         "marketing.channels[0].segment", #"unknown segment "smbb" (did you mean "smb"?)"#),
        ("unknown segment in a mix", "    - {name: linkedin, spend: 50k, cost_per_click: 8, click_to_lead: 5%, segment_mix: {smb: 40%, enterprse: 60%}}",
         30, "enterprse", "marketing.channels[1].segment_mix.enterprse", #"unknown segment "enterprse" (did you mean "enterprise"?)"#),
        ("value and range together", "    mql_to_sql: {value: 20%, range: [15%, 25%]}", 22, "[15%",
         "marketing.funnel.mql_to_sql.range", "give `value` (with an optional `sigma`) or a P10–P90 `range`, not both"),
        ("range highest first", "    sql_to_opportunity: [60%, 40%]", 23, "[60%",
         "marketing.funnel.sql_to_opportunity", "expected a P10–P90 range of two numbers, lowest first"),
        ("retention of 100 %", "  retention: 100%", 35, "100%",
         "marketing.retention", "must be below 1 (100 %)"),
        ("territory that does not exist", "  sourced_share: {default: 35%, by_territory: {t-north: 50%}}", 32, "t-north",
         "marketing.sourced_share.by_territory.t-north", #"no territory has the id "t-north""#),
    ]

    @Test(arguments: badInputs)
    func badInputIsALocatedError(_ input: (String, String, Int, String, String, String)) throws {
        let (name, replacement, line, token, field, message) = input
        let text = Self.text(replacing: line, with: replacement)
        let folder = try ScenarioFolder(files: ["scenario.yaml": text])
        #expect(throws: ScenarioLoadError.self, "\(name)") { try folder.load() }
        let diagnostic = try #require(folder.diagnostics().first { $0.severity == .error }, "\(name)")
        #expect(diagnostic.location.file == folder.path("scenario.yaml"), "\(name)")
        #expect(diagnostic.location.line == line, "\(name): \(diagnostic)")
        #expect(diagnostic.location.column == BadInput.column(of: token, inLine: line, of: text), "\(name): \(diagnostic)")
        #expect(diagnostic.field == field, "\(name): \(diagnostic)")
        #expect(diagnostic.message.contains(message), "\(name): \(diagnostic)")
    }
}
