import ArgumentParser
import Foundation
import SalesPlanKit

/// `salesplan`: the command-line front end. It parses arguments, calls SalesPlanKit and prints;
/// it computes nothing itself.
///
/// Exit codes: 0 success, 1 invalid input (a scenario with errors, a report that cannot be
/// written), 2 usage error (unknown option, bad value). Errors go to standard error as plain
/// sentences; there is never a stack trace.
@main
struct SalesPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salesplan",
        abstract: "Sales-ops planning simulator: comp-plan affordability (Monte Carlo), goal coverage and quotas, territories, plan comparisons, attribution and the marketing funnel.",
        discussion: """
        Scenario files (YAML, with CSV tables beside them) describe sellers, quotas, territories and \
        compensation plans; see docs/scenario-format.md. Start with `salesplan run SCENARIO`: the whole plan \
        report. Exit codes: 0 ok, 1 invalid input, 2 usage error.
        """,
        version: SalesPlanVersion.current,
        subcommands: [ValidateCommand.self, SimulateCommand.self, CoverageCommand.self, QuotasCommand.self,
                      BalanceCommand.self, CompareCommand.self, AttributeCommand.self, FunnelCommand.self, RunCommand.self]
    )

    static func main() {
        InterruptHandler.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            StandardError.write(failure.message)
            Foundation.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            StandardError.write(fullMessage(for: error))
            Foundation.exit(CommandFailure.usage)
        }
    }
}
