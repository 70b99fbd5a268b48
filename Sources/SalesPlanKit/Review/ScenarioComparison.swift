import Foundation

/// Annual-review scenarios side by side on common random numbers: each scenario is simulated
/// with the same seed and trials and a shared ``DrawPlan``, so trial t is the same year for all
/// of them, and every difference is the plan's, not sampling noise. Deltas against the first
/// (the baseline) come with standard errors from the paired trials.
public struct ScenarioComparison: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var scenario: Scenario
        public var result: SimulationResult
        /// The four checks; change and stability judged against the baseline.
        public var checks: [AnnualReviewChecks.Check]
    }

    /// One statistic of one figure: baseline, this scenario, delta and the delta's standard error.
    public struct Delta: Sendable {
        public var figure: String
        public var statistic: String
        public var baseline: Double
        public var value: Double
        public var standardError: Double
        public var isMoney: Bool
        public var delta: Double { value - baseline }
    }

    /// A seller's expected variable pay in the baseline and in a scenario (nil where absent).
    public struct SellerChange: Sendable {
        public var id: String
        public var baseline: Double?
        public var value: Double?
        public var change: Double? { baseline.flatMap { base in value.map { $0 - base } } }
        public var changeShare: Double? { baseline.flatMap { base in value.map { base > 0 ? $0 / base - 1 : 0 } } }
    }

    public var entries: [Entry]
    /// For each scenario after the baseline, its deltas.
    public var deltas: [[Delta]]
    public var sellerChanges: [[SellerChange]]

    /// Simulates every scenario on the same draws (the first is the baseline).
    public init(_ scenarios: [(name: String, scenario: Scenario)], options: SimulationOptions) {
        let plan = DrawPlan(scenarios: scenarios.map(\.scenario))
        // Each chunk's numbers are drawn once and read by every scenario.
        let engines = scenarios.map { MonteCarloEngine(scenario: $0.scenario, drawPlan: plan) }
        let results = MonteCarloEngine.run(engines, options, sharesDraws: true)
        let baseline = results[0]
        entries = zip(scenarios, results).enumerated().map { index, pair in
            var checks = AnnualReviewChecks(result: pair.1, settings: pair.0.scenario.review).checks
            if index > 0 {
                checks[3] = ScenarioComparison.stability(pair.0.scenario, pair.1, against: scenarios[0].scenario, baseline,
                                                         threshold: scenarios[0].scenario.review.payChangeThreshold)
            }
            return Entry(name: pair.0.name, scenario: pair.0.scenario, result: pair.1, checks: checks)
        }
        deltas = results.dropFirst().map { ScenarioComparison.deltas(baseline, $0) }
        sellerChanges = results.dropFirst().map { ScenarioComparison.sellerChanges(baseline, $0) }
    }

    static func sellerChanges(_ baseline: SimulationResult, _ other: SimulationResult) -> [SellerChange] {
        let before = Dictionary(baseline.sellers.map { ($0.id, $0.meanPay) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(other.sellers.map { ($0.id, $0.meanPay) }, uniquingKeysWith: { first, _ in first })
        var ids = baseline.sellers.map(\.id)
        ids += other.sellers.map(\.id).filter { before[$0] == nil }
        return ids.map { SellerChange(id: $0, baseline: before[$0], value: after[$0]) }
    }
}
