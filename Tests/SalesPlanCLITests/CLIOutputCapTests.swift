import Foundation
import Testing

/// However many problems a file has, the terminal gets the first hundred and a count.
@Suite("salesplan caps what it prints", .serialized)
struct CLIOutputCapTests {
    static let scenario = """
        salesplan: 1
        goal: {bookings: 1000000}
        simulation:
          year_types: [{name: y, probability: 1, median_attainment: 0.8, sigma: 0.3}]
        plans: [{id: ae, target_incentive: 1000, pay_curve: {threshold: 0.5}}]
        sellers:
          - {id: s1, plan: ae, quota: 1000000}

        """

    @Test func thousandsOfErrorsPrintAHundredAndACount() throws {
        let folder = try WorkingDirectory()
        let keys = (0..<5_000).map { "  sed\($0): 1" }.joined(separator: "\n")
        try folder.write("keys.yaml", Self.scenario.replacingOccurrences(of: "simulation:\n", with: "simulation:\n\(keys)\n"))
        let outcome = try SalesPlanProcess.run(["validate", "keys.yaml"], in: folder.url)
        #expect(outcome.status == 1)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 102)
        #expect(lines.first?.hasPrefix(#"keys.yaml:4:3: simulation.sed0: unknown key "sed0""#) == true, "\(lines.first ?? "")")
        #expect(lines[100] == "… and 4,900 more errors not shown")
        #expect(lines[101] == "5,000 errors found; the scenario was not used.")
        CLITests.expectNoCrashOutput(outcome)
    }

    @Test func manyWarningsOnAValidScenarioAreCappedToo() throws {
        let folder = try WorkingDirectory()
        let managers = (0..<150).map { "  - {id: m\($0), plan: ae, quota: 1000000, role: manager}" }.joined(separator: "\n")
        try folder.write("warn.yaml", Self.scenario + managers + "\n")
        let outcome = try SalesPlanProcess.run(["validate", "warn.yaml"], in: folder.url)
        #expect(outcome.status == 0)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 101)
        #expect(lines.last == "… and 50 more warnings not shown")
        #expect(outcome.stdout.hasPrefix("warn.yaml: valid (150 warnings)"))
    }
}
