import Foundation
import Testing

/// Numbers that crashed the binary (Swift runtime traps, exit 132) are refused with a located
/// message and exit code 1 (scenario) or 2 (command line), and nothing that looks like a crash.
@Suite("salesplan refuses absurd numbers without crashing", .serialized)
struct CLIInputLimitTests {
    /// A valid scenario whose lines 6 (trials), 5 (goal split) and 13–14 (sellers) can be replaced.
    static func scenario(trials: String = "1000", split: String = "{emea: 1000000}", quota: String = "1000000") -> String {
        """
        salesplan: 1
        name: Limits
        goal:
          bookings: 1000000
          by_region: \(split)
        simulation: {trials: \(trials), year_types: [{name: y, probability: 1, median_attainment: 0.8, sigma: 0.3}]}
        plans:
          - id: ae
            target_incentive: 100000
            pay_curve: {threshold: 0.5}
        sellers:
          - {id: boss, plan: ae, quota: 1000000, role: manager, region: emea}
          - {id: s1, plan: ae, quota: \(quota), manager: boss, region: emea}
          - {id: s2, plan: ae, quota: \(quota), manager: boss, region: emea}
        """
    }

    static func run(_ arguments: [String], scenario text: String) throws -> SalesPlanProcess.Outcome {
        let folder = try WorkingDirectory()
        try folder.write("limits.yaml", text)
        let outcome = try SalesPlanProcess.run(arguments + ["limits.yaml"], in: folder.url)
        #expect(!outcome.signalled, "\(outcome.stderr)")
        CLITests.expectNoCrashOutput(outcome)
        return outcome
    }

    @Test(arguments: [
        ("0", "limits.yaml:6:22: simulation.trials: must be between 1 and 20,000,000 (got 0)"),
        ("2e17", "limits.yaml:6:22: simulation.trials: must be at most 20,000,000 (got 2e17)"),
        ("200000000000000000", "limits.yaml:6:22: simulation.trials: must be at most 20,000,000 (got 200000000000000000)"),
    ])
    func trialsOutOfRange(_ trials: String, _ message: String) throws {
        for command in ["validate", "simulate"] {
            let outcome = try Self.run([command], scenario: Self.scenario(trials: trials))
            #expect(outcome.status == 1, "\(command): \(outcome.stderr)")
            #expect(outcome.stderr.contains(message), "\(command): \(outcome.stderr)")
        }
    }

    @Test func aGoalSplitOf1e19() throws {
        let outcome = try Self.run(["validate"], scenario: Self.scenario(split: "{emea: 1e19}"))
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("limits.yaml:5:21: goal.by_region.emea: must be at most 1,000,000,000,000,000 (10¹⁵, a quadrillion)"),
                "\(outcome.stderr)")
    }

    /// Two quotas of 1e308 credited to one manager sum to infinity, which the engine converted
    /// to cents.
    @Test func aQuotaOf1e308() throws {
        let outcome = try Self.run(["simulate", "--out", "out"], scenario: Self.scenario(quota: "1e308"))
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("limits.yaml:13:31: sellers[1].quota: must be at most 1,000,000,000,000,000"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("limits.yaml:14:31: sellers[2].quota:"), "\(outcome.stderr)")
    }

    @Test(arguments: [
        (["--trials", "-5"], "--trials must be at least 1 (got -5)"),
        (["--trials", "0"], "--trials must be at least 1 (got 0)"),
        (["--threads", "-2"], "--threads must be at least 1 (got -2)"),
        (["--trials", "200000000000000000"], "--trials: 200,000,000,000,000,000 trials is above the limit of 20,000,000"),
    ])
    func badTrialOptionsAreUsageErrors(_ options: [String], _ message: String) throws {
        let outcome = try Self.run(["simulate"] + options, scenario: Self.scenario())
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    /// A CSV table given where the scenario belongs is one long YAML value; the message quotes
    /// its start, not the whole file.
    @Test func aCSVFileAsTheScenarioIsQuotedBriefly() throws {
        let rows = (1...2_000).map { "s\($0),ae,1000000" }.joined(separator: "\n")
        let folder = try WorkingDirectory()
        try folder.write("sellers.csv", "id,plan,quota\n" + rows + "\n")
        let outcome = try SalesPlanProcess.run(["validate", "sellers.csv"], in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(#"sellers.csv:1:1: is a CSV table, not a scenario"#), "\(outcome.stderr)")
        #expect(outcome.stderr.count < 400, "\(outcome.stderr.count) characters of stderr")
        CLITests.expectNoCrashOutput(outcome)
    }
}
