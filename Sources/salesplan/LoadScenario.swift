import SalesPlanKit

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
