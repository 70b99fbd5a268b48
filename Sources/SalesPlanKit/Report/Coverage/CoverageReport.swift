import Foundation

/// Every file of a `salesplan coverage` report: the coverage table as CSV and JSON, the
/// over-assignment each goal needs for the target probability, Markdown and HTML.
public struct CoverageReport: Sendable {
    public let files: [(name: String, contents: Data)]
    public var summaryJSON: Data { files.first { $0.name == "summary.json" }!.contents }

    public init(result: SimulationResult, search: OverAssignmentSearch, scenario: Scenario, run: RunInfo) throws {
        let run = { () -> RunInfo in
            var marked = run
            marked.files = ["summary.json", "run.json", "coverage.csv", "report.md", "report.html"]
            return marked
        }()
        let content = ReportContent(result)
        let markdown = CoverageReport.markdown(content, search: search, run: run)
        files = [
            ("summary.json", try CoverageSummary(result: result, search: search).json()),
            ("run.json", try run.json()),
            ("coverage.csv", CoverageReport.csv(result)),
            ("report.md", Data(markdown.utf8)),
            ("report.html", Data(CoverageReport.html(content, search: search, run: run).utf8)),
        ]
        assert(files.map(\.name) == run.files)
    }

    /// `coverage.csv`: one row per line of the table.
    static func csv(_ result: SimulationResult) -> Data {
        let coverage = result.coverage
        var csv = CSVText(header: ["dimension", "name", "goal", "quota", "coverage", "over_assignment", "attainment_factor",
                                   "p_goal_met", "p_goal_met_standard_error", "outside_band", "below_target"])
        for line in [coverage.total] + coverage.parts {
            csv.text(line.dimension?.rawValue ?? "total", first: true)
            csv.text(line.name)
            if let goal = line.goal { csv.money(goal) } else { csv.text("") }
            csv.money(line.quota)
            csv.ratio(line.ratio ?? .nan)
            csv.ratio(line.overAssignment ?? .nan)
            csv.ratio(line.attainmentFactor ?? .nan)
            csv.ratio(line.goalMet?.probability ?? .nan)
            csv.ratio(line.goalMet?.standardError ?? .nan)
            csv.integer(coverage.isOutsideBand(line) ? 1 : 0)
            csv.integer(coverage.isBelowTarget(line) ? 1 : 0)
            csv.endRow()
        }
        return Data(csv.bytes)
    }

    /// The over-assignment each line needs, as a table.
    public static func searchTable(_ search: OverAssignmentSearch) -> TextTable {
        let rows = ([search.total] + search.parts).map { answer -> [String] in
            let label = answer.dimension.map { "\($0.rawValue): \(answer.name)" } ?? "Total"
            guard let k = answer.overAssignment else { return [label, "unreachable", "–", answer.unreachable ?? ""] }
            let range = answer.low.flatMap { low in answer.high.map { "\(NumberText.percent(low)) – \(NumberText.percent($0))" } } ?? "–"
            return [label, NumberText.percent(k), range, "P = \(NumberText.percent(answer.goalMet.probability))"]
        }
        return TextTable(header: ["Goal part", "Over-assignment needed", "±2 s.e.", "At the answer"], rows: rows,
                         rightAligned: [1, 2])
    }

    public static func searchSentence(_ search: OverAssignmentSearch, shared: String = "scaled as today") -> String {
        let binding = search.binding
        let target = NumberText.percent(search.targetProbability, decimals: 0)
        guard let k = binding.overAssignment else {
            return "No over-assignment meets every goal in \(target) of trials: \(QuotaPlanner.label(binding)) — \(binding.unreachable ?? "")."
        }
        return "To meet every goal in \(target) of trials, quotas (\(shared)) must exceed the goal by \(NumberText.percent(k)); \(QuotaPlanner.label(binding)) binds (quota elasticity β = \(NumberText.plain(search.elasticity)))."
    }

    static func markdown(_ content: ReportContent, search: OverAssignmentSearch, run: RunInfo) -> String {
        var lines = ["# Goal coverage: \(content.result.scenarioName)", "",
                     "\(content.settingsSentence). Scenario `\(run.scenarioPath)`.", "",
                     content.coverageTable.markdown(), ""]
        lines += content.coverageNotes.map { "- " + $0 }
        lines += ["", "## Over-assignment for the target probability", "", searchSentence(search), "",
                  searchTable(search).markdown(), ""]
        return lines.joined(separator: "\n") + "\n"
    }

    static func html(_ content: ReportContent, search: OverAssignmentSearch, run: RunInfo) -> String {
        let body = """
        <p class="note">\(escape(content.settingsSentence)). Scenario <code>\(escape(run.scenarioPath))</code>.</p>
        \(HTMLReport.table(content.coverageTable))
        \(content.coverageNotes.map { "<p class=\"note\">\(escape($0))</p>" }.joined(separator: "\n"))
        <h2>Over-assignment for the target probability</h2>
        <p>\(escape(searchSentence(search)))</p>
        \(HTMLReport.table(searchTable(search)))
        """
        return HTMLReport.page(title: "Goal coverage: \(content.result.scenarioName)", body: body)
    }
}

/// `summary.json` of a coverage report: schema `salesplan/coverage-summary` version 1.
struct CoverageSummary: Encodable {
    var schema = "salesplan/coverage-summary"
    var schemaVersion = 1
    var coverage: SimulationSummary.CoverageSummary
    var search: SearchSummary

    struct SearchSummary: Encodable {
        var targetProbability: Double
        var quotaElasticity: Double
        var lines: [Line]
        var binding: String
    }

    struct Line: Encodable {
        var dimension: String
        var name: String
        var overAssignment: Double?
        var low: Double?
        var high: Double?
        var goalMetAtAnswer: Proportion
        var unreachable: String?
    }

    init(result: SimulationResult, search: OverAssignmentSearch) {
        coverage = SimulationSummary.CoverageSummary(result.coverage)
        let line = { (answer: OverAssignmentSearch.Answer) in
            Line(dimension: answer.dimension?.rawValue ?? "total", name: answer.name, overAssignment: answer.overAssignment,
                 low: answer.low, high: answer.high, goalMetAtAnswer: answer.goalMet, unreachable: answer.unreachable)
        }
        self.search = SearchSummary(targetProbability: search.targetProbability, quotaElasticity: search.elasticity,
                                    lines: ([search.total] + search.parts).map(line),
                                    binding: QuotaPlanner.label(search.binding))
    }

    func json() throws -> Data { try SummaryJSON.encode(self) }
}
