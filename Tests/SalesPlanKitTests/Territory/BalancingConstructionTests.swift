import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Territory balancing: shed-largest construction and distance")
struct BalancingConstructionTests {
    typealias F = BalancingFixtures

    /// a holds 200 (accounts of 45, 40 and eleven of 10 plus 5), b 100, c and d 50 each: the
    /// mean is 100, the band 95–105. a must lose at least 95: its two largest (85) are not enough,
    /// the three largest (95) are, so three moves at least; c and d must each gain 45, which the
    /// 45 and the 40 + 10 do: three moves. The construction alone reaches it.
    static func threeMoveInstance() -> Scenario {
        F.scenario(territories: F.territories(["a", "b", "c", "d"]),
                   accounts: F.accounts("a", in: "a", [45, 40] + Array(repeating: 10, count: 11) + [5])
                       + F.accounts("b", in: "b", Array(repeating: 10, count: 10))
                       + F.accounts("c", in: "c", [25, 25]) + F.accounts("d", in: "d", [25, 25]))
    }

    @Test func theConstructionAloneShedsTheLargestAccountsAndMeetsTheBound() throws {
        let problem = try BalancingProblem(scenario: Self.threeMoveInstance(), options: F.options())
        #expect(MoveLowerBound.compute(problem) == 3)
        var state = AlignmentState(problem: problem, start: problem.initial)
        state.shedAndPlace(noise: [])
        #expect(state.isFeasible)
        #expect(state.moves == 3)
        let moved = state.owner.indices.filter { state.owner[$0] != problem.initial[$0] }.map { problem.potential[$0] }
        #expect(moved.sorted() == [10, 40, 45])
        let result = BalancingSolver.solve(problem)
        #expect(result.moveCount == 3)
        #expect(result.gap == 0)
    }

    /// a (home at 0°, 0°) holds 140: an account of 40 beside it, four of 10 located beside c (at
    /// 0°, 40°, about 4,450 km away: they drifted into a long ago) and six of 10 beside it; b
    /// (0°, 1°) holds 100 and c 60. Mean 100, band 95–105. The fewest moves is one (the 40 to c,
    /// across 4,400 km); the four tens go home to c in four short moves.
    static func driftInstance() -> Scenario {
        var accounts = F.accounts("a", in: "a", [40]) + F.accounts("drifted", in: "a", [10, 10, 10, 10])
            + F.accounts("a2", in: "a", Array(repeating: 10, count: 6))
            + F.accounts("b", in: "b", Array(repeating: 10, count: 10)) + F.accounts("c", in: "c", [30, 30])
        for index in accounts.indices {
            accounts[index].latitude = 0.1
            let id = accounts[index].id
            accounts[index].longitude = id.hasPrefix("drifted") || id.hasPrefix("c") ? 40.3 : id.hasPrefix("b") ? 1.2 : 0.3
        }
        var territories = F.territories(["a", "b", "c"])
        for (index, longitude) in [0.0, 1.0, 40.0].enumerated() {
            territories[index].latitude = 0
            territories[index].longitude = longitude
        }
        return F.scenario(territories: territories, accounts: accounts)
    }

    @Test func farMovesCostMoreThanShortOnesByDefault() throws {
        let scenario = Self.driftInstance()
        let result = try F.solve(scenario, F.options())
        #expect(result.feasible)
        #expect(result.moveCount == 4)
        #expect(result.moves.allSatisfy { scenario.accounts[$0.account].id.hasPrefix("drifted") && $0.to == 2 })
        #expect(result.moves.allSatisfy { ($0.distanceKm ?? .infinity) < 100 })
        #expect(result.lowerBound == 1)
    }

    @Test func withoutTheDistanceWeightTheFewestMovesWin() throws {
        var options = F.options()
        options.distanceWeight = 0
        let result = try F.solve(Self.driftInstance(), options)
        #expect(result.feasible)
        #expect(result.moveCount == 1)
        #expect(result.gap == 0)
    }

