import Foundation
import Testing
@testable import SalesPlanKit

/// The funnel against figures computed by hand: certain plans exactly, one uncertain input
/// against the analytic log-normal quantiles, σ of marketing success against its closed form.
@Suite("Marketing funnel")
struct FunnelTests {
    static let rates = FunnelRates(leadToMQL: .exactly(0.4), mqlToSQL: .exactly(0.25), sqlToOpportunity: .exactly(0.5),
                                   opportunityToWon: .exactly(0.25))

    static func scenario(_ plan: MarketingPlan, goal: Double = 1_000_000, grossMargin: Double? = 0.8) -> Scenario {
        var scenario = Scenario(name: "funnel", goal: CompanyGoal(bookings: goal),
                                finance: FinancePlan(grossMargin: grossMargin),
                                simulation: SimulationSettings(yearTypes: [YearType(name: "average", probability: 1, medianAttainment: 1, sigma: 0.3)]),
                                plans: [], sellers: [])
        scenario.marketing = plan
        return scenario
    }

    /// Two certain channels: $100k at $100 a lead, and $50k at 10× pipeline per dollar, one segment with $20k deals.
    static let certainPlan = MarketingPlan(
        channels: [MarketingChannel(name: "syndication", spend: 100_000, cost: .costPerLead(.exactly(100)), segmentShares: [NamedAmount(name: "smb", amount: 1)]),
                   MarketingChannel(name: "events", spend: 50_000, cost: .pipelinePerDollar(.exactly(10)), segmentShares: [NamedAmount(name: "smb", amount: 1)])],
        funnel: rates, segments: [MarketingSegment(name: "smb", dealSize: .exactly(20_000))],
        sourcedShareDefault: 0.4, arpa: 24_000, retention: 0.8)

    @Test func aCertainPlanGivesTheHandComputedFunnel() throws {
        let result = try #require(FunnelCalculator.run(Self.scenario(Self.certainPlan), trials: 200, seed: 1))
        // $100k ÷ $100 = 1,000 leads × 40 % = 400 MQLs × 25 % = 100 SQLs × 50 % = 50 opportunities
        // × $20k = $1M pipeline; × 25 % = 12.5 won deals, $250k won.
        let expected: [FunnelStage: Double] = [.leads: 1_000, .mqls: 400, .sqls: 100, .opportunities: 50, .pipeline: 1_000_000,
                                               .wonDeals: 12.5, .won: 250_000]
        let syndication = result.channels[0]
        for (stage, value) in expected {
            let figure = try #require(syndication.stages[stage])
            #expect(abs(figure.expected - value) < 1e-9 * value, "\(stage)")
            #expect(abs(figure.p10 - value) < 1e-9 * value && abs(figure.p90 - value) < 1e-9 * value, "\(stage)")
        }
        // $50k × 10 = $500k pipeline ÷ $20k = 25 opportunities; × 25 %: 6.25 won deals, $125k won; no lead stages.
        let events = result.channels[1]
        #expect(events.stages[.leads] == nil && events.stages[.mqls] == nil && events.stages[.sqls] == nil)
        let close = { (figure: FunnelResult.Figure?, value: Double) in abs((figure?.expected ?? .nan) - value) <= 1e-9 * value }
        #expect(close(events.stages[.pipeline], 500_000) && close(events.stages[.opportunities], 25))
        #expect(close(events.stages[.won], 125_000) && close(events.stages[.wonDeals], 6.25))
        #expect(close(result.total.stages[.pipeline], 1_500_000) && close(result.total.stages[.won], 375_000))
        #expect(close(result.segments[0].stages[.leads], 1_000))

        let goal = try #require(result.goal)
        #expect(abs(goal.winRate - 0.25) < 1e-15 && abs(goal.pipelineNeeded - 4_000_000) < 1e-6 && abs(goal.coverageMultiple - 4) < 1e-12)
        // No sellers: the planned share is the default, 40 % of the $1M goal.
        #expect(abs(goal.sourcedBookingsNeeded - 400_000) < 1e-6 && abs(goal.sourcedPipelineNeeded - 1_600_000) < 1e-6)
        #expect(abs(try #require(goal.deliveredShareOfNeed) - 375_000.0 / 400_000) < 1e-12)
        #expect(goal.probabilityOfMeetingNeed == 0)

        // CAC = $150k ÷ 18.75 won deals = $8,000; payback $8,000 ÷ ($24k × 80 % ÷ 12) = 5 months;
        // LTV = $24k × 80 % ÷ 20 % = $96k, LTV:CAC 12. ROMI = ($375k × 80 % − $150k) ÷ $150k = 100 %.
        let unit = try #require(result.economics)
        #expect(abs(unit.cac.expected - 8_000) < 1e-9 && abs(unit.cac.p90 - 8_000) < 1e-9)
        #expect(abs(try #require(unit.paybackMonths).expected - 5) < 1e-12)
        #expect(abs(try #require(unit.lifetimeValue) - 96_000) < 1e-6)
        #expect(abs(try #require(unit.ltvToCAC).expected - 12) < 1e-12)
        #expect(abs(try #require(result.romi).expected - 1) < 1e-12)
        #expect(result.successLogSigma == 0)
    }

