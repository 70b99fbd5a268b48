import Foundation
import Testing
@testable import SalesPlanKit

/// Quota allocation by hand: proportional to the basis, exact sums after rounding, ramp and
/// change limits respected, the leftover unit placed predictably.
@Suite("Quota allocation")
struct QuotaAllocationTests {
    static func scenario() -> Scenario {
        var scenario = ScenarioBuilder.scenario(
            sellers: [
                Seller(id: "a", name: "a", planID: "plan", territoryID: "t1", quota: 1_000, priorAttainments: [0.8, 1.2]),
                Seller(id: "b", name: "b", planID: "plan", territoryID: "t2", quota: 1_000, priorAttainments: [0.9]),
                Seller(id: "c", name: "c", planID: "plan", territoryID: "t3", quota: 2_000),
                Seller(id: "m", name: "m", role: .manager, planID: "plan", quota: 3_600),
            ],
            goal: 3_000, yearTypes: [YearType(name: "y", probability: 1, medianAttainment: 1, sigma: 0.3)], trials: 1_000)
        for index in 0..<3 { scenario.sellers[index].managerID = "m" }
        scenario.territories = ["t1", "t2", "t3"].map { Territory(id: $0, name: $0) }
        scenario.accounts = [Account(id: "x1", name: "x1", territoryID: "t1", potential: 500),
                             Account(id: "x2", name: "x2", territoryID: "t2", potential: 300),
                             Account(id: "x3", name: "x3", territoryID: "t3", potential: 200)]
        return scenario
    }

    static func allocate(_ method: QuotaMethod, total: Double, setting: QuotaSetting = QuotaSetting(),
                         scenario: Scenario = scenario()) throws -> QuotaAllocation {
        let shares = try method.shares(scenario).get()
        return try QuotaAllocation.allocate(scenario, method: method, shares: shares, total: total, setting: setting).get()
    }

