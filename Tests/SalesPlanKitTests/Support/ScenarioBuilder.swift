@testable import SalesPlanKit

/// Scenarios built in code for engine tests, where a file would only add noise.
enum ScenarioBuilder {
    static func plan(_ id: String = "plan", targetIncentive: Double = 1, baseSalary: Double = 0, curve: PayCurve = PayCurve()) -> CompPlan {
        CompPlan(id: id, name: id, baseSalary: baseSalary, targetIncentive: targetIncentive,
                 measures: [PlanMeasure(name: "bookings", weight: 1, payCurve: curve)])
    }

    static func sellers(_ count: Int, quota: Double = 1_000_000, plan: String = "plan", priors: [Double] = []) -> [Seller] {
        (0..<count).map { Seller(id: "s\($0)", name: "Seller \($0)", planID: plan, quota: quota, priorAttainments: priors) }
    }

    static func scenario(
        sellers: [Seller], plans: [CompPlan] = [plan()], goal: Double = 1, yearTypes: [YearType],
        trials: Int, seed: UInt64 = 1, macroShockSigma: Double = 0, skillPersistence: Double = 0.5,
        ebitda: Double? = nil, grossMargin: Double? = nil
    ) -> Scenario {
        Scenario(
            name: "test", goal: CompanyGoal(bookings: goal),
            finance: FinancePlan(grossMargin: grossMargin, ebitdaBeforeVariableComp: ebitda),
            simulation: SimulationSettings(trials: trials, seed: seed, yearTypes: yearTypes, macroShockSigma: macroShockSigma,
                                           skillPersistence: skillPersistence),
            plans: plans, sellers: sellers)
    }

    static let whitepaperYears = [
        YearType(name: "poor", probability: 0.25, medianAttainment: 0.55, sigma: 0.35),
        YearType(name: "average", probability: 0.50, medianAttainment: 0.80, sigma: 0.30),
        YearType(name: "great", probability: 0.25, medianAttainment: 1.00, sigma: 0.28),
    ]

    static func run(_ scenario: Scenario, threads: Int = 2) -> SimulationResult {
        MonteCarloEngine(scenario: scenario).run(
            SimulationOptions(trials: scenario.simulation.trials, seed: scenario.simulation.seed, threads: threads))
    }
}
