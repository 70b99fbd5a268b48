import Foundation
import Testing

@Suite("salesplan command line", .serialized)
struct CLITests {
    static let figure1 = SalesPlanProcess.scenario("scenarios/figure1.yaml")
    static let acme = SalesPlanProcess.scenario("scenarios/acme-fy2027/scenario.yaml")

    /// Nothing a user sees should look like a crash.
    static func expectNoCrashOutput(_ outcome: SalesPlanProcess.Outcome) {
        for marker in ["Fatal error", "Backtrace", "Program crashed", "Stack dump", "Swift/"] {
            #expect(!outcome.stderr.contains(marker), "stderr: \(outcome.stderr)")
        }
    }

    @Test(arguments: [["--help"], ["validate", "--help"], ["simulate", "--help"], ["help", "simulate"]])
    func helpOnEveryCommand(_ arguments: [String]) throws {
        let outcome = try SalesPlanProcess.run(arguments, in: WorkingDirectory.scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("USAGE: salesplan"))
    }

    @Test func validateSummarisesAValidScenario() throws {
        let outcome = try SalesPlanProcess.run(["validate", Self.acme], in: WorkingDirectory.scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("scenario.yaml: valid"))
        #expect(outcome.stdout.contains("78: 60 account executives, 6 overlay specialists, 12 managers"))
        #expect(outcome.stdout.contains("Coverage     1.29× goal"))
        #expect(outcome.stderr.isEmpty)
    }

    @Test func validateReportsEveryErrorOnStandardErrorWithExitCode1() throws {
        let folder = try WorkingDirectory()
        try folder.write("bad.yaml", """
            salesplan: 1
            goal: {bookings: -1}
            simulation:
              year_types: [{name: y, probability: 0.5, median_attainment: 1, sigma: 0.3}]
            plans: [{id: ae, target_incentive: 1000, pay_curve: {treshold: 0.5}}]
            sellers: [{id: s1, plan: ae, quota: 100}]
            """)
        let outcome = try SalesPlanProcess.run(["validate", "bad.yaml"], in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("bad.yaml:2:18: goal.bookings: must be greater than 0 (got -1)"))
        #expect(outcome.stderr.contains("bad.yaml:4:15: simulation.year_types: probabilities must sum to 1"))
        #expect(outcome.stderr.contains(#"bad.yaml:5:54: plans[0].pay_curve.treshold: unknown key "treshold" (did you mean "threshold"?)"#))
        #expect(outcome.stderr.contains("3 errors found; the scenario was not used."))
        Self.expectNoCrashOutput(outcome)
    }

    @Test(arguments: [
        ["validate"], ["validate", "a.yaml", "b.yaml"], ["simulate", "x.yaml", "--trails", "5"], ["simulate", "x.yaml", "--threads", "0"],
        ["simulate", "x.yaml", "--format", "xml"], ["frobnicate"],
    ])
    func usageErrorsExitWith2(_ arguments: [String]) throws {
        let outcome = try SalesPlanProcess.run(arguments, in: WorkingDirectory.scratch.url)
        #expect(outcome.status == 2, "\(arguments): \(outcome.stderr)")
        #expect(outcome.stderr.contains("Error:"))
        Self.expectNoCrashOutput(outcome)
    }

