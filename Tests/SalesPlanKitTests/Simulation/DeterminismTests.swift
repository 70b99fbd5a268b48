import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Determinism across thread counts")
struct DeterminismTests {
    /// The Acme scenario exercises everything that could break determinism: skills, macro
    /// shocks, managers and overlays credited on others' bookings, several plans.
    static func acme(trials: Int) throws -> Scenario {
        var scenario = try ScenarioLoader().load(RepositoryFiles.path("scenarios/acme-fy2027/scenario.yaml")).scenario
        scenario.simulation.trials = trials
        return scenario
    }

    static func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

    @Test func sameSeedGivesBitIdenticalResultsOnOneTwoAndSixteenThreads() throws {
        let scenario = try Self.acme(trials: 3_000)  // 6 chunks, the last one partial
        let results = [1, 2, 16].map { ScenarioBuilder.run(scenario, threads: $0) }
        let reference = results[0]
        for result in results.dropFirst() {
            #expect(Self.bits(result.trials.revenue) == Self.bits(reference.trials.revenue))
            #expect(Self.bits(result.trials.variableComp) == Self.bits(reference.trials.variableComp))
            #expect(Self.bits(result.trials.macroShock) == Self.bits(reference.trials.macroShock))
            #expect(result.trials.yearType == reference.trials.yearType)
            #expect(result.trials.shareAtQuota == reference.trials.shareAtQuota)
            #expect(result.sellers == reference.sellers)
            #expect(result.yearTypes == reference.yearTypes)
            #expect(try SimulationSummary(result).json() == SimulationSummary(reference).json())
            #expect(SimulationTables.sellers(result) == SimulationTables.sellers(reference))
            #expect(SimulationTables.trials(result) == SimulationTables.trials(reference))
        }
    }

    @Test func differentSeedsGiveDifferentResults() throws {
        var scenario = try Self.acme(trials: 1_000)
        let first = ScenarioBuilder.run(scenario)
        scenario.simulation.seed += 1
        let second = ScenarioBuilder.run(scenario)
        #expect(first.trials.revenue != second.trials.revenue)
    }

    /// Trials are numbered streams: a longer run starts with the same trials as a shorter one
    /// (whole chunks), so adding trials refines a result rather than replacing it.
    @Test func longerRunsExtendShorterOnes() throws {
        let short = ScenarioBuilder.run(try Self.acme(trials: 1_024))
        let long = ScenarioBuilder.run(try Self.acme(trials: 2_048))
        #expect(Self.bits(Array(long.trials.revenue.prefix(1_024))) == Self.bits(short.trials.revenue))
    }
}
