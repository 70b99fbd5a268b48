import SalesPlanKit

/// Loads a scenario for a command: warnings to standard error, errors as a failure (exit 1).
func loadScenario(_ path: String) throws(CommandFailure) -> LoadedScenario {
    let loaded: LoadedScenario
    do {
        loaded = try ScenarioLoader().load(path)
    } catch {
        throw CommandFailure.scenario(error)
    }
    for line in DiagnosticListing.lines(loaded.warnings, errorCount: 0, warningCount: loaded.warningCount) {
        StandardError.write(line)
    }
    return loaded
}
