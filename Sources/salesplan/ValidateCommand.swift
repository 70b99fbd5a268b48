import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan validate SCENARIO`: checks a scenario and summarises it, or lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario file and print a short summary, or every problem found.",
        discussion: """
        Problems are printed as FILE:LINE:COLUMN: FIELD: MESSAGE (CSV rows as FILE:LINE: column "NAME": \
        MESSAGE), all of them, not just the first. Exit code 0 if the scenario is valid, 1 if not.
        """
    )

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    func run() throws {
        print(ScenarioSummary.render(try loadScenario(scenario)))
    }
}
