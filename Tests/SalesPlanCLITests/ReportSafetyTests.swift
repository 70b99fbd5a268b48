import Foundation
import Testing

/// `--out` and `--overwrite` never lose a user's files: every refusal leaves the folder exactly
/// as it was, and only a report folder SalesPlan wrote is ever replaced.
@Suite("report folders never lose a user's files", .serialized)
struct ReportSafetyTests {
    /// A scenario folder as a user keeps one: the scenario, a table it references, and files of
    /// their own beside them.
    static func scenarioFolder(in root: URL) throws -> URL {
        let folder = root.appendingPathComponent("plan")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("""
            salesplan: 1
            name: Safety
            goal: {bookings: 1000000}
            simulation:
              trials: 500
              year_types: [{name: average, probability: 1, median_attainment: 0.9, sigma: 0.3}]
            plans: [{id: ae, target_incentive: 10000, pay_curve: {threshold: 0.5}}]
            sellers: sellers.csv
            """.utf8).write(to: folder.appendingPathComponent("scenario.yaml"))
        try Data("id,plan,quota\ns1,ae,600000\ns2,ae,600000\n".utf8).write(to: folder.appendingPathComponent("sellers.csv"))
        try Data("my notes\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try Data("print('generator')\n".utf8).write(to: folder.appendingPathComponent("generate.py"))
        return folder
    }

    /// Every file under `folder` with its bytes, to prove a refusal changed nothing.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            files[url.path] = (try? Data(contentsOf: url)) ?? Data()
        }
        return files
    }

    static func expectRefused(_ outcome: SalesPlanProcess.Outcome, _ message: String) {
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains("nothing was changed"))
        CLITests.expectNoCrashOutput(outcome)
    }

    @Test func outIsTheScenarioFolderItselfRunFromInside() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        let before = Self.snapshot(root.url)
        let outcome = try SalesPlanProcess.run(["simulate", "scenario.yaml", "--out", ".", "--overwrite"], in: plan)
        Self.expectRefused(outcome, "it is the current folder")
        #expect(Self.snapshot(root.url) == before)
    }

    @Test func outIsTheScenarioFolderRunFromElsewhere() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        let elsewhere = try WorkingDirectory()
        let before = Self.snapshot(root.url)
        let outcome = try SalesPlanProcess.run(
            ["simulate", plan.appendingPathComponent("scenario.yaml").path, "--out", plan.path, "--overwrite"], in: elsewhere.url)
        Self.expectRefused(outcome, "an input of this run")
        #expect(Self.snapshot(root.url) == before)
        #expect(elsewhere.contents().isEmpty)
    }

    @Test func outIsAParentOfTheScenario() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        let elsewhere = try WorkingDirectory()
        let before = Self.snapshot(root.url)
        let outcome = try SalesPlanProcess.run(
            ["simulate", plan.appendingPathComponent("scenario.yaml").path, "--out", root.url.path, "--overwrite"], in: elsewhere.url)
        Self.expectRefused(outcome, "an input of this run")
        #expect(Self.snapshot(root.url) == before)
    }

    @Test func outIsAFolderHoldingOnlyAReferencedTable() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        let tables = root.url.appendingPathComponent("tables")
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: plan.appendingPathComponent("sellers.csv"), to: tables.appendingPathComponent("sellers.csv"))
        let yaml = try String(contentsOf: plan.appendingPathComponent("scenario.yaml"), encoding: .utf8)
        try Data(yaml.replacingOccurrences(of: "sellers: sellers.csv", with: "sellers: ../tables/sellers.csv").utf8)
            .write(to: plan.appendingPathComponent("scenario.yaml"))
        let before = Self.snapshot(root.url)
        let outcome = try SalesPlanProcess.run(["simulate", "scenario.yaml", "--out", "../tables", "--overwrite"], in: plan)
        Self.expectRefused(outcome, "an input of this run")
        #expect(Self.snapshot(root.url) == before)
    }

    @Test func outIsTheCurrentFolderOrItsParent() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        let work = root.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: work.appendingPathComponent("mine.txt"))
        let before = Self.snapshot(root.url)
        let scenario = plan.appendingPathComponent("scenario.yaml").path
        Self.expectRefused(try SalesPlanProcess.run(["simulate", scenario, "--out", ".", "--overwrite"], in: work), "it is the current folder")
        Self.expectRefused(try SalesPlanProcess.run(["simulate", scenario, "--out", "..", "--overwrite"], in: work), "it contains the current folder")
        #expect(Self.snapshot(root.url) == before)
    }

    @Test func outIsTheRootOrTheHomeFolder() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        // A stand-in home folder, so that even a broken check could never touch the real one.
        let home = try WorkingDirectory()
        try home.write("diary.txt", "dear diary")
        let scenario = plan.appendingPathComponent("scenario.yaml").path
        let elsewhere = try WorkingDirectory()
        let environment = ["HOME": home.url.path]
        Self.expectRefused(try SalesPlanProcess.run(["simulate", scenario, "--out", home.url.path, "--overwrite"],
                                                    in: elsewhere.url, environment: environment), "it is your home folder")
        #expect(home.contents() == ["diary.txt"])
        Self.expectRefused(try SalesPlanProcess.run(["simulate", scenario, "--out", "/", "--overwrite"], in: elsewhere.url),
                           "it is the root of the file system")
    }

    @Test func aFolderWithAnyFileSalesPlanDidNotWriteIsNeverReplaced() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        let scenario = plan.appendingPathComponent("scenario.yaml").path
        // Someone's folder of notes.
        try FileManager.default.createDirectory(at: root.url.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try root.write("notes/notes.txt", "important")
        // A real report, then a file of the user's added to it.
        #expect(try SalesPlanProcess.run(["simulate", scenario, "--out", "report"], in: root.url).status == 0)
        try root.write("report/my-analysis.xlsx", "pivot")
        // A run.json that is not SalesPlan's marker.
        try FileManager.default.createDirectory(at: root.url.appendingPathComponent("forged"), withIntermediateDirectories: true)
        try root.write("forged/run.json", #"{"schema": "someone/else", "files": ["data.csv"]}"#)
        try root.write("forged/data.csv", "a,b\n")
        let before = Self.snapshot(root.url)
        Self.expectRefused(try SalesPlanProcess.run(["simulate", scenario, "--out", "notes", "--overwrite"], in: root.url),
                           "it holds files SalesPlan did not write (notes.txt)")
        Self.expectRefused(try SalesPlanProcess.run(["simulate", scenario, "--out", "report", "--overwrite"], in: root.url),
                           "(my-analysis.xlsx)")
        Self.expectRefused(try SalesPlanProcess.run(["simulate", scenario, "--out", "forged", "--overwrite"], in: root.url),
                           "(data.csv, run.json)")
        #expect(Self.snapshot(root.url) == before)
    }

    @Test func aReportSalesPlanWroteIsReplacedWithOverwrite() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        let scenario = plan.appendingPathComponent("scenario.yaml").path
        #expect(try SalesPlanProcess.run(["simulate", scenario, "--out", "report", "--seed", "1"], in: root.url).status == 0)
        let first = try root.read("report/summary.json")
        let marker = try #require(JSONSerialization.jsonObject(with: root.read("report/run.json")) as? [String: Any])
        #expect(marker["schema"] as? String == "salesplan/run")
        #expect(marker["files"] as? [String] == ["summary.json", "run.json", "trials.csv", "sellers.csv", "report.md", "report.html"])
        let second = try SalesPlanProcess.run(["simulate", scenario, "--out", "report", "--seed", "2", "--overwrite"], in: root.url)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try root.read("report/summary.json") != first)
        #expect(root.contents() == ["plan", "report"], "no hidden folder left behind")
    }

    /// A report that cannot be written still shows its figures, says so, and exits 1.
    @Test func aReportThatCannotBeWrittenStillPrintsTheFigures() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        try root.write("a-file", "not a folder")
        let outcome = try SalesPlanProcess.run(
            ["simulate", plan.appendingPathComponent("scenario.yaml").path, "--out", "a-file/report"], in: root.url)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("Variable comp"))
        #expect(!outcome.stdout.contains("Report:"))
        #expect(outcome.stderr.contains("cannot write the report to"))
        #expect(outcome.stderr.contains("the figures above were not saved"))
        CLITests.expectNoCrashOutput(outcome)
    }

    /// Closing the terminal (SIGHUP) while the report is being written leaves nothing behind.
    @Test func aHangUpWhileWritingLeavesNoPartialFolder() throws {
        let root = try WorkingDirectory()
        // One seller and many trials: the report's trials.csv (≈ 33 MB) takes a while to write.
        try root.write("one.yaml", """
            salesplan: 1
            goal: {bookings: 1000000}
            simulation:
              year_types: [{name: average, probability: 1, median_attainment: 0.9, sigma: 0.3}]
            plans: [{id: ae, target_incentive: 10000, pay_curve: {threshold: 0.5}}]
            sellers: [{id: s1, plan: ae, quota: 1000000}]
            """)
        let process = try SalesPlanProcess.start(["simulate", "one.yaml", "--trials", "500000", "--out", "out"], in: root.url)
        let deadline = Date().addingTimeInterval(120)
        var sawPartialFolder = false
        while process.isRunning, Date() < deadline {
            if root.contents().contains(where: { $0.hasPrefix(".salesplan-partial-") }) {
                sawPartialFolder = true
                kill(process.processIdentifier, SIGHUP)
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        #expect(sawPartialFolder, "the run finished before its partial folder was seen")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGHUP)
        #expect(root.contents() == ["one.yaml"])
    }

    /// Folders left by a run killed outright (SIGKILL) are cleaned by the next run: a partial
    /// report is removed, a previous report moved aside is put back.
    @Test func staleFoldersOfDeadRunsAreCleanedUp() throws {
        let root = try WorkingDirectory()
        let plan = try Self.scenarioFolder(in: root.url)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let deadPID = finished.processIdentifier
        let livePID = ProcessInfo.processInfo.processIdentifier
        for name in [".salesplan-partial-run-\(deadPID)-77", ".salesplan-replaced-old-\(deadPID)",
                     ".salesplan-partial-busy-\(livePID)-5"] {
            try FileManager.default.createDirectory(at: root.url.appendingPathComponent(name), withIntermediateDirectories: true)
            try root.write("\(name)/summary.json", "{}")
        }
        let outcome = try SalesPlanProcess.run(["simulate", plan.appendingPathComponent("scenario.yaml").path, "--out", "new"], in: root.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(root.contents() == [".salesplan-partial-busy-\(livePID)-5", "new", "old", "plan"])
        #expect(root.contents("old") == ["summary.json"])
    }
}