    /// Leads = $100k ÷ CPL with CPL log-normal (median $100, σ 0.3): leads are log-normal with
    /// median 1,000 and σ 0.3. Expected 1,000·e^(σ²/2) exactly; P10 and P90 within 4 standard
    /// errors of the quantile, s.e. = √(p(1 − p)/n) ÷ f(q), f the log-normal density.
    @Test func oneUncertainInputGivesTheAnalyticQuantiles() throws {
        var plan = Self.certainPlan
        plan.channels = [MarketingChannel(name: "syndication", spend: 100_000, cost: .costPerLead(UncertainFigure(median: 100, sigma: 0.3)),
                                          segmentShares: [NamedAmount(name: "smb", amount: 1)])]
        let trials = 40_000
        let result = try #require(FunnelCalculator.run(Self.scenario(plan), trials: trials, seed: 2027))
        let leads = try #require(result.channels[0].stages[.leads])
        #expect(abs(leads.expected - 1_000 * exp(0.045)) < 1e-9)
        let z = UncertainFigure.z90, sigma = 0.3
        for (p, simulated, quantile) in [(0.1, leads.p10, 1_000 * exp(-z * sigma)), (0.9, leads.p90, 1_000 * exp(z * sigma))] {
            let density = exp(-z * z / 2) / (2 * Double.pi).squareRoot() / (quantile * sigma)
            let standardError = (p * (1 - p) / Double(trials)).squareRoot() / density
            #expect(abs(simulated - quantile) < 4 * standardError, "P\(Int(p * 100)): \(simulated) vs \(quantile) ± \(standardError)")
        }
        // The whole chain is certain after leads: won $ keeps leads' spread.
        #expect(abs(try #require(result.channels[0].stages[.won]).p90 / leads.p90 - 250) < 1e-6)
        // Same seed, same figures; another seed, other draws.
        let again = try #require(FunnelCalculator.run(Self.scenario(plan), trials: trials, seed: 2027))
        #expect(again.channels[0].stages[.leads] == leads)
        let other = try #require(FunnelCalculator.run(Self.scenario(plan), trials: trials, seed: 2028))
        #expect(other.channels[0].stages[.leads]?.p10 != leads.p10)
    }

    /// One channel in one segment: pipeline is a product of log-normals, so σ of success is the
    /// inputs' σs in quadrature. Two channels sharing the funnel's rate: hand-computed moments.
    @Test func successSigmaMatchesTheHandComputation() {
        var plan = Self.certainPlan
        plan.funnel?.leadToMQL = UncertainFigure(median: 0.4, sigma: 0.2)
        plan.segments[0].dealSize = UncertainFigure(median: 20_000, sigma: 0.25)
        plan.channels = [MarketingChannel(name: "a", spend: 100_000, cost: .costPerLead(UncertainFigure(median: 100, sigma: 0.3)),
                                          segmentShares: [NamedAmount(name: "smb", amount: 1)])]
        #expect(abs(plan.successLogSigma - (0.3 * 0.3 + 0.2 * 0.2 + 0.25 * 0.25).squareRoot()) < 1e-6)
        #expect(abs(plan.successLogMedian + plan.successLogSigma * plan.successLogSigma / 2) < 1e-15)

        // T = (a·X + b·Y)·F·D with X, Y the channels' 1 ÷ CPL (σ 0.3, 0.5), F the shared lead → MQL
        // rate (σ 0.2), D the deal size (σ 0.25). E[T²] ÷ E[T]² = (a²mₓ²e^(σx²) + 2ab·mₓm_y + b²m_y²e^(σy²)) ÷ (a·mₓ + b·m_y)² × e^(σf² + σd²).
        plan.channels.append(MarketingChannel(name: "b", spend: 50_000, cost: .costPerLead(UncertainFigure(median: 50, sigma: 0.5)),
                                              segmentShares: [NamedAmount(name: "smb", amount: 1)]))
        let a = 100_000.0 / 100 * exp(0.3 * 0.3 / 2), b = 50_000.0 / 50 * exp(0.5 * 0.5 / 2)
        let channelRatio = (a * a * exp(0.09) + 2 * a * b + b * b * exp(0.25)) / ((a + b) * (a + b))
        let expected = log(channelRatio * exp(0.04 + 0.0625)).squareRoot()
        #expect(abs(plan.successLogSigma - expected) < 1e-6, "\(plan.successLogSigma) vs \(expected)")
        // Planned pipeline: (a + b) × E[F] × 25 % × 50 % × E[D].
        let pipeline = (a + b) * 0.4 * exp(0.02) * 0.25 * 0.5 * 20_000 * exp(0.03125)
        #expect(abs(plan.plannedSourcedPipeline - pipeline) < 1e-6 * pipeline)
        #expect(abs(plan.plannedSourcedWon - pipeline * 0.25) < 1e-6 * pipeline)
        #expect(abs(plan.romi(sourcedBookings: 300_000, grossMargin: 0.5)! - 0) < 1e-12)
    }

