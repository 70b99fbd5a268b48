import Foundation
import Testing

/// The HTML report opened in a real browser (Debian's `chromium`, headless): it loads without a
/// console error and every chart is an SVG with marks in it. Skipped where no Chromium is
/// installed; `.ci/run` installs it.
@Suite("report.html in a real browser", .serialized)
struct BrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "no chromium on this machine"))
    func theDefaultCompanyReportRendersEveryChart() throws {
        let folder = try WorkingDirectory()
        let run = try SalesPlanProcess.run(["simulate", CLITests.acme, "--trials", "2000", "--out", "out"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let page = folder.url.appendingPathComponent("out/report.html")

        let (dom, log) = try Self.render(page, profile: folder.url.appendingPathComponent("profile"))
        #expect(!log.contains("CONSOLE"), "console messages: \(log)")

        // Histogram, EBITDA histogram, Figure 1 cloud, variable comp and P(goal met) against
        // marketing success, attainment curves, four pay curves.
        let charts = dom.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
        #expect(charts.count == 10)
        #expect(dom.contains("against marketing success") && dom.contains("Real-plan features"))
        for chart in charts {
            let marks = ["<rect", "<circle", "<polyline", "<line"].reduce(0) { $0 + chart.components(separatedBy: $1).count - 1 }
            #expect(marks > 10, "an empty chart: \(chart.prefix(200))")
        }
        #expect(dom.contains("Warning: variable compensation can push EBITDA negative"))
        #expect(dom.contains("Pay curve: Account executive, enterprise"))
    }
}

extension BrowserTests {
    /// The coverage and quota reports render as well.
    @Test(.enabled(if: chromium != nil, "no chromium on this machine"))
    func coverageAndQuotaReportsRender() throws {
        let folder = try WorkingDirectory()
        for (command, out) in [(["coverage"], "cov"), (["quotas", "--target-probability", "90%"], "quo")] {
            let run = try SalesPlanProcess.run(command + [CLITests.acme, "--trials", "1000", "--out", out], in: folder.url)
            #expect(run.status == 0, "\(run.stderr)")
            let (dom, log) = try Self.render(folder.url.appendingPathComponent("\(out)/report.html"), profile: folder.url.appendingPathComponent("p-\(out)"))
            #expect(!log.contains("CONSOLE"), "console messages: \(log)")
            #expect(dom.contains("region: north-america"))
            #expect(dom.contains("<table"))
        }
    }

    static func render(_ page: URL, profile: URL) throws -> (dom: String, log: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                             "--user-data-dir=\(profile.path)", "--dump-dom", page.absoluteString]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let dom = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let log = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (dom, log)
    }
}

extension BrowserTests {
    /// `salesplan run`: one folder, index.html linking every part, all of it rendering.
    @Test(.enabled(if: chromium != nil, "no chromium on this machine"))
    func thePlanReportRendersAndLinksItsParts() throws {
        let folder = try WorkingDirectory()
        let run = try SalesPlanProcess.run(["run", CLITests.acme, "--trials", "1000", "--out", "plan", "--no-progress"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(folder.contents("plan") == ["coverage", "funnel", "index.html", "run.json", "simulate", "territories"])
        let (dom, log) = try Self.render(folder.url.appendingPathComponent("plan/index.html"), profile: folder.url.appendingPathComponent("p"))
        #expect(!log.contains("CONSOLE"), "console messages: \(log)")
        for part in ["simulate", "coverage", "territories", "funnel"] {
            #expect(dom.contains("href=\"\(part)/report.html\""))
            #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("plan/\(part)/report.html").path))
        }
        // Variable comp histogram, EBITDA histogram, variable comp and P(goal met) against
        // marketing success.
        #expect(dom.components(separatedBy: "<svg").count - 1 == 4)
        #expect(dom.contains("Annual-review check") && dom.contains("Marketing: pipeline contribution and ROMI"))
        // The nested folder is SalesPlan's: --overwrite replaces it.
        let again = try SalesPlanProcess.run(["run", CLITests.acme, "--trials", "500", "--out", "plan", "--overwrite", "--no-progress"], in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
    }
}

extension BrowserTests {
    /// The comparison report: deltas, the checks side by side, overlaid distributions.
    @Test(.enabled(if: chromium != nil, "no chromium on this machine"))
    func theComparisonReportRenders() throws {
        let folder = try WorkingDirectory()
        let variant = SalesPlanProcess.scenario("scenarios/acme-fy2027-review/accelerators-above-120.yaml")
        let run = try SalesPlanProcess.run(["compare", CLITests.acme, variant, "--trials", "1000", "--out", "cmp"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(folder.contents("cmp") == ["deltas.csv", "report.html", "report.md", "run.json", "sellers.csv", "summary.json"])
        let (dom, log) = try Self.render(folder.url.appendingPathComponent("cmp/report.html"), profile: folder.url.appendingPathComponent("p"))
        #expect(!log.contains("CONSOLE"), "console messages: \(log)")
        #expect(dom.contains("accelerators-above-120 vs acme-fy2027"))
        #expect(dom.contains("Change and stability"))
        let charts = dom.components(separatedBy: "<svg").dropFirst()
        #expect(charts.count == 2, "variable comp and EBITDA, overlaid")
        #expect(charts.allSatisfy { $0.components(separatedBy: "<polyline").count - 1 == 2 }, "one line per scenario")
    }
}