    @Test func missingScenarioFileIsInvalidInput() throws {
        let outcome = try SalesPlanProcess.run(["simulate", "nowhere.yaml"], in: WorkingDirectory.scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(#"nowhere.yaml: scenario file "nowhere.yaml" does not exist"#))
        Self.expectNoCrashOutput(outcome)
    }

    @Test func simulateWritesTheWholeReport() throws {
        let folder = try WorkingDirectory()
        let outcome = try SalesPlanProcess.run(["simulate", Self.figure1, "--trials", "2000", "--out", "out", "--format", "json"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(folder.contents("out") == ["report.html", "report.md", "run.json", "sellers.csv", "summary.json", "trials.csv"])
        #expect(Data(outcome.stdout.utf8) == (try folder.read("out/summary.json")))
        let summary = try #require(JSONSerialization.jsonObject(with: folder.read("out/summary.json")) as? [String: Any])
        #expect((summary["settings"] as? [String: Any])?["trials"] as? Int == 2000)
        #expect(folder.contents() == ["out"], "nothing else written")
    }

    /// The default scenario's simulate report carries today's territory metrics, the real-plan
    /// figures and the marketing join; `--timings` reports where the time went.
    @Test func theDefaultScenariosReportHasTerritoriesRealPlansAndMarketing() throws {
        let folder = try WorkingDirectory()
        let outcome = try SalesPlanProcess.run(["simulate", SalesPlanProcess.scenario("scenarios/acme-fy2027/scenario.yaml"),
                                                "--trials", "2000", "--out", "out", "--timings"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Double-credit ratio") && outcome.stdout.contains("ROMI"))
        #expect(outcome.stderr.contains("timings: load") && outcome.stderr.contains("ns per seller-trial"))
        let html = String(decoding: try folder.read("out/report.html"), as: UTF8.self)
        #expect(html.contains("Territories (today's alignment)") && html.contains("Real-plan features"))
        // summary.json's real_plan part, as docs/simulation-output.md names it.
        let summary = try #require(JSONSerialization.jsonObject(with: folder.read("out/summary.json")) as? [String: Any])
        let realPlan = try #require(summary["real_plan"] as? [String: Any])
        for key in ["double_credit_ratio", "spif_pay", "clawback", "draw_top_up", "renewed", "revenue_lost_to_vacancy_and_ramp",
                    "departures", "base_salary_paid", "departure_rate"] {
            #expect(realPlan[key] != nil, "real_plan.\(key)")
        }
        let marketing = try #require(realPlan["marketing"] as? [String: Any])
        #expect(marketing["romi"] as? [String: Any] != nil && (marketing["by_success_quintile"] as? [Any])?.count == 5)
        #expect(html.contains("Marketing: pipeline contribution and ROMI") && html.contains("against marketing success"))
        let figure1 = try SalesPlanProcess.run(["simulate", Self.figure1, "--trials", "500", "--out", "fig"], in: folder.url)
        let plain = String(decoding: try folder.read("fig/report.html"), as: UTF8.self)
        #expect(figure1.status == 0 && !plain.contains("Territories (today") && !plain.contains("Real-plan features"))
    }

    @Test func tableOutputNamesTheReport() throws {
        let folder = try WorkingDirectory()
        let outcome = try SalesPlanProcess.run(["simulate", Self.figure1, "--trials", "1000"], in: folder.url)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Variable comp"))
        #expect(outcome.stdout.contains("EBITDA check"))
        let runs = folder.contents("reports/figure1")
        #expect(runs.count == 1)
        #expect(runs.first?.count == "20261122-090507".count)
        #expect(outcome.stdout.contains("Report: reports/figure1/\(runs.first ?? "")/report.html"))
    }

    @Test func anExistingReportIsNotOverwrittenUnasked() throws {
        let folder = try WorkingDirectory()
        let first = try SalesPlanProcess.run(["simulate", Self.figure1, "--trials", "1000", "--out", "out"], in: folder.url)
        #expect(first.status == 0)
        let before = try folder.read("out/summary.json")
        let second = try SalesPlanProcess.run(["simulate", Self.figure1, "--trials", "1500", "--out", "out"], in: folder.url)
        #expect(second.status == 2)
        #expect(second.stderr.contains("already exists and is not empty; pass --overwrite"))
        #expect(try folder.read("out/summary.json") == before)
        let third = try SalesPlanProcess.run(["simulate", Self.figure1, "--trials", "1500", "--out", "out", "--overwrite"], in: folder.url)
        #expect(third.status == 0)
        #expect(try folder.read("out/summary.json") != before)
    }

    @Test func threadCountDoesNotChangeTheSummary() throws {
        let folder = try WorkingDirectory()
        for threads in ["1", "3"] {
            let outcome = try SalesPlanProcess.run(["simulate", Self.acme, "--trials", "1500", "--threads", threads, "--out", "t\(threads)"], in: folder.url)
            #expect(outcome.status == 0)
        }
        #expect(try folder.read("t1/summary.json") == folder.read("t3/summary.json"))
        #expect(try folder.read("t1/sellers.csv") == folder.read("t3/sellers.csv"))
        #expect(try folder.read("t1/trials.csv") == folder.read("t3/trials.csv"))
    }

    @Test func invalidScenarioWritesNothing() throws {
        let folder = try WorkingDirectory()
        try folder.write("bad.yaml", "salesplan: 1\nname: [unclosed\n")
        let outcome = try SalesPlanProcess.run(["simulate", "bad.yaml"], in: folder.url)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("bad.yaml:3:1: YAML syntax error"))
        #expect(folder.contents() == ["bad.yaml"])
    }

    @Test func absurdTrialCountsAreRefusedWithAReason() throws {
        let outcome = try SalesPlanProcess.run(
            ["simulate", SalesPlanProcess.scenario("scenarios/bench-v1-5000.yaml"), "--trials", "25000000"], in: WorkingDirectory.scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--trials: 25,000,000 trials is above the limit of 20,000,000"))
    }

    /// Ctrl-C during a run leaves no report and no half-written folder behind.
    @Test func anInterruptedRunLeavesNothing() throws {
        let folder = try WorkingDirectory()
        let outcome = try SalesPlanProcess.run(
            ["simulate", SalesPlanProcess.scenario("scenarios/bench-v1-5000.yaml"), "--trials", "2000000", "--out", "out"],
            in: folder.url, interruptAfter: 1.0)
        #expect(outcome.signalled || outcome.status != 0)
        #expect(folder.contents().isEmpty, "\(folder.contents())")
    }
}
