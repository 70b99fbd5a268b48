import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Territory balancing: exact MIP (GLPK)")
struct ExactBalancingTests {
    typealias F = BalancingFixtures

    static func exactOptions(tolerance: Double = 0.05) -> BalancingOptions {
        var options = F.options(tolerance: tolerance)
        options.exact = true
        return options
    }

    @Test func matchesTheExhaustiveOptimumOnSmallInstances() throws {
        var random = SplitMix64(seed: 99, stream: 0)
        var checked = 0
        for _ in 0..<40 {
            let m = 3, n = 7
            let ids = (0..<m).map { "t\($0)" }
            let accounts = (0..<n).map { index -> Account in
                Account(id: "x\(index)", name: "x\(index)", territoryID: ids[Int(random.next() % UInt64(m))],
                        potential: Double(1 + random.next() % 40), locked: random.unit() < 0.1)
            }
            let problem = try BalancingProblem(scenario: F.scenario(territories: F.territories(ids), accounts: accounts),
                                               options: Self.exactOptions(tolerance: 0.25))
            let optimum = F.bruteForceMinimumMoves(problem)
            let result = BalancingSolver.solve(problem)
            if let optimum {
                checked += 1
                #expect(result.exact == .optimal)
                #expect(result.feasible)
                #expect(result.moveCount == optimum)
                #expect(result.lowerBound == optimum)
                #expect(result.gap == 0)
                #expect(try #require(MoveLowerBound.compute(problem)) <= optimum)
            } else {
                #expect(result.exact == .infeasible)
                #expect(!result.feasible)
            }
        }
        #expect(checked >= 15)
    }

    @Test func solvesTheKnownInstancesExactly() throws {
        let two = try F.solve(BalancingSolverTests.twoMoveInstance(), Self.exactOptions())
        #expect(two.exact == .optimal)
        #expect(two.moveCount == 2)
        // With the distance weight the cost optimum is the four short moves, not the one long one.
        let drift = try F.solve(BalancingConstructionTests.driftInstance(), Self.exactOptions())
        #expect(drift.exact == .optimal)
        #expect(drift.moveCount == 4)
        #expect(drift.lowerBound == 1)
        var fewest = Self.exactOptions()
        fewest.distanceWeight = 0
        let one = try F.solve(BalancingConstructionTests.driftInstance(), fewest)
        #expect(one.moveCount == 1)
        #expect(one.gap == 0)
    }

    @Test func provesAnInfeasibleBandInfeasible() throws {
        // 200 locked in a, 10 in b: a can never come inside ±5 % of 105.
        let scenario = F.scenario(territories: F.territories(["a", "b"]),
                                  accounts: F.accounts("a", in: "a", [200], locked: true) + F.accounts("b", in: "b", [10]))
        let result = try F.solve(scenario, Self.exactOptions())
        #expect(result.exact == .infeasible)
        #expect(!result.feasible)
        #expect(result.causes.contains { $0.kind == .provenInfeasible })
    }

    @Test func refusesMinDeviationAndLargeInstances() throws {
        var options = Self.exactOptions()
        options.objective = .minDeviation
        options.maxMoves = 3
        #expect(throws: BalancingInputError.exactWithMinDeviation) {
            try BalancingProblem(scenario: BalancingSolverTests.twoMoveInstance(), options: options)
        }
        let ids = (0..<600).map { "t\($0)" }
        let accounts = (0..<500).map { Account(id: "a\($0)", name: "a", territoryID: ids[$0], potential: 1) }
        #expect(throws: BalancingInputError.tooLargeForExact(300_000)) {
            try BalancingProblem(scenario: F.scenario(territories: F.territories(ids), accounts: accounts), options: Self.exactOptions())
        }
    }
}
