import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Managers and overlays are paid on credited bookings")
struct CreditTests {
    static let team: [Seller] = [
        Seller(id: "vp", name: "VP", role: .manager, planID: "plan", quota: 3_000_000),
        Seller(id: "mgr", name: "Manager", role: .manager, planID: "plan", quota: 2_000_000, managerID: "vp"),
        Seller(id: "a1", name: "A1", planID: "plan", region: "east", segment: "ent", quota: 1_000_000, managerID: "mgr"),
        Seller(id: "a2", name: "A2", planID: "plan", region: "east", segment: "smb", quota: 1_000_000, managerID: "mgr"),
        Seller(id: "a3", name: "A3", planID: "plan", region: "west", quota: 1_000_000, managerID: "vp"),
        Seller(id: "o1", name: "Overlay east", role: .overlaySpecialist, planID: "plan", region: "east", quota: 2_000_000),
        Seller(id: "o2", name: "Overlay east ent", role: .overlaySpecialist, planID: "plan", region: "east", segment: "ent", quota: 1_000_000),
    ]

    @Test func creditFollowsReportingLinesAndRegions() {
        let credit = CreditMap(sellers: Self.team)
        #expect(credit.creditedSellers(of: 0) == [2, 3, 4])  // vp: everyone below
        #expect(credit.creditedSellers(of: 1) == [2, 3])     // mgr: a1, a2
        #expect(credit.creditedSellers(of: 5) == [2, 3])     // east overlay
        #expect(credit.creditedSellers(of: 6) == [2])        // east enterprise overlay
        #expect(credit.creditedSellers(of: 2).isEmpty)       // direct sellers: their own
    }

    /// A manager adds variable pay but no revenue; their pay is their plan applied to the team's
    /// bookings ÷ their quota, trial by trial.
    @Test func creditedPayIsThePlanOnCreditedBookings() {
        let curve = PayCurve(threshold: 0.5, zones: [RateZone(from: 0, rate: 1), RateZone(from: 1, rate: 2)], payoutCap: 3)
        let years = [YearType(name: "y", probability: 1, medianAttainment: 0.9, sigma: 0.3)]
        let team = [
            Seller(id: "vp", name: "VP", role: .manager, planID: "plan", quota: 2_500_000),
            Seller(id: "a1", name: "A1", planID: "plan", quota: 1_000_000, managerID: "vp"),
            Seller(id: "a2", name: "A2", planID: "plan", quota: 1_500_000, managerID: "vp"),
        ]
        let withManager = ScenarioBuilder.scenario(sellers: team, plans: [ScenarioBuilder.plan(targetIncentive: 1_000, curve: curve)],
                                                   yearTypes: years, trials: 2_000, seed: 4)
        var directOnly = withManager
        directOnly.sellers.removeFirst()
        let full = ScenarioBuilder.run(withManager)
        let direct = ScenarioBuilder.run(directOnly)
        // Credited sellers draw nothing, so the direct sellers' draws are the same in both runs.
        #expect(full.trials.revenue == direct.trials.revenue)
        let payout = ScenarioBuilder.plan(curve: curve).payoutFunction()
        for trial in 0..<2_000 {
            let managerPay = 1_000 * payout(full.trials.revenue[trial] / 2_500_000)
            let added = full.trials.variableComp[trial] - direct.trials.variableComp[trial]
            #expect(abs(added - managerPay) < 1e-6, "trial \(trial)")
        }
        // The manager's P(at quota) from the histogram equals the share of trials with revenue ≥ quota.
        let share = Double(full.trials.revenue.filter { $0 >= 2_500_000 }.count) / 2_000
        #expect(abs(full.sellers[0].probabilityAtQuota - share) < 1e-12)
        #expect(full.sellerCount == 3 && full.directSellerCount == 2)
    }

    @Test func sellerSkillShrinksPriorsTowardsTheAverage() {
        let skills = SellerSkill.logSkills(priorAttainments: [[1.2], [0.8], []], persistence: 0.5)
        let deviation = (log(1.2) - log(0.8)) / 2
        #expect(abs(skills[0] - 0.5 * deviation) < 1e-15)   // one year: shrink by 1·0.5/(0.5 + 0.5)
        #expect(abs(skills[1] + 0.5 * deviation) < 1e-15)
        #expect(skills[2] == 0)
        // Aligned on the most recent year; two years shrink less: 2·0.5/(2·0.5 + 0.5) = 2/3.
        let aligned = SellerSkill.logSkills(priorAttainments: [[0.9, 1.1], [1.0]], persistence: 0.5)
        let lastYearMean = (log(1.1) + log(1.0)) / 2
        #expect(abs(aligned[0] - 2.0 / 3 * ((log(1.1) - lastYearMean) + 0) / 2) < 1e-15)
        #expect(abs(aligned[1] - 0.5 * (log(1.0) - lastYearMean)) < 1e-15)
        #expect(SellerSkill.logSkills(priorAttainments: [[1.2], [0.8]], persistence: 0) == [0, 0])
        #expect(abs(SellerSkill.logSkills(priorAttainments: [[1.2], [0.8]], persistence: 1)[0] - deviation) < 1e-15)
    }
}