    @Test func sharesFollowTheBasis() throws {
        let scenario = Self.scenario()
        #expect(try QuotaMethod.even.shares(scenario).get() == [1.0 / 3, 1.0 / 3, 1.0 / 3])
        // prior: last attainment × quota = 1.2 × 1,000, 0.9 × 1,000, and c has no history: the average
        // last attainment (1.05) × 2,000.
        let prior = try QuotaMethod.prior.shares(scenario).get()
        let basis = [1_200.0, 900, 2_100]
        for (share, expected) in zip(prior, basis) { #expect(abs(share - expected / 4_200) < 1e-15) }
        #expect(try QuotaMethod.potential.shares(scenario).get() == [0.5, 0.3, 0.2])
        let blend = try QuotaMethod.blend([(.potential, 0.6), (.even, 0.4)]).shares(scenario).get()
        for (share, expected) in zip(blend, [0.6 * 0.5 + 0.4 / 3, 0.6 * 0.3 + 0.4 / 3, 0.6 * 0.2 + 0.4 / 3]) {
            #expect(abs(share - expected) < 1e-15)
        }
    }

    /// 3,900 by potential (1,950 / 1,170 / 780), rounded to 1,000: 3 whole units and 900 left
    /// over. Floors 1 / 1 / 0 leave one unit for the largest remainder (a: 0.95) → 2 / 1 / 0; c,
    /// rounded to nothing, takes a unit from the largest (a) → 1 / 1 / 1; the 900 goes to the
    /// largest quota, the first on a tie (a) → 1,900 / 1,000 / 1,000, summing to 3,900 exactly.
    @Test func roundingKeepsTheTotalExactly() throws {
        let allocation = try Self.allocate(.potential, total: 3_900, setting: QuotaSetting(roundTo: 1_000))
        #expect(allocation.direct.map(\.newQuota) == [1_900, 1_000, 1_000])
        // 3,000 by potential to 100s: 1,500 / 900 / 600, already whole.
        let whole = try Self.allocate(.potential, total: 3_000, setting: QuotaSetting(roundTo: 100))
        #expect(whole.direct.map(\.newQuota) == [1_500, 900, 600])
        // 1,001 by even to 10s: 333.67 each → 33 / 33 / 33 units + 1 unit to the first (a tie) +
        // the 1 that is not a unit to the largest (a).
        let odd = try Self.allocate(.even, total: 1_001, setting: QuotaSetting(roundTo: 10))
        #expect(odd.direct.map(\.newQuota) == [341, 330, 330])
    }

    @Test func changeLimitsHoldAndTheRestIsShared() throws {
        // Potential wants 2,000 / 1,200 / 800 of 4,000; ±25 % of 1,000 / 1,000 / 2,000 caps a at
        // 1,250 and floors c at 1,500, leaving 1,250 for b (within its limit).
        let allocation = try Self.allocate(.potential, total: 4_000, setting: QuotaSetting(maxChange: 0.25))
        let quotas = allocation.direct.map(\.newQuota)
        #expect(abs(quotas[0] - 1_250) < 1e-9 && abs(quotas[2] - 1_500) < 1e-9 && abs(quotas[1] - 1_250) < 1e-9)
        #expect(allocation.direct.map(\.heldByChangeLimit) == [true, false, true])
        let unreachable = QuotaAllocation.allocate(Self.scenario(), method: .even, shares: [1.0 / 3, 1.0 / 3, 1.0 / 3], total: 9_000,
                                                   setting: QuotaSetting(maxChange: 0.1))
        #expect(throws: QuotaMethodProblem.self) { try unreachable.get() }
    }

    /// A seller hired on 2027-04-01 with ramp [0, 50 %, 100 %] by quarter of tenure, in plan year
    /// 2027: Q1 not in seat (0), Q2 first quarter (0), Q3 50 %, Q4 100 % → 37.5 % of a full year.
    @Test func newHiresRamp() throws {
        var scenario = Self.scenario()
        scenario.fiscalYear = 2027
        scenario.sellers[2].hireDate = CalendarDate(year: 2027, month: 4, day: 1)
        let allocation = try Self.allocate(.even, total: 3_000, setting: QuotaSetting(ramp: [0, 0.5, 1]), scenario: scenario)
        #expect(allocation.direct[2].rampFactor == 0.375)
        let quotas = allocation.direct.map(\.newQuota)
        #expect(abs(quotas[2] - 3_000 * 0.375 / 2.375) < 1e-9)
        #expect(abs(quotas.reduce(0, +) - 3_000) < 1e-9)
        #expect(allocation.direct[2].seasonal.map { ($0 * 1e6).rounded() / 1e6 } == [0, 0, quotas[2] / 3, quotas[2] * 2 / 3].map { ($0 * 1e6).rounded() / 1e6 })
    }

    /// The manager's quota keeps its ratio to the team (3,600 ÷ 4,000 = 90 %) unless the scenario
    /// states a rate.
    @Test func managersRollUp() throws {
        let kept = try Self.allocate(.even, total: 6_000)
        #expect(abs(kept.rolledUp[0].newQuota - 0.9 * 6_000) < 1e-9)
        let stated = try Self.allocate(.even, total: 6_000, setting: QuotaSetting(rollup: [.manager: 0.95]))
        #expect(abs(stated.rolledUp[0].newQuota - 0.95 * 6_000) < 1e-9)
    }

    @Test func methodsThatLackDataSaySo() {
        var noHistory = Self.scenario()
        for index in noHistory.sellers.indices { noHistory.sellers[index].priorAttainments = [] }
        #expect(throws: QuotaMethodProblem.self) { try QuotaMethod.prior.shares(noHistory).get() }
        var noAccounts = Self.scenario()
        noAccounts.accounts = []
        let problem = QuotaMethod.potential.shares(noAccounts)
        #expect(throws: QuotaMethodProblem.self) { try problem.get() }
    }
}
