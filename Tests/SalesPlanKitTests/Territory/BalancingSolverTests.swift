import Testing
@testable import SalesPlanKit

@Suite("Territory balancing")
struct BalancingSolverTests {
    typealias F = BalancingFixtures

    /// a and b hold 160 each (one account of 60 and ten of 10), c and d 40 each; the mean is
    /// 100 and the band ±5 %. a and b must each lose at least 55, so at least one account each:
    /// two moves at least, and moving each 60 to c and d takes exactly two.
    static func twoMoveInstance() -> Scenario {
        let tens = Array(repeating: 10.0, count: 10)
        return F.scenario(
            territories: F.territories(["a", "b", "c", "d"]),
            accounts: F.accounts("a", in: "a", [60] + tens) + F.accounts("b", in: "b", [60] + tens)
                + F.accounts("c", in: "c", [10, 10, 10, 10]) + F.accounts("d", in: "d", [10, 10, 10, 10]))
    }

    @Test func solvesAnInstanceWithKnownMinimumInExactlyThatManyMoves() throws {
        let result = try F.solve(Self.twoMoveInstance(), F.options())
        #expect(result.feasible)
        #expect(result.moveCount == 2)
        #expect(result.lowerBound == 2)
        #expect(result.gap == 0)
        #expect(Set(result.moves.map { result.problem.potential[$0.account] }) == [60])
        #expect(result.after.maxDeviation <= 0.05 + 1e-12)
    }

    @Test func lockedAccountsAndKeepWithinAreNeverViolated() throws {
        // Two segments; the big accounts of the over territories are locked.
        var accounts = F.accounts("a", in: "a", [60], locked: true, segment: "ent") + F.accounts("a2", in: "a", Array(repeating: 10, count: 10), segment: "ent")
        accounts += F.accounts("b", in: "b", [10, 10, 10, 10], segment: "ent") + F.accounts("c", in: "c", [30, 30, 30, 30], segment: "smb")
        accounts += F.accounts("d", in: "d", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], segment: "smb")
        let scenario = F.scenario(territories: F.territories(["a", "b", "c", "d"], segment: ["ent", "ent", "smb", "smb"]), accounts: accounts)
        var options = F.options(tolerance: 0.1)
        options.keepWithin = [.segment]
        let result = try F.solve(scenario, options)
        #expect(result.feasible)
        #expect(result.moveCount > 0)
        for move in result.moves {
            let account = scenario.accounts[move.account]
            #expect(!account.locked)
            #expect(account.segment == scenario.territories[move.to].segment)
        }
    }

    @Test func aLockedAccountStaysEvenWhenMovingItWouldBeCheapest() throws {
        // The two-move instance with a's 60 locked: a must shed 55 with its tens (six moves), b
        // its 60 (one): seven at least, and the locked account never moves.
        var scenario = Self.twoMoveInstance()
        scenario.accounts[0].locked = true
        let result = try F.solve(scenario, F.options())
        #expect(result.feasible)
        #expect(result.assignment[0] == 0)
        #expect(result.moveCount == 7)
        #expect(result.lowerBound == 7)
    }

    @Test func capacityAndDistanceLimitsAreRespected() throws {
        // a (180) is over a band of 80–120; b (40) is next door, c is 1,000 km away. With a 200 km
        // limit accounts may only go to b, and b's capacity of 40 hours lets it take two of a's
        // accounts, not the three a must shed: the band cannot be met, and neither limit may give.
        var accounts = F.accounts("a", in: "a", Array(repeating: 20, count: 9)) + F.accounts("b", in: "b", [20, 20])
            + F.accounts("c", in: "c", [20, 20, 20, 20])
        for index in accounts.indices {
            accounts[index].workloadHours = 10
            accounts[index].latitude = 0
            accounts[index].longitude = accounts[index].territoryID == "c" ? 9 : 0.5
        }
        var territories = F.territories(["a", "b", "c"])
        territories[0].latitude = 0; territories[0].longitude = 0
        territories[1].latitude = 0; territories[1].longitude = 1
        territories[2].latitude = 0; territories[2].longitude = 9
        territories[1].capacityHours = 40
        let scenario = F.scenario(territories: territories, accounts: accounts)
        var options = F.options(tolerance: 0.2)
        options.maxDistanceKm = 200
        let result = try F.solve(scenario, options)
        let problem = result.problem
        for a in result.assignment.indices where result.assignment[a] != problem.initial[a] {
            let distance = try #require(problem.distanceKm(a, Int(result.assignment[a])))
            #expect(distance <= 200)
        }
        #expect(result.after.rows[1].workloadHours <= 40)
        #expect(result.after.rows[2].accounts == 4)
        #expect(!result.feasible)
        #expect(!result.causes.isEmpty)
        #expect(result.after.rows[0].potential == 140)
    }

    @Test func infeasibleInstanceIsReportedWithItsCause() throws {
        // A locked account of 200 against a mean of 105: no alignment can bring a inside ±5 %.
        let scenario = F.scenario(territories: F.territories(["a", "b"]),
                                  accounts: F.accounts("a", in: "a", [200], locked: true) + F.accounts("b", in: "b", [10]))
        let result = try F.solve(scenario, F.options())
        #expect(!result.feasible)
        let locked = try #require(result.causes.first { $0.kind == .lockedAboveBand })
        #expect(locked.territory == "a")
        #expect(locked.message.contains("locked accounts hold 200"))
        #expect(result.lowerBound == nil)
        #expect(result.moveCount == 0)
    }

    @Test func lowerBoundNeverExceedsTheExactOptimum() throws {
        var random = SplitMix64(seed: 42, stream: 0)
        var checked = 0
        for _ in 0..<60 {
            let m = 3, n = 7
            let ids = (0..<m).map { "t\($0)" }
            let accounts = (0..<n).map { index -> Account in
                let owner = ids[Int(random.next() % UInt64(m))]
                return Account(id: "x\(index)", name: "x\(index)", territoryID: owner, potential: Double(1 + random.next() % 40),
                               locked: random.unit() < 0.1)
            }
            let scenario = F.scenario(territories: F.territories(ids), accounts: accounts)
            let problem = try BalancingProblem(scenario: scenario, options: F.options(tolerance: 0.25))
            guard let optimum = F.bruteForceMinimumMoves(problem) else { continue }
            checked += 1
            let bound = try #require(MoveLowerBound.compute(problem))
            #expect(bound <= optimum)
            let result = BalancingSolver.solve(problem)
            if result.feasible { #expect(result.moveCount >= optimum) }
        }
        #expect(checked >= 20)
    }

    @Test func theAnswerDoesNotDependOnTheThreadCount() throws {
        let one = try F.solve(Self.twoMoveInstance(), F.options(threads: 1))
        let two = try F.solve(Self.twoMoveInstance(), F.options(threads: 2))
        #expect(one.assignment == two.assignment)
    }

    @Test func badInputIsRefused() {
        let empty = F.scenario(territories: F.territories(["a"]), accounts: [])
        #expect(throws: BalancingInputError.noAccounts) { try BalancingProblem(scenario: empty, options: F.options()) }
        let scenario = Self.twoMoveInstance()
        #expect(throws: BalancingInputError.badTolerance(0)) { try BalancingProblem(scenario: scenario, options: F.options(tolerance: 0)) }
    }
}
