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
        abstract: "Sales-ops planning simulator: comp-plan affordability, quotas and territories.",
        discussion: """
        Scenario files (YAML, with CSV tables beside them) describe sellers, quotas, territories and \
        compensation plans; see docs/scenario-format.md. Exit codes: 0 ok, 1 invalid input, 2 usage error.
        """,
        version: SalesPlanVersion.current,
        subcommands: [ValidateCommand.self, SimulateCommand.self]
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

/// A failure already explained to the user, with the exit code it calls for.
struct CommandFailure: Error {
    static let invalidInput: Int32 = 1
    static let usage: Int32 = 2

    var message: String
    var exitCode: Int32

    static func invalidInput(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: invalidInput)
    }

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: usage)
    }

    /// The diagnostics of a scenario that failed to load.
    static func scenario(_ error: ScenarioLoadError) -> CommandFailure {
        .invalidInput(error.description)
    }
}

/// Loads a scenario for a command: warnings to standard error, errors as a failure (exit 1).
func loadScenario(_ path: String) throws(CommandFailure) -> LoadedScenario {
    let loaded: LoadedScenario
    do {
        loaded = try ScenarioLoader().load(path)
    } catch {
        throw CommandFailure.scenario(error)
    }
    for warning in loaded.warnings { StandardError.write(warning.description) }
    return loaded
}

enum StandardError {
    static func write(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// On Ctrl-C or SIGTERM, removes any half-written report folder before exiting, so that an
/// interrupted run leaves nothing behind.
enum InterruptHandler {
    static func install() {
        // A parent may start us with these signals blocked (some process launchers do); Ctrl-C
        // must still stop the run.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber) { received in
                PartialOutputs.shared.removeAll()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