    @Test func sourcedShareTerritoryOverridesSegmentOverridesDefault() {
        let plan = MarketingPlan(sourcedShareDefault: 0.35, sourcedShareBySegment: ["smb": 0.55, "enterprise": 0.25],
                                 sourcedShareByTerritory: ["t-1": 0.7])
        #expect(plan.sourcedShare(segment: "smb", territory: "t-1") == 0.7)
        #expect(plan.sourcedShare(segment: "smb", territory: "t-2") == 0.55)
        #expect(plan.sourcedShare(segment: nil, territory: "t-1") == 0.7)
        #expect(plan.sourcedShare(segment: "mid-market", territory: nil) == 0.35)
        #expect(plan.sourcedShare(segment: nil, territory: nil) == 0.35)
        #expect(MarketingPlan().sourcedShare(segment: "smb", territory: "t-1") == 0)
    }

    /// Inputs outside the published B2B ranges are warnings that quote the range; the scenario loads.
    @Test(arguments: [
        ("    mql_to_sql: {value: 10%, sigma: 0.1}", 22, "marketing.funnel.mql_to_sql",
         "10 % is outside the published B2B benchmark range for MQL → SQL conversion, 15 %–25 %"),
        ("    opportunity_to_won: 45%", 24, "marketing.funnel.opportunity_to_won",
         "45 % is outside the published B2B benchmark range for opportunity → close (win rate), 20 %–30 %"),
        ("    - {name: linkedin, spend: 50k, cost_per_click: 2, click_to_lead: 5%, segment_mix: {smb: 40%, enterprise: 60%}}", 30,
         "marketing.channels[1].cost_per_click", "$2 is outside the published B2B benchmark range for LinkedIn cost per click, $5–$15"),
        ("    - {name: content-syndication, spend: 100k, cost_per_lead: 400, segment: smb}", 29,
         "marketing.channels[0].cost_per_lead", "$400 is outside the published B2B benchmark range for content syndication cost per lead, $50–$200"),
        ("    - {name: events, spend: 30k, pipeline_per_dollar: 50, segment: enterprise}", 31,
         "marketing.channels[2].pipeline_per_dollar", "50× is outside the published B2B benchmark range for pipeline per marketing dollar in enterprise, 5×–15×"),
        ("  sourced_share: 60%", 32, "marketing.sourced_share",
         "60 % is outside the published B2B benchmark range for marketing-sourced share of bookings, 30 %–50 %"),
    ])
    func outOfRangeInputsWarnQuotingTheRange(_ replacement: String, _ line: Int, _ field: String, _ message: String) throws {
        let folder = try ScenarioFolder(files: ["scenario.yaml": MarketingPlanDecodingTests.text(replacing: line, with: replacement)])
        let loaded = try folder.load()
        let warning = try #require(loaded.warnings.first { $0.field == field }, "\(loaded.warnings)")
        #expect(warning.message == message)
        #expect(warning.location.line == line)
        #expect(loaded.warnings.count == 1, "\(loaded.warnings)")
    }
}
