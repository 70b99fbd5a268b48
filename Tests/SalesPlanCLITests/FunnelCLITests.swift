import Foundation
import Testing

/// `salesplan funnel` as a user runs it on the default company: the table, the JSON, the report
/// folder, and refusals (a folder it did not write, a scenario with errors).
@Suite("funnel on the command line", .serialized)
struct FunnelCLITests {
    static let acme = SalesPlanProcess.scenario("scenarios/acme-fy2027/scenario.yaml")

    @Test func printsTheFunnelTable() throws {
        let folder = try WorkingDirectory()
        let outcome = try SalesPlanProcess.run(["funnel", Self.acme, "--trials", "2000", "--out", "f"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty, "the bundled plan is inside every benchmark range: \(outcome.stderr)")
        for text in ["Acme FY2027: marketing funnel; $6.85M over 8 channels; 2,000 trials, seed 2027, GSL taus2",
                     "Channel", "Segment", "linkedin", "paid-search", "partner", "Stage (all channels)",
                     "Goal $62.00M ÷ win rate", "pipeline needed", "Marketing-sourced plan: 36.", "Marketing CAC",
                     "LTV:CAC", "ROMI", "Report: f/report.html"] {
            #expect(outcome.stdout.contains(text), "missing \(text):\n\(outcome.stdout)")
        }
    }

    @Test func validateSummarisesThePlanAndHelpDescribesTheCommand() throws {
        let validate = try SalesPlanProcess.run(["validate", Self.acme], in: WorkingDirectory.scratch.url)
        #expect(validate.status == 0 && validate.stdout.contains("Marketing    8 channels, spend $6.85M, planned sourced share 36.4%"),
                "\(validate.stdout)")
        let help = try SalesPlanProcess.run(["funnel", "--help"], in: WorkingDirectory.scratch.url)
        #expect(help.status == 0 && help.stdout.contains("--trials") && help.stdout.contains("docs/funnel.md"), "\(help.stdout)")
    }

    @Test func writesTheReportFolderAndJSON() throws {
        let folder = try WorkingDirectory()
        let outcome = try SalesPlanProcess.run(["funnel", Self.acme, "--trials", "2000", "--seed", "7", "--format", "json", "--out", "f"],
                                               in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(folder.contents("f") == ["funnel.csv", "report.html", "run.json", "summary.json"])
        #expect(Data(outcome.stdout.utf8) == (try folder.read("f/summary.json")))
        let summary = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        #expect(summary["schema"] as? String == "salesplan/funnel-summary")
        #expect(summary["schema_version"] as? Int == 1)
        #expect(summary["seed"] as? Int == 7 && summary["trials"] as? Int == 2000)
        let channels = summary["channels"] as! [[String: Any]]
        #expect(channels.count == 8)
        #expect(channels.map { $0["name"] as! String }.contains("content-syndication"))
        let total = summary["total"] as! [String: Any]
        let pipeline = (total["stages"] as! [String: Any])["pipeline"] as! [String: Double]
        #expect(pipeline["p10"]! < pipeline["p50"]! && pipeline["p50"]! < pipeline["p90"]!)
        let success = summary["marketing_success"] as! [String: Double]
        #expect(success["log_sigma"]! > 0.1 && success["log_sigma"]! < 0.5)
        let csv = String(decoding: try folder.read("f/funnel.csv"), as: UTF8.self).split(separator: "\n")
        #expect(csv[0] == "kind,name,spend,stage,expected,p10,p50,p90")
        // 6 lead-producing channels × 7 stages, 2 pipeline-per-dollar channels × 4, 3 segments and the total × 7.
        #expect(csv.count == 1 + 6 * 7 + 2 * 4 + 4 * 7)
        let html = String(decoding: try folder.read("f/report.html"), as: UTF8.self)
        #expect(html.contains("<svg") && html.contains("expected count by stage") && html.contains("Pipeline $ and won $ by channel"))
        #expect(html.range(of: "<table")!.lowerBound < html.range(of: "<svg")!.lowerBound, "tables first, then charts")
    }

    @Test func refusesToOverwriteAFolderItDidNotWrite() throws {
        let folder = try WorkingDirectory()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try folder.write("mine/notes.txt", "keep me\n")
        let outcome = try SalesPlanProcess.run(["funnel", Self.acme, "--trials", "200", "--out", "mine", "--overwrite"], in: folder.url)
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("nothing was changed"), "\(outcome.stderr)")
        #expect(folder.contents("mine") == ["notes.txt"])
        #expect(String(decoding: try folder.read("mine/notes.txt"), as: UTF8.self) == "keep me\n")
        // A folder funnel wrote itself is replaced.
        let first = try SalesPlanProcess.run(["funnel", Self.acme, "--trials", "200", "--out", "ours"], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        let again = try SalesPlanProcess.run(["funnel", Self.acme, "--trials", "200", "--out", "ours", "--overwrite"], in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
        CLITests.expectNoCrashOutput(outcome)
    }

    static let scenario = """
        salesplan: 1
        name: Bad funnel
        goal: {bookings: 1000000}
        simulation:
          year_types: [{name: average, probability: 1, median_attainment: 0.9, sigma: 0.3}]
        plans: [{id: ae, target_incentive: 10000, pay_curve: {threshold: 0.5}}]
        sellers: [{id: s1, plan: ae, quota: 1200000}]
        marketing:
          funnel: {lead_to_mql: 40%, mql_to_sql: 20%, sql_to_opportunity: 50%, opportunity_to_won: 25%}
          segments: {smb: {deal_size: 20k}}
          channels:
            - {name: email, spend: -5k, cost_per_lead: 40}

        """

    @Test func aBadScenarioIsALocatedErrorAndWritesNothing() throws {
        let folder = try WorkingDirectory()
        try folder.write("scenario.yaml", Self.scenario)
        let outcome = try SalesPlanProcess.run(["funnel", "scenario.yaml", "--out", "f"], in: folder.url)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("scenario.yaml:12:28: marketing.channels[0].spend: must be 0 or more (got -5k)"), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(folder.contents() == ["scenario.yaml"])
        CLITests.expectNoCrashOutput(outcome)

        try folder.write("plain.yaml", Self.scenario.components(separatedBy: "marketing:")[0])
        let plain = try SalesPlanProcess.run(["funnel", "plain.yaml", "--out", "g"], in: folder.url)
        #expect(plain.status == 1, "\(plain.stderr)")
        #expect(plain.stderr.contains("has no marketing plan with channels"), "\(plain.stderr)")
        #expect(!folder.contents().contains("g"))
    }
}

extension BrowserTests {
    /// The funnel report renders in a real browser: no console messages, tables and both charts.
    @Test(.enabled(if: chromium != nil, "no chromium on this machine"))
    func funnelReportRenders() throws {
        let folder = try WorkingDirectory()
        let run = try SalesPlanProcess.run(["funnel", FunnelCLITests.acme, "--trials", "1000", "--out", "fun"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let (dom, log) = try Self.render(folder.url.appendingPathComponent("fun/report.html"), profile: folder.url.appendingPathComponent("p-fun"))
        #expect(!log.contains("CONSOLE"), "console messages: \(log)")
        #expect(dom.contains("<table") && dom.contains("content-syndication"))
        #expect(dom.contains("expected count by stage") && dom.contains("Pipeline $ and won $ by channel"))
    }
}