    @Test func theDistancePenaltyStartsAtTheReach() throws {
        let problem = try BalancingProblem(scenario: Self.driftInstance(), options: F.options())
        // Today's distances: ten accounts ~25 km from b, seven ~35 km from a, two ~35 km from c,
        // four ~4,480 km from a: the median (12th of 23) is ~35 km, the reach twice that.
        #expect(abs(problem.reachKm - 2 * problem.distanceScale) < 1e-9)
        #expect(problem.reachKm > 60 && problem.reachKm < 90)
        // The 40 (index 0) to c, ~4,410 km: far beyond the reach; a drifted ten to c, ~35 km: within.
        let km = try #require(problem.distanceKm(0, 2))
        #expect(problem.options.distanceWeight == 0.1)
        #expect(abs(problem.cost(0, 2) - (1 + 0.1 * (km - problem.reachKm) / problem.reachKm)) < 1e-9)
        #expect(problem.cost(0, 0) == 0)
        let drifted = 1
        #expect(problem.cost(drifted, 2) == 1)
    }

    @Test func retargetSendsAMovedAccountToTheNearerTerritoryThatAlsoFits() throws {
        // Start from the 40 moved to c (feasible, one move, far); the nearer b cannot take it
        // (140 > 105): nothing changes. Then from a drifted ten moved to b (~4,370 km; b 110,
        // over, c 60, under): retarget sends it on to c, ~35 km, which also evens both.
        let problem = try BalancingProblem(scenario: Self.driftInstance(), options: F.options())
        var start = problem.initial
        start[0] = 2
        var state = AlignmentState(problem: problem, start: start)
        #expect(state.isFeasible)
        let unchanged = state.retarget(deadline: .now + .seconds(5))
        #expect(!unchanged)
        start = problem.initial
        start[1] = 1
        state = AlignmentState(problem: problem, start: start)
        let changed = state.retarget(deadline: .now + .seconds(5))
        #expect(changed)
        #expect(state.owner[1] == 2)
    }
}

@Suite("Territory balancing: lower bound with potential and workload")
struct JointLowerBoundTests {
    typealias F = BalancingFixtures

    /// a holds x (potential 12, workload 0), y (0, 12), z (8, 8) and a locked f (46, 46): 66 and
    /// 66; b holds g (34, 34). Means 50 and 50, both bands ±10 %: 45–55. a must shed 11 of each.
    /// x alone sheds enough potential, y alone enough workload, so the separate counts say one
    /// move; but no single account sheds both (z sheds 8 and 8), so two at least, and x + y to b
    /// (46, 46) takes exactly two.
    static func scenario() -> Scenario {
        var accounts = [
            Account(id: "x", name: "x", territoryID: "a", potential: 12, workloadHours: 0),
            Account(id: "y", name: "y", territoryID: "a", potential: 0, workloadHours: 12),
            Account(id: "z", name: "z", territoryID: "a", potential: 8, workloadHours: 8),
            Account(id: "f", name: "f", territoryID: "a", potential: 46, workloadHours: 46),
            Account(id: "g", name: "g", territoryID: "b", potential: 34, workloadHours: 34),
        ]
        accounts[3].locked = true
        return F.scenario(territories: F.territories(["a", "b"]), accounts: accounts)
    }

    @Test func theSameAccountsMustShedBoth() throws {
        var options = F.options(tolerance: 0.1)
        options.workloadTolerance = 0.1
        let problem = try BalancingProblem(scenario: Self.scenario(), options: options)
        #expect(F.bruteForceMinimumMoves(problem) == 2)
        #expect(MoveLowerBound.compute(problem) == 2)
        let result = BalancingSolver.solve(problem)
        #expect(result.moveCount == 2)
        #expect(result.gap == 0)
    }

    @Test func neverExceedsTheExactOptimumWithWorkloadBands() throws {
        var random = SplitMix64(seed: 4242, stream: 0)
        var checked = 0
        for _ in 0..<80 {
            let m = 3, n = 7
            let ids = (0..<m).map { "t\($0)" }
            let accounts = (0..<n).map { index -> Account in
                Account(id: "x\(index)", name: "x\(index)", territoryID: ids[Int(random.next() % UInt64(m))],
                        potential: Double(1 + random.next() % 40), workloadHours: Double(1 + random.next() % 40),
                        locked: random.unit() < 0.1)
            }
            var options = F.options(tolerance: 0.3)
            options.workloadTolerance = 0.3
            let problem = try BalancingProblem(scenario: F.scenario(territories: F.territories(ids), accounts: accounts), options: options)
            guard let optimum = F.bruteForceMinimumMoves(problem) else { continue }
            checked += 1
            #expect(try #require(MoveLowerBound.compute(problem)) <= optimum)
            let result = BalancingSolver.solve(problem)
            if result.feasible { #expect(result.moveCount >= optimum) }
        }
        #expect(checked >= 15)
    }
}
