import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Reports")
struct ReportTests {
    static func smallResult() -> SimulationResult {
        ScenarioBuilder.run(ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(5), plans: [ScenarioBuilder.plan(targetIncentive: 10_000)],
            goal: 4_000_000, yearTypes: ScenarioBuilder.whitepaperYears, trials: 600, ebitda: 50_000))
    }

    @Test(arguments: [
        (1234.5, 2, "1234.5"), (0.1, 2, "0.1"), (-0.5, 2, "-0.5"), (1_500_000, 2, "1500000"), (0.123456789012, 9, "0.123456789"),
        (2.000000001, 9, "2.000000001"), (-1234.567, 2, "-1234.57"), (0.004, 2, "0"), (7, 0, "7"),
    ])
    func fixedPointNumbers(value: Double, decimals: Int, expected: String) {
        #expect(FixedPoint.text(value, decimals: decimals) == expected)
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        var csv = CSVText(header: ["id", "name"])
        csv.text("s1", first: true)
        csv.text("O'Brien, \"Jo\"\nSmith")
        csv.endRow()
        #expect(csv.text == "id,name\ns1,\"O'Brien, \"\"Jo\"\"\nSmith\"\n")
    }

    @Test func summaryJSONHasItsSchema() throws {
        let result = Self.smallResult()
        let object = try #require(JSONSerialization.jsonObject(with: SimulationSummary(result).json()) as? [String: Any])
        #expect(object["schema"] as? String == "salesplan/simulation-summary")
        #expect(object["schema_version"] as? Int == 2)
        let headline = try #require(object["headline"] as? [String: Any])
        for key in ["bookings", "variable_comp", "total_comp", "cost_of_sales", "share_at_quota", "direct_share_at_quota", "share_at_target", "goal_met"] {
            #expect(headline[key] != nil, "\(key)")
        }
        let variable = try #require(headline["variable_comp"] as? [String: Double])
        #expect(Set(variable.keys) == ["mean", "standard_error", "standard_deviation", "min", "p1", "p5", "p10", "p25",
                                       "p50", "p75", "p90", "p95", "p99", "max"])
        #expect(variable["p95"] == result.headline.variableComp.p95)
        let ebitda = try #require(object["ebitda_check"] as? [String: Any])
        #expect(ebitda["model"] as? String == "fixed")
        #expect(abs((ebitda["ebitda"] as? [String: Double])!["p1"]! - (50_000 - result.headline.variableComp.p99)) < 1e-6)
        #expect((ebitda["most_expensive_trial"] as? [String: Double])?["variable_comp"] == result.headline.variableComp.max)
        let budget = try #require(object["budget"] as? [String: Double])
        #expect((budget["variable_comp"] ?? 0) == 50_000.0)
        let breakdowns = try #require(object["breakdowns"] as? [String: [[String: Any]]])
        #expect(Set(breakdowns.keys) == ["plan", "role", "region", "segment"])
        let yearTypes = try #require(object["year_types"] as? [[String: Any]])
        #expect(yearTypes.map { $0["name"] as? String } == ["poor", "average", "great"])
    }

    @Test func csvTablesHaveARowPerTrialAndPerSeller() {
        let result = Self.smallResult()
        let trials = String(decoding: SimulationTables.trials(result), as: UTF8.self).split(separator: "\n")
        #expect(trials.count == 601)
        #expect(trials[0] == "trial,year_type,macro_shock,bookings,bookings_vs_goal,variable_comp,total_comp,cost_of_sales,share_at_quota,direct_share_at_quota,share_at_target,goal_met,ebitda")
        let first = trials[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(first.count == 13)
        #expect(abs(Double(first[12])! - (50_000 - result.trials.variableComp[0])) <= 0.005)
        #expect(abs(Double(first[3])! - result.trials.revenue[0]) <= 0.005)
        let sellers = String(decoding: SimulationTables.sellers(result), as: UTF8.self).split(separator: "\n")
        #expect(sellers.count == 6)
        #expect(sellers[0].hasPrefix("id,name,role,plan,region,segment,territory,manager,quota,target_incentive,"))
        #expect(sellers[1].hasPrefix("s0,Seller 0,account_executive,plan,,,,,1000000,10000,"))
    }

    @Test func htmlIsSelfContainedWithTablesBeforeCharts() throws {
        let result = Self.smallResult()
        let run = RunInfo(scenarioPath: "x.yaml", command: ["salesplan"], startedAt: Date(), threads: 2, elapsedSeconds: 0.1)
        let html = HTMLReport.render(result, run: run)
        // Variable comp and EBITDA histograms, the Figure 1 cloud, attainment curves, one pay curve.
        #expect(html.components(separatedBy: "<svg").count - 1 == 5)
        let firstTable = try #require(html.range(of: "<table"))
        let firstChart = try #require(html.range(of: "<svg"))
        #expect(firstTable.lowerBound < firstChart.lowerBound)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(html.contains("Warning: variable compensation can push EBITDA negative"))
        #expect(html.contains("Pay curve: plan"))
        #expect(html.contains("EBITDA = 0"))
        let markdown = MarkdownReport.render(result, run: run)
        #expect(markdown.contains("| Variable comp |"))
        #expect(markdown.contains("## EBITDA check"))
    }

    @Test func reportFolderIsWrittenWholeAndNeverOverwrittenUnasked() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("salesplan-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = root.appendingPathComponent("run")
        try ReportDirectory(destination: destination).write([("a.txt", Data("first".utf8)), ("b.txt", Data("second".utf8))])
        #expect(try String(contentsOf: destination.appendingPathComponent("a.txt"), encoding: .utf8) == "first")

        #expect(throws: ReportWriteError.self) {
            try ReportDirectory(destination: destination).write([("a.txt", Data("replaced".utf8))])
        }
        #expect(try String(contentsOf: destination.appendingPathComponent("a.txt"), encoding: .utf8) == "first")

        // Not a SalesPlan report (no run.json marker listing its files): never replaced.
        #expect(throws: ReportWriteError.self) {
            try ReportDirectory(destination: destination, overwrite: true).write([("a.txt", Data("replaced".utf8))])
        }
        #expect(try String(contentsOf: destination.appendingPathComponent("a.txt"), encoding: .utf8) == "first")

        let marker = Data(#"{"schema": "salesplan/run", "files": ["run.json", "a.txt", "b.txt"]}"#.utf8)
        try marker.write(to: destination.appendingPathComponent("run.json"))
        try ReportDirectory(destination: destination, overwrite: true).write([("a.txt", Data("replaced".utf8)), ("run.json", marker)])
        #expect(try String(contentsOf: destination.appendingPathComponent("a.txt"), encoding: .utf8) == "replaced")
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("b.txt").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(leftovers == ["run"], "no temporary folders left behind: \(leftovers)")
    }

    /// A report with subfolders (`salesplan run`) is SalesPlan's only while every file in them is
    /// listed; a user's file dropped into a subfolder makes it theirs.
    @Test func nestedReportsAreOwnedFileByFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("salesplan-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = root.appendingPathComponent("plan")
        let marker = Data(#"{"schema": "salesplan/run", "files": ["run.json", "index.html", "part/report.html"]}"#.utf8)
        let files: [(name: String, contents: Data)] = [("run.json", marker), ("index.html", Data("i".utf8)), ("part/report.html", Data("r".utf8))]
        try ReportDirectory(destination: destination).write(files)
        #expect(try String(contentsOf: destination.appendingPathComponent("part/report.html"), encoding: .utf8) == "r")
        try ReportDirectory(destination: destination, overwrite: true).write(files)
        try Data("mine".utf8).write(to: destination.appendingPathComponent("part/notes.txt"))
        #expect(throws: ReportWriteError.self) { try ReportDirectory(destination: destination, overwrite: true).write(files) }
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent("part/notes.txt").path))
    }

    @Test func aFailedWriteLeavesNothing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("salesplan-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        // A file whose folder is already a file cannot be created: the write fails half-way.
        #expect(throws: ReportWriteError.self) {
            try ReportDirectory(destination: root.appendingPathComponent("run"))
                .write([("ok.txt", Data("x".utf8)), ("ok.txt/sub.txt", Data("y".utf8))])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }

    @Test func defaultFolderIsPerScenarioAndTimestamp() {
        let root = URL(fileURLWithPath: "/tmp/reports-\(UUID().uuidString)")
        var components = DateComponents()
        (components.year, components.month, components.day, components.hour, components.minute, components.second) = (2026, 11, 22, 9, 5, 7)
        let date = Calendar.current.date(from: components)!
        let folder = ReportDirectory.defaultDestination(root: root, scenarioSlug: "acme-fy2027", startedAt: date)
        #expect(folder.path == root.path + "/acme-fy2027/20261122-090507")
        #expect(ScenarioLoader.slug(forScenarioAt: "scenarios/acme-fy2027/scenario.yaml") == "acme-fy2027")
        #expect(ScenarioLoader.slug(forScenarioAt: "scenarios/figure1.yaml") == "figure1")
    }
}
