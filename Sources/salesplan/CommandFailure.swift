import SalesPlanKit

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
