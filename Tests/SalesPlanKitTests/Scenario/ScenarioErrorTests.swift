import Foundation
import Testing
@testable import SalesPlanKit

/// One class of bad input, and where and how the loader must report it.
struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String] = [:]
    var binaryFiles: [String: [UInt8]] = [:]
    /// Name of the file the diagnostic must point at.
    var file = "scenario.yaml"
    var line: Int?
    var column: Int?
    var field: String?
    var csvColumn: String?
    var message: String
    var severity = Diagnostic.Severity.error

    var testDescription: String { name }

    /// Column (1-based) where `token` starts on line `line` of the minimal scenario text `text`.
    static func column(of token: String, inLine line: Int, of text: String) -> Int {
        let lineText = text.components(separatedBy: "\n")[line - 1]
        let range = lineText.range(of: token)!
        return lineText.unicodeScalars.distance(from: lineText.unicodeScalars.startIndex, to: range.lowerBound) + 1
    }
}

private let base = MinimalScenario.self

private func yaml(_ name: String, _ text: String, line: Int?, token: String? = nil, column: Int? = nil,
                  field: String?, message: String) -> BadInput {
    BadInput(name: name, files: ["scenario.yaml": text], line: line,
             column: column ?? token.map { BadInput.column(of: $0, inLine: line!, of: text) },
             field: field, message: message)
}

private let multiMeasurePlan = """
    plans:
      - id: ae
        target_incentive: 100000
        measures:
          - name: new bookings
            weight: 0.6
            pay_curve: {threshold: 0.5}
          - name: renewals
            weight: 0.3
            pay_curve: {threshold: 0.5}
    """

private let sellersFromCSV = MinimalScenario.lines.prefix(15).joined(separator: "\n") + "\nsellers: sellers.csv\n"

