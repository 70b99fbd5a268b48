import Foundation
import Testing

/// `salesplan coverage` and `salesplan quotas` as a user runs them: files, exit codes, and a new
/// sellers table that loads back as a scenario.
@Suite("coverage and quotas on the command line", .serialized)
struct QuotaCLITests {
    @Test func coverageWritesItsReport() throws {
        let folder = try WorkingDirectory()
        let outcome = try SalesPlanProcess.run(["coverage", CLITests.acme, "--trials", "2000", "--out", "cov"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(folder.contents("cov") == ["coverage.csv", "report.html", "report.md", "run.json", "summary.json"])
        #expect(outcome.stdout.contains("region: north-america"))
        #expect(outcome.stdout.contains("To meet every goal in 95% of trials"))
        let csv = String(decoding: try folder.read("cov/coverage.csv"), as: UTF8.self).split(separator: "\n")
        #expect(csv[0].hasPrefix("dimension,name,goal,quota,coverage,over_assignment,attainment_factor,p_goal_met"))
        #expect(csv[1].hasPrefix("total,total,62000000,79730000,"))
    }

    @Test func newQuotasLoadBackAsAScenario() throws {
        let folder = try WorkingDirectory()
        let outcome = try SalesPlanProcess.run(
            ["quotas", CLITests.acme, "--method", "blend", "--blend", "potential=0.6,prior=0.4", "--over-assignment", "25%",
             "--round", "1000", "--trials", "1000", "--out", "q"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(folder.contents("q") == ["quota-changes.csv", "quota-seasonality.csv", "report.html", "report.md", "run.json",
                                          "sellers.csv", "summary.json"])
        // A copy of the scenario with the new sellers table validates, and its direct quotas add
        // up to goal × 1.25 exactly.
        let copy = folder.url.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLITests.acme).deletingLastPathComponent(), to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("sellers.csv"))
        try FileManager.default.copyItem(at: folder.url.appendingPathComponent("q/sellers.csv"), to: copy.appendingPathComponent("sellers.csv"))
        let validate = try SalesPlanProcess.run(["validate", "copy/scenario.yaml"], in: folder.url)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("Total quota  $77.50M"))
        let changes = String(decoding: try folder.read("q/quota-changes.csv"), as: UTF8.self).split(separator: "\n")
        #expect(changes[0] == "seller,role,old_quota,new_quota,change_percent,change,method,basis_share,ramp_factor,held_by_change_limit")
        let moves = changes.dropFirst().map { abs(Double($0.split(separator: ",")[5])!) }
        #expect(moves == moves.sorted(by: >), "largest movers first")
    }

    @Test(arguments: [
        (["--method", "prior"], 1, "--method prior needs sellers' prior_attainments"),
        (["--over-assignment", "-100%"], 2, "--over-assignment must be above -100%"),
        (["--target-probability", "1"], 2, "--target-probability must be strictly between 0 and 1"),
        (["--method", "blend"], 2, "--method blend needs --blend"),
    ])
    func badRequestsAreRefused(_ extra: [String], _ status: Int32, _ message: String) throws {
        let outcome = try SalesPlanProcess.run(["quotas", CLITests.figure1, "--trials", "500"] + extra, in: WorkingDirectory.scratch.url)
        #expect(outcome.status == status, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        CLITests.expectNoCrashOutput(outcome)
    }

    @Test func potentialWithoutAccountsIsRefused() throws {
        let outcome = try SalesPlanProcess.run(["quotas", CLITests.figure1, "--method", "potential"], in: WorkingDirectory.scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("--method potential needs an accounts table with potential"))
    }
}
