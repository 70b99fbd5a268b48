/// The whitepaper's four annual-review checks, pass or fail, each with the figure behind it.
///
/// 1. **Seller achievement**: 35–45 % of sellers at or above on-target earnings (the expected
///    share across trials, with its P10–P90).
/// 2. **Strategic alignment**: the goal and every goal part met in at least 95 % of trials.
/// 3. **Financial impact**: EBITDA non-negative even at maximal payouts (the most expensive trial)
///    and in the 1-in-100 bad year (P1).
/// 4. **Change and stability**: what changed from a baseline; only a comparison can judge it.
/// The bands are the scenario's (`review:` and `coverage:`), defaulting to the whitepaper's.
public struct AnnualReviewChecks: Sendable {
    public struct Check: Sendable {
        public var name: String
        /// nil: the check cannot be made on this run (no EBITDA figure, no baseline).
        public var passes: Bool?
        /// The figure behind the verdict, in words.
        public var figure: String
    }

    public var checks: [Check]

    public init(result: SimulationResult, settings: ReviewSettings) {
        let percent = { (value: Double) in NumberText.percent(value) }
        let atTarget = result.headline.shareAtTarget
        let band = settings.onTargetEarningsBand
        let achievement = Check(
            name: "Seller achievement", passes: band.contains(atTarget.mean),
            figure: "\(percent(atTarget.mean)) of sellers at OTE on average (P10–P90 \(percent(atTarget.p10))–\(percent(atTarget.p90))); band \(NumberText.percent(band.lowerBound, decimals: 0))–\(NumberText.percent(band.upperBound, decimals: 0))")

        let coverage = result.coverage
        let lines = ([coverage.total] + coverage.parts).filter { $0.goal != nil }
        let weakest = lines.compactMap { line in line.goalMet.map { (line, $0.probability) } }.min { $0.1 < $1.1 }
        let target = coverage.targetProbability
        let alignment = Check(
            name: "Strategic alignment", passes: weakest.map { $0.1 >= target },
            figure: weakest.map { line, probability in
                "lowest P(goal met) \(percent(probability)) (\(line.dimension.map { "\($0.rawValue) \(line.name)" } ?? "total goal")), across \(lines.count) goal\(lines.count == 1 ? "" : "s"); target \(NumberText.percent(target, decimals: 0))"
            } ?? "no goal tracked")

        let financial: Check
        if let check = result.ebitdaCheck {
            let money = { NumberText.money($0, currency: result.currency) }
            financial = Check(name: "Financial impact", passes: check.passes,
                              figure: "EBITDA \(money(check.mostExpensiveTrial.ebitda)) at maximal payouts, \(money(check.ebitda.p1)) at P1, \(money(check.worstTrial.ebitda)) in the worst trial")
        } else {
            financial = Check(name: "Financial impact", passes: nil, figure: "no EBITDA figure in the scenario (finance.ebitda_before_variable_comp)")
        }
        let stability = Check(name: "Change and stability", passes: nil,
                              figure: "judged against a baseline scenario: not available on a single run")
        checks = [achievement, alignment, financial, stability]
    }

    /// `PASS`, `FAIL` or `n/a`.
    public static func verdict(_ check: Check) -> String {
        check.passes.map { $0 ? "PASS" : "FAIL" } ?? "n/a"
    }

    public var table: TextTable {
        TextTable(header: ["Annual-review check", "Verdict", "Figure"],
                  rows: checks.map { [$0.name, Self.verdict($0), $0.figure] }, rightAligned: [])
    }
}

/// The annual review's bands a scenario can override (`review:`).
public struct ReviewSettings: Sendable, Equatable {
    /// Share of sellers expected at or above on-target earnings.
    public var onTargetEarningsBand: ClosedRange<Double>
    /// A seller whose expected pay moves by more than this between two scenarios is a change to
    /// explain.
    public var payChangeThreshold: Double

    public init(onTargetEarningsBand: ClosedRange<Double> = 0.35...0.45, payChangeThreshold: Double = 0.10) {
        self.onTargetEarningsBand = onTargetEarningsBand
        self.payChangeThreshold = payChangeThreshold
    }
}
