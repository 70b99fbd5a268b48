import Foundation
import Testing
@testable import SalesPlanKit

/// The marketing plan joined to the engine: success fixed at 1 changes nothing, success 0.8 cuts
/// a 40 %-marketing territory's median by 8 %, drawn success has mean 1 and the plan's σ, and
/// sourced bookings and ROMI follow their definitions.
@Suite("Marketing joined to the simulation")
struct MarketingJoinTests {
    /// One channel whose cost per lead is uncertain (σ 0.3), certain funnel; 40 % of bookings
    /// marketing-sourced in territory t-inbound, 10 % elsewhere.
    static func plan(fixedSuccess: Double? = nil) -> MarketingPlan {
        var plan = MarketingPlan(
            channels: [MarketingChannel(name: "search", spend: 200_000, cost: .costPerLead(UncertainFigure(median: 100, sigma: 0.3)),
                                        segmentShares: [NamedAmount(name: "smb", amount: 1)])],
            funnel: FunnelTests.rates, segments: [MarketingSegment(name: "smb", dealSize: .exactly(20_000))],
            sourcedShareDefault: 0.1, sourcedShareByTerritory: ["t-inbound": 0.4], influencedShare: 0.6)
        plan.fixedSuccess = fixedSuccess
        return plan
    }

    static func scenario(_ marketing: MarketingPlan?, trials: Int = 4_000) -> Scenario {
        var sellers = ScenarioBuilder.sellers(3, quota: 1)
        sellers[0].territoryID = "t-inbound"
        var scenario = ScenarioBuilder.scenario(sellers: sellers, yearTypes: ScenarioBuilder.whitepaperYears, trials: trials,
                                                seed: 8, macroShockSigma: 0.05, grossMargin: 0.75)
        scenario.territories = [Territory(id: "t-inbound", name: "inbound")]
        scenario.renewals = RenewalPlan(rate: BetaRate(mean: 0.9, spread: 0.05))  // the general path with or without marketing
        if let marketing { scenario.marketing = marketing }
        return scenario
    }

    @Test func successFixedAtOneChangesNothing() {
        let without = ScenarioBuilder.run(Self.scenario(nil)), with = ScenarioBuilder.run(Self.scenario(Self.plan(fixedSuccess: 1)))
        #expect(without.trials.revenue == with.trials.revenue)
        #expect(without.trials.variableComp == with.trials.variableComp)
        #expect(with.realPlan?.marketing?.success.mean == 1)
    }

    @Test func successOfEightyPercentCutsAFortyPercentTerritoryByEightPercent() throws {
        let full = ScenarioBuilder.run(Self.scenario(Self.plan(fixedSuccess: 1)))
        let short = ScenarioBuilder.run(Self.scenario(Self.plan(fixedSuccess: 0.8)))
        // Seller 0 (40 % marketing) has quota 1: compare their attainment through the sellers'
        // medians, and the whole company's bookings trial by trial.
        let ratio = short.sellers[0].attainmentP50 / full.sellers[0].attainmentP50
        #expect(abs(ratio - 0.92) < 0.02, "median ratio \(ratio) (histogram bins are 1.6 % wide)")
        let otherRatio = short.sellers[1].attainmentP50 / full.sellers[1].attainmentP50
        #expect(abs(otherRatio - 0.98) < 0.02, "10 % marketing: \(otherRatio)")
        let marketing = try #require(short.realPlan?.marketing)
        // Sourced bookings: seller 0's bookings × 0.4 × 0.8 ÷ 0.92, the others' × 0.1 × 0.8 ÷ 0.98.
        #expect(marketing.sourcedBookings.mean > 0)
        let romi = try #require(marketing.romi)
        #expect(abs(romi.mean - (marketing.sourcedBookings.mean * 0.75 - 200_000) / 200_000) < 1e-9 * max(1, abs(romi.mean)))
        #expect(abs(marketing.influencedBookings.mean - 0.6 * short.headline.revenue.mean) < 1e-6 * short.headline.revenue.mean)
    }

    /// One seller, 40 % marketing, quota 1: every trial's bookings are the no-marketing draw × 0.92
    /// and marketing sourced 0.4 × 0.8 ÷ 0.92 of them.
    @Test func eachTrialScalesBySharedDefinition() throws {
        var base = Self.scenario(nil)
        base.sellers = [base.sellers[0]]
        var short = base
        short.marketing = Self.plan(fixedSuccess: 0.8)
        let before = ScenarioBuilder.run(base), after = ScenarioBuilder.run(short)
        let marketing = try #require(after.realPlan?.marketing)
        for trial in 0..<before.trials.count {
            #expect(abs(after.trials.revenue[trial] / before.trials.revenue[trial] - 0.92) < 1e-12)
        }
        let sourcedShare = 0.4 * 0.8 / 0.92
        #expect(abs(marketing.sourcedBookings.mean - after.headline.revenue.mean * sourcedShare) < 1e-9 * after.headline.revenue.mean)
    }

    /// Drawn success: mean 1 and log-σ the plan's (here the one uncertain cost per lead: 0.3).
    @Test func drawnSuccessHasMeanOneAndThePlansSigma() throws {
        let result = ScenarioBuilder.run(Self.scenario(Self.plan(), trials: 20_000))
        let success = try #require(result.trials.marketingSuccess)
        let n = Double(success.count)
        let mean = success.reduce(0, +) / n
        let logs = success.map { log($0) }
        let logMean = logs.reduce(0, +) / n
        let logSD = (logs.reduce(0) { $0 + ($1 - logMean) * ($1 - logMean) } / (n - 1)).squareRoot()
        let sigma = Self.plan().successLogSigma
        #expect(abs(sigma - 0.3) < 1e-9, "one uncertain input: σ is its own")
        let standardDeviation = (exp(sigma * sigma) - 1).squareRoot()
        #expect(abs(mean - 1) < 4 * standardDeviation / n.squareRoot(), "\(mean)")
        #expect(abs(logSD - sigma) < 4 * sigma / (2 * n).squareRoot(), "\(logSD)")
        let fifths = try #require(result.realPlan?.marketing?.byQuintile)
        #expect(fifths.count == 5 && fifths[0].goalMet <= fifths[4].goalMet && fifths[0].meanSuccess < fifths[4].meanSuccess)
    }
}