let badInputs: [BadInput] = [
    yaml("YAML syntax error at Yams' position", base.replacing(line: 2, with: "name: Test: bad"),
         line: 2, column: 11, field: "", message: "YAML syntax error: mapping values are not allowed"),
    yaml("tab in indentation", base.replacing(line: 12, with: "  \ttarget_incentive: 100000"),
         line: 12, column: 3, field: "", message: "tab character in indentation"),
    BadInput(name: "empty file", files: ["scenario.yaml": ""], message: "is empty"),
    BadInput(name: "only comments", files: ["scenario.yaml": "# nothing here\n\n"], message: "is empty"),
    BadInput(name: "binary file", binaryFiles: ["scenario.yaml": [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]],
             message: "is a binary file, not text (NUL byte at offset 4)"),
    BadInput(name: "not UTF-8", binaryFiles: ["scenario.yaml": [0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0x0A]],
             message: "is not UTF-8 text (invalid byte at offset 6)"),
    yaml("unknown top-level key, with did-you-mean", base.appending("finanse:\n  gross_margin: 0.7\n"),
         line: 19, column: 1, field: "finanse", message: #"unknown key "finanse" (did you mean "finance"?)"#),
    yaml("unknown nested key, with did-you-mean", base.replacing(line: 14, with: "      treshold: 0.5"),
         line: 14, column: 7, field: "plans[0].pay_curve.treshold", message: #"unknown key "treshold" (did you mean "threshold"?)"#),
    yaml("missing required field", base.replacing(line: 4, with: "  by_region: {emea: 1000000}"),
         line: 4, column: 3, field: "goal.bookings", message: #"missing required key "bookings""#),
    yaml("wrong type: text for a number", base.replacing(line: 6, with: "  trials: many"),
         line: 6, token: "many", field: "simulation.trials", message: #"expected a number, got "many""#),
    yaml("wrong type: list for a single value", base.replacing(line: 12, with: "    target_incentive: [1, 2]"),
         line: 12, token: "[1", field: "plans[0].target_incentive", message: "expected a single value, got a list"),
    yaml("negative money", base.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: -5}"),
         line: 17, token: "-5", field: "sellers[0].quota", message: "must be greater than 0 (got -5)"),
    yaml("negative base salary", base.replacing(line: 12, with: "    base_salary: -1000"),
         line: 12, token: "-1000", field: "plans[0].base_salary", message: "must be 0 or more (got -1000)"),
    yaml("probabilities that do not sum to 1",
         base.replacing(line: 9, with: "    - {name: average, probability: 0.9, median_attainment: 0.8, sigma: 0.3}"),
         line: 9, column: 5, field: "simulation.year_types", message: "probabilities must sum to 1, but 0.9 = 0.9"),
    yaml("σ of zero", base.replacing(line: 9, with: "    - {name: average, probability: 1, median_attainment: 0.8, sigma: 0}"),
         line: 9, token: "0}", field: "simulation.year_types[0].sigma", message: "must be greater than 0 (got 0)"),
    yaml("threshold above the attainment cap", base.replacing(line: 15, with: "      attainment_cap: 0.4"),
         line: 14, token: "0.5", field: "plans[0].pay_curve.threshold", message: "is at or above the attainment cap 0.4"),
    yaml("threshold paying above the payout cap", base.replacing(line: 15, with: "      payout_cap: 0.3"),
         line: 14, token: "0.5", field: "plans[0].pay_curve.threshold", message: "above the payout cap of 0.3×"),
    yaml("measure weights that do not sum to 1",
         MinimalScenario.lines.prefix(9).joined(separator: "\n") + "\n" + multiMeasurePlan + "\n"
             + MinimalScenario.lines.suffix(3).joined(separator: "\n") + "\n",
         line: 14, column: 7, field: "plans[0].measures", message: "measure weights must sum to 1, but 0.6 + 0.3 = 0.9"),
    yaml("duplicate seller id", base.replacing(line: 18, with: "  - {id: s1, plan: ae, quota: 1000000}"),
         line: 18, token: "s1", field: "sellers[1].id", message: #"duplicate seller id "s1" (first defined at"#),
    yaml("dangling plan reference", base.replacing(line: 17, with: "  - {id: s1, plan: aee, quota: 1000000}"),
         line: 17, token: "aee", field: "sellers[0].plan", message: #"no plan has the id "aee" (did you mean "ae"?)"#),
    yaml("dangling territory reference (no territories)",
         base.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: 1000000, territory: west}"),
         line: 17, token: "west", field: "sellers[0].territory", message: "the scenario has no `territories` table"),
    yaml("dangling territory reference",
         base.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: 1000000, territory: wst}") + "territories:\n  - {id: west}\n",
         line: 17, token: "wst", field: "sellers[0].territory", message: #"no territory has the id "wst" (did you mean "west"?)"#),
    yaml("dangling manager reference", base.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: 1000000, manager: boss}"),
         line: 17, token: "boss", field: "sellers[0].manager", message: #"no seller has the id "boss""#),
    yaml("reporting line loop",
         base.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: 1000000, manager: s2}")
             .replacingOccurrences(of: "  - {id: s2, plan: ae, quota: 1000000}", with: "  - {id: s2, plan: ae, quota: 1000000, manager: s1}"),
         line: 17, token: "s2}", field: "sellers[0].manager", message: "reporting line loops back on itself: s1 → s2 → s1"),
    yaml("duplicate YAML key", base.replacing(line: 7, with: "  trials: 5"),
         line: 6, column: 3, field: "", message: #"key "trials" appears more than once"#),
    yaml("NaN", base.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: .nan}"),
         line: 17, token: ".nan", field: "sellers[0].quota", message: "must be a finite number (got .nan)"),
    yaml("infinity", base.replacing(line: 12, with: "    target_incentive: .inf"),
         line: 12, token: ".inf", field: "plans[0].target_incentive", message: "must be a finite number (got .inf)"),
    yaml("absurd size: 10⁷ trials × 10⁵ sellers",
         base.replacing(line: 6, with: "  trials: 10000000").replacingOccurrences(
             of: "  - {id: s2, plan: ae, quota: 1000000}", with: "  - {id: s2, plan: ae, quota: 1000000, count: 99999}"),
         line: 6, token: "10000000", field: "simulation.trials", message: "attainment draws, above the limit"),
    yaml("unknown enum value", base.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: 1000000, role: acount_executive}"),
         line: 17, token: "acount_executive", field: "sellers[0].role", message: #"(did you mean "account_executive"?)"#),
    yaml("impossible date", base.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: 1000000, hire_date: 2023-02-29}"),
         line: 17, token: "2023-02-29", field: "sellers[0].hire_date", message: "expected a date as YYYY-MM-DD"),
    BadInput(name: "missing CSV file", files: ["scenario.yaml": sellersFromCSV],
             line: 16, column: 10, field: "sellers", message: "sellers.csv\" does not exist"),
    BadInput(name: "CSV path that is a folder", files: ["scenario.yaml": sellersFromCSV, "sellers.csv/readme.txt": "x"],
             line: 16, column: 10, field: "sellers", message: "is a directory, not a file"),
    BadInput(name: "CSV row with the wrong number of fields",
             files: ["scenario.yaml": sellersFromCSV, "sellers.csv": "id,plan,quota\ns1,ae,1000000\ns2,ae\n"],
             file: "sellers.csv", line: 3, field: "sellers[1]", message: "row has 2 fields, the header has 3"),
    BadInput(name: "CSV unparsable number",
             files: ["scenario.yaml": sellersFromCSV, "sellers.csv": "id,plan,quota\ns1,ae,1000000\ns2,ae,abc\n"],
             file: "sellers.csv", line: 3, field: "sellers[1].quota", csvColumn: "quota", message: #"expected a number, got "abc""#),
    BadInput(name: "CSV empty required cell",
             files: ["scenario.yaml": sellersFromCSV, "sellers.csv": "id,plan,quota\ns1,,1000000\n"],
             file: "sellers.csv", line: 2, field: "sellers[0].plan", csvColumn: "plan", message: "is empty; a value is required"),
    BadInput(name: "CSV missing required column",
             files: ["scenario.yaml": sellersFromCSV, "sellers.csv": "id,plan,qouta\ns1,ae,1000000\n"],
             file: "sellers.csv", line: 1, field: "sellers.quota", csvColumn: "quota",
             message: #"required column is missing from the header (did you mean "qouta"?)"#),
    BadInput(name: "CSV unterminated quote",
             files: ["scenario.yaml": sellersFromCSV, "sellers.csv": "id,plan,quota\ns1,ae,1000000\n\"s2,ae,1000000\n"],
             file: "sellers.csv", line: 3, field: "sellers", message: "a quoted value is not closed"),
    BadInput(name: "CSV line numbers count quoted line breaks",
             files: ["scenario.yaml": sellersFromCSV,
                     "sellers.csv": "id,name,plan,quota\ns1,\"Ann\nSmith\",ae,1000000\ns2,Bob,ae,-1\n"],
             file: "sellers.csv", line: 4, field: "sellers[1].quota", csvColumn: "quota", message: "must be greater than 0 (got -1)"),
    BadInput(name: "CSV dangling manager reference",
             files: ["scenario.yaml": sellersFromCSV, "sellers.csv": "id,plan,quota,manager\ns1,ae,1000000,s3\ns2,ae,1000000,s1\n"],
             file: "sellers.csv", line: 2, field: "sellers[0].manager", csvColumn: "manager", message: #"no seller has the id "s3""#),
    BadInput(name: "CSV separated by semicolons",
             files: ["scenario.yaml": sellersFromCSV, "sellers.csv": "id;plan;quota\ns1;ae;1000000\n"],
             file: "sellers.csv", line: 1, field: "sellers", message: "the columns are separated by semicolons"),
    BadInput(name: "unknown CSV column is a warning",
             files: ["scenario.yaml": sellersFromCSV, "sellers.csv": "id,plan,quota,favourite_colour\ns1,ae,1000000,blue\n"],
             file: "sellers.csv", line: 1, field: "sellers.favourite_colour", csvColumn: "favourite_colour",
             message: "unknown column, ignored", severity: .warning),
    // Goal coverage and quota setting.
    yaml("product shares not summing to 1", base.appending("product_mix:\n  default: {core: 60%, extra: 30%}\n"),
         line: 20, column: 12, field: "product_mix.default", message: "product shares must sum to 1, but 0.6 + 0.3 = 0.9"),
    yaml("product mix for a plan that does not exist", base.appending("product_mix:\n  by_plan:\n    aee: {core: 1}\n"),
         line: 21, column: 5, field: "product_mix.by_plan.aee", message: #"no plan has the id "aee" (did you mean "ae"?)"#),
    yaml("ramp schedule not ending at 100 %", base.appending("quota_setting:\n  ramp: [0, 0.5, 0.9]\n"),
         line: 20, column: 9, field: "quota_setting.ramp", message: "a ramp schedule must end at 100 %"),
    yaml("target probability of 1", base.appending("coverage:\n  target_probability: 1\n"),
         line: 20, column: 23, field: "coverage.target_probability", message: "must be strictly between 0 and 1 (got 1)"),
    yaml("quota elasticity above 1", base.replacing(line: 7, with: "  quota_elasticity: 1.5"),
         line: 7, column: 21, field: "simulation.quota_elasticity", message: "must be between 0 and 1"),
]

@Suite("Bad input is reported with file, line and field")
struct ScenarioErrorTests {
    @Test(arguments: badInputs)
    func reportsWhereTheProblemIs(_ input: BadInput) throws {
        let folder = try ScenarioFolder(files: input.files)
        for (name, bytes) in input.binaryFiles { try folder.write(name, Data(bytes)) }
        let diagnostics = folder.diagnostics()
        let matching = diagnostics.filter { $0.message.contains(input.message) && $0.severity == input.severity }
        #expect(!matching.isEmpty, "no \(input.severity) containing “\(input.message)” in:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        guard let diagnostic = matching.first else { return }
        #expect(diagnostic.location.file.hasSuffix(input.file), "\(diagnostic)")
        #expect(diagnostic.location.file.hasPrefix(folder.url.path), "paths stay as given: \(diagnostic)")
        if let line = input.line { #expect(diagnostic.location.line == line, "\(diagnostic)") }
        if let column = input.column { #expect(diagnostic.location.column == column, "\(diagnostic)") }
        if let field = input.field { #expect(diagnostic.field == field, "\(diagnostic)") }
        #expect(diagnostic.location.csvColumn == input.csvColumn, "\(diagnostic)")
        if input.severity == .warning {
            #expect(throws: Never.self) { try folder.load() }
        }
    }

    @Test func rendersLikeACompiler() throws {
        let folder = try ScenarioFolder(files: ["scenario.yaml": MinimalScenario.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: -5}")])
        let diagnostic = try #require(folder.diagnostics().first)
        #expect(diagnostic.description == "\(folder.path("scenario.yaml")):17:31: sellers[0].quota: must be greater than 0 (got -5)")
    }

    @Test func rendersCSVRowsByLineAndColumnName() throws {
        let folder = try ScenarioFolder(files: ["scenario.yaml": sellersFromCSV,
                                                "sellers.csv": "id,plan,quota\ns1,ae,-5\n"])
        let diagnostic = try #require(folder.diagnostics().first)
        #expect(diagnostic.description == #"\#(folder.path("sellers.csv")):2: column "quota": must be greater than 0 (got -5)"#)
    }

    @Test func reportsEveryProblemNotJustTheFirst() throws {
        var text = MinimalScenario.replacing(line: 17, with: "  - {id: s1, plan: nope, quota: -5}")
        text = text.replacingOccurrences(of: "  seed: 7", with: "  sed: 7")
        text = text.replacingOccurrences(of: "sigma: 0.3}", with: "sigma: -1}")
        let folder = try ScenarioFolder(files: ["scenario.yaml": text])
        let diagnostics = folder.diagnostics()
        #expect(diagnostics.map(\.field) == ["simulation.sed", "simulation.year_types[0].sigma", "sellers[0].plan", "sellers[0].quota"])
        #expect(diagnostics.map(\.location.line) == [7, 9, 17, 17])
    }

    @Test func errorSummaryCountsErrors() throws {
        let folder = try ScenarioFolder(files: ["scenario.yaml": MinimalScenario.replacing(line: 17, with: "  - {id: s1, plan: ae, quota: -5}")])
        #expect(throws: ScenarioLoadError.self) { try folder.load() }
        do {
            _ = try folder.load()
        } catch let error as ScenarioLoadError {
            #expect(error.description.hasSuffix("1 error found; the scenario was not used."))
        }
    }
}
