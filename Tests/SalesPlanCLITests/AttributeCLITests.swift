import Foundation
import Testing

/// `salesplan attribute` as a user runs it: the report's files, JSON on standard output, and a
/// located error (exit 1, nothing written) for each class of bad input.
@Suite("attribute on the command line", .serialized)
struct AttributeCLITests {
    static let touches = """
    opportunity_id,timestamp,channel,milestone,amount,segment
    o1,2026-01-01,linkedin,first_touch,,smb
    o1,2026-01-04,webinar,lead_created,,smb
    o1,2026-01-09T10:00:00Z,email,,,smb
    o1,2026-01-10,events,opportunity_created+closed_won,50000,smb
    o2,2026-02-01,paid_search,first_touch+lead_created,,enterprise
    o2,2026-02-03,email,,,enterprise
    o3,2026-03-01,content,,,enterprise
    o3,2026-03-20,paid_search,lead_created,,enterprise
    o3,2026-04-20,webinar,opportunity_created,,enterprise
    o3,2026-05-20,events,closed_won,120000,enterprise

    """

    static let paths = """
    path,total_conversions,total_conversion_value,total_null
    A > B > C,1,100,0
    A > C,0,0,1
    B,1,40,1

    """

    @Test func touchesWriteTheReport() throws {
        let folder = try WorkingDirectory()
        try folder.write("touches.csv", Self.touches)
        try folder.write("spend.csv", "channel,spend\nlinkedin,10000\nevents,$20k\n")
        let outcome = try SalesPlanProcess.run(["attribute", "--touches", "touches.csv", "--spend", "spend.csv", "--out", "attr"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(folder.contents("attr") == ["credits.csv", "report.html", "run.json", "summary.json"])
        #expect(outcome.stdout.contains("Conversions credited") && outcome.stdout.contains("ROMI") && outcome.stdout.contains("Cost per won dollar"))
        let csv = String(decoding: try folder.read("attr/credits.csv"), as: UTF8.self).split(separator: "\n")
        #expect(csv[0] == "channel,model,conversions,value")
        #expect(csv.count == 1 + 6 * 11, "6 channels × 11 models (custom needs --weights)")
        // o3's first touch is content: first touch credits it with 1 conversion and $120,000.
        #expect(csv.contains("content,first_touch,1,120000"))
        #expect(csv.contains("content,u_shaped,0.5,60000"))
        let html = String(decoding: try folder.read("attr/report.html"), as: UTF8.self)
        #expect(html.contains("<svg") && html.contains("Conversions credited by channel and model"))
        let summary = try JSONSerialization.jsonObject(with: try folder.read("attr/summary.json")) as! [String: Any]
        #expect(summary["schema"] as? String == "salesplan/attribution-summary")
        #expect(summary["schema_version"] as? Int == 1)
    }

    /// Account-based journeys read account_id. A 5-day SMB window before o1's conversion on
    /// 2026-01-10 keeps the email touch of 2026-01-09 and drops the two older ones (01-01, 01-04),
    /// so first touch credits o1's conversion and its $50,000 to email.
    @Test func accountBasedWithALookbackWindow() throws {
        let folder = try WorkingDirectory()
        try folder.write("touches.csv", Self.touches.replacingOccurrences(of: "opportunity_id", with: "account_id"))
        let outcome = try SalesPlanProcess.run(["attribute", "--touches", "touches.csv", "--account-based", "--lookback", "smb=5d",
                                                "--model", "first_touch", "--format", "json", "--out", "a"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        let input = summary["input"] as! [String: Any]
        #expect(input["account_based"] as? Bool == true)
        #expect(input["dropped_by_lookback"] as? Int == 2)
        let credits = ((summary["models"] as! [[String: Any]])[0]["credits"] as! [[String: Any]])
        let email = credits.first { $0["channel"] as? String == "email" }!
        #expect(email["conversions"] as? Double == 1 && email["value"] as? Double == 50000)
        let missingColumn = try SalesPlanProcess.run(["attribute", "--touches", "touches.csv", "--out", "b"], in: folder.url)
        #expect(missingColumn.status == 1)
        #expect(missingColumn.stderr.contains(#"touches.csv:1: column "opportunity_id": required column is missing from the header"#),
                "\(missingColumn.stderr)")
    }

    @Test func pathsWithSecondOrderMarkovAsJSON() throws {
        let folder = try WorkingDirectory()
        try folder.write("paths.csv", Self.paths)
        let outcome = try SalesPlanProcess.run(["attribute", "--paths", "paths.csv", "--model", "markov", "--model", "shapley",
                                                "--order", "2", "--format", "json", "--out", "p"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        let models = (summary["models"] as! [[String: Any]]).map { $0["model"] as! String }
        #expect(models == ["markov_order2", "shapley"])
        let csv = String(decoding: try folder.read("p/credits.csv"), as: UTF8.self)
        #expect(csv.contains("B,markov_order2,1,"))
        #expect(csv.contains("B,shapley,1.333333333,"))
    }

    /// Each class of bad input: exit 1, the problem located as file:line: column "x", no folder.
    @Test(arguments: [
        ("touches.csv", Self.touches.replacingOccurrences(of: "2026-03-20", with: "20/03/2026"), [String](),
         #"touches.csv:9: column "timestamp": "20/03/2026" is not an ISO 8601 date"#),
        ("touches.csv", Self.touches.replacingOccurrences(of: "o2,2026-02-03,email,,,enterprise", with: "o1,2026-02-03,email,,,smb"), [],
         #"touches.csv:7: column "timestamp": this touch comes after the closed_won touch of opportunity o1 (line 5)"#),
        ("touches.csv", Self.touches.replacingOccurrences(of: "2026-04-20,webinar,opportunity_created", with: "2026-03-10,webinar,opportunity_created"), [],
         #"touches.csv:9: column "milestone": lead_created comes after opportunity_created in time for opportunity o3"#),
        ("touches.csv", Self.touches, ["--spend", "spend.csv"],
         #"spend.csv:3: column "channel": unknown channel "linkdin" (did you mean "linkedin"?)"#),
        ("touches.csv", Self.touches, ["--spend", "spend.csv"], #"spend.csv:2: column "spend": must be 0 or more (got -500)"#),
        ("paths.csv", Self.paths.replacingOccurrences(of: "A > C,", with: "A > > C,"), [],
         #"paths.csv:3: column "path": "A > > C" has no channel name at position 2"#),
        ("paths.csv", Self.paths.replacingOccurrences(of: "B,1,40,1", with: "B,-1,40,1"), [],
         #"paths.csv:4: column "total_conversions": must be 0 or more (got -1)"#),
        ("touches.csv", Self.touches.replacingOccurrences(of: "closed_won,120000", with: "closed_won,"), [],
         #"touches.csv:11: column "amount": opportunity o3 converted (closed_won) but none of its rows gives the won amount"#),
    ])
    func badInputIsLocatedAndNothingIsWritten(_ file: String, _ text: String, _ extra: [String], _ message: String) throws {
        let folder = try WorkingDirectory()
        try folder.write(file, text)
        try folder.write("spend.csv", "channel,spend\nevents,-500\nlinkdin,100\n")
        let input = file == "paths.csv" ? "--paths" : "--touches"
        let outcome = try SalesPlanProcess.run(["attribute", input, file, "--out", "attr"] + extra, in: folder.url)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("nothing was attributed or written"))
        #expect(!folder.contents().contains("attr"))
        CLITests.expectNoCrashOutput(outcome)
    }

    @Test(arguments: [
        (["--paths", "p.csv", "--model", "time_decay"], "time_decay needs timestamps"),
        (["--paths", "p.csv", "--lookback", "90d"], "--lookback goes with --touches"),
        (["--touches", "t.csv", "--model", "custom"], "--model custom needs --weights"),
        (["--touches", "t.csv", "--model", "markow"], #"unknown model "markow" (did you mean markov?)"#),
        (["--touches", "t.csv", "--lookback", "smb=ninety"], "--lookback expects segment=window pairs"),
        (["--touches", "t.csv", "--paths", "p.csv"], "give --touches FILE or --paths FILE"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let outcome = try SalesPlanProcess.run(["attribute"] + arguments, in: WorkingDirectory.scratch.url)
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        CLITests.expectNoCrashOutput(outcome)
    }
}
