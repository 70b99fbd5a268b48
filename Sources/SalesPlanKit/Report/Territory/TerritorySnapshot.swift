/// Today's alignment measured (no optimisation), for the reports of commands that are not
/// `balance`: the territory metrics every scenario with accounts gets in `simulate` and `run`.
public struct TerritorySnapshot: Sendable {
    /// The metrics, when they could be measured.
    public var content: BalanceContent?
    /// Why there are none (no accounts, or a problem the balancer reports), for the report.
    public var problem: String?

    public init(scenario: Scenario) {
        if scenario.accounts.isEmpty {
            problem = "The scenario has no accounts: no territory metrics."
            return
        }
        do {
            let balancing = try BalancingProblem(scenario: scenario, options: scenario.balancing)
            content = BalanceContent(BalancingSolver.measure(balancing), optimised: false)
        } catch {
            problem = "Territory metrics could not be measured: \(error.description)"
        }
    }
}
