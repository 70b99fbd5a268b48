import Foundation
import Testing
@testable import SalesPlanKit

/// The engine against closed forms, with fixed seeds and tolerances of four standard errors.
@Suite("Monte Carlo statistics")
struct SimulationStatisticsTests {
    static let median = 0.8, sigma = 0.3
    static let mu = log(median)
    static let sellers = 40, trials = 25_000
    static var draws: Double { Double(sellers * trials) }

    /// One year type, no skill, no macro shock: attainments are i.i.d. LogNormal(μ, σ).
    static func plainScenario(curve: PayCurve = PayCurve()) -> Scenario {
        ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(sellers), plans: [ScenarioBuilder.plan(curve: curve)],
            yearTypes: [YearType(name: "only", probability: 1, medianAttainment: median, sigma: sigma)],
            trials: trials, seed: 314)
    }

    @Test func meanAttainmentIsTheLogNormalMean() {
        let result = ScenarioBuilder.run(Self.plainScenario())
        let meanAttainment = result.headline.revenue.mean / result.totalDirectQuota
        let expected = Analytic.logNormalMean(mu: Self.mu, sigma: Self.sigma)
        let standardError = (Analytic.logNormalVariance(mu: Self.mu, sigma: Self.sigma) / Self.draws).squareRoot()
        #expect(abs(meanAttainment - expected) < 4 * standardError, "\(meanAttainment) vs \(expected) ± \(standardError)")
    }

    @Test func shareAtQuotaIsTheNormalTail() {
        let result = ScenarioBuilder.run(Self.plainScenario())
        let expected = Analytic.normalCDF(Self.mu / Self.sigma)  // P(ln a ≥ 0)
        let standardError = (expected * (1 - expected) / Self.draws).squareRoot()
        #expect(abs(result.headline.shareAtQuota.mean - expected) < 4 * standardError)
        // Per seller, from the bounded histograms: the same probability.
        let perSeller = result.sellers.map(\.probabilityAtQuota).reduce(0, +) / Double(Self.sellers)
        #expect(abs(perSeller - expected) < 4 * standardError)
        #expect(abs(perSeller - result.headline.shareAtQuota.mean) < 1e-9, "histogram and trial counts agree")
    }

    @Test func perSellerMedianIsTheLogNormalMedian() {
        let result = ScenarioBuilder.run(Self.plainScenario())
        // s.e. of a sample median: √(¼/n) ÷ density at the median; averaged over sellers.
        let density = 1 / (Self.median * Self.sigma * (2 * Double.pi).squareRoot())
        let standardError = (0.25 / Double(Self.trials)).squareRoot() / density / Double(Self.sellers).squareRoot()
        let averageMedian = result.sellers.map(\.attainmentP50).reduce(0, +) / Double(Self.sellers)
        #expect(abs(averageMedian - Self.median) < 4 * standardError + 1e-4, "\(averageMedian)")
        let p90 = exp(Self.mu + 1.2815515655446004 * Self.sigma)
        let averageP90 = result.sellers.map(\.attainmentP90).reduce(0, +) / Double(Self.sellers)
        #expect(abs(averageP90 - p90) / p90 < 0.005, "\(averageP90) vs \(p90)")
    }

    /// Pay = min(a, cap) above a threshold: E = E[A; t ≤ A < c] + c·P(A ≥ c), in closed form.
    @Test func meanPayOfALinearCappedCurveIsItsClosedForm() {
        let threshold = 0.5, cap = 1.2
        let result = ScenarioBuilder.run(Self.plainScenario(curve: PayCurve(threshold: threshold, payoutCap: cap)))
        let (mu, sigma) = (Self.mu, Self.sigma)
        let tail = Analytic.survival(cap, mu: mu, sigma: sigma)
        let mean = Analytic.partialMoment(1, mu: mu, sigma: sigma, from: threshold, to: cap) + cap * tail
        let secondMoment = Analytic.partialMoment(2, mu: mu, sigma: sigma, from: threshold, to: cap) + cap * cap * tail
        let standardError = ((secondMoment - mean * mean) / Self.draws).squareRoot()
        let simulated = result.headline.variableComp.mean / Double(Self.sellers)
        #expect(abs(simulated - mean) < 4 * standardError, "\(simulated) vs \(mean) ± \(standardError)")
        // Per-seller mean pay (integer cents summed per chunk) tells the same story.
        let perSeller = result.sellers.map(\.meanPay).reduce(0, +) / Double(Self.sellers)
        #expect(abs(perSeller - simulated) < 1e-6)
    }

    /// One seller: P(goal met) of the mixture is Σ p_y Φ((μ_y − ln(goal/quota)) / σ_y).
    @Test func mixtureGoalProbabilityForOneSellerIsAnalytic() {
        let years = ScenarioBuilder.whitepaperYears
        let scenario = ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(1), goal: 800_000, yearTypes: years, trials: 200_000, seed: 9)
        let result = ScenarioBuilder.run(scenario)
        let expected = years.reduce(0) { total, year in
            total + year.probability * Analytic.survival(0.8, mu: log(year.medianAttainment), sigma: year.sigma)
        }
        let standardError = (expected * (1 - expected) / 200_000).squareRoot()
        #expect(abs(result.headline.goalMet.probability - expected) < 4 * standardError,
                "\(result.headline.goalMet.probability) vs \(expected) ± \(standardError)")
        // Year types are drawn in their proportions.
        for (yearType, outcome) in zip(years, result.yearTypes) {
            let share = Double(outcome.trials) / 200_000
            #expect(abs(share - yearType.probability) < 4 * (yearType.probability * (1 - yearType.probability) / 200_000).squareRoot())
        }
    }

    /// Fifty sellers: the engine's P(goal met) against an independent computation, a plain
    /// loop over GSL's Box–Muller log-normal with its own generator.
    @Test func mixtureGoalProbabilityMatchesAnIndependentSimulation() {
        let sellers = 50, trials = 20_000
        let years = ScenarioBuilder.whitepaperYears
        let goal = Double(sellers) * 1_000_000 / 1.3
        let result = ScenarioBuilder.run(ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(sellers), goal: goal, yearTypes: years, trials: trials, seed: 21))

        let generator = RandomGenerator(algorithm: .mt19937, seed: 777)
        var met = 0
        for _ in 0..<trials {
            let pick = generator.uniform()
            let year = pick < 0.25 ? years[0] : pick < 0.75 ? years[1] : years[2]
            var revenue = 0.0
            for _ in 0..<sellers {
                revenue += 1_000_000 * generator.logNormalBoxMuller(logMedian: log(year.medianAttainment), sigma: year.sigma)
            }
            if revenue >= goal { met += 1 }
        }
        let independent = Double(met) / Double(trials)
        let engine = result.headline.goalMet.probability
        let standardError = (engine * (1 - engine) / Double(trials) + independent * (1 - independent) / Double(trials)).squareRoot()
        #expect(abs(engine - independent) < 4 * standardError, "\(engine) vs \(independent) ± \(standardError)")
    }

    /// The macro shock is log-normal with median 1 and the scenario's σ, shared by all sellers.
    @Test func macroShockHasItsDistribution() {
        let shockSigma = 0.1, trials = 40_000
        let result = ScenarioBuilder.run(ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(3), yearTypes: [YearType(name: "y", probability: 1, medianAttainment: 1, sigma: 0.2)],
            trials: trials, seed: 5, macroShockSigma: shockSigma))
        let logs = result.trials.macroShock.map { log($0) }
        let mean = logs.reduce(0, +) / Double(trials)
        let variance = logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(trials - 1)
        #expect(abs(mean) < 4 * shockSigma / Double(trials).squareRoot())
        #expect(abs(variance - shockSigma * shockSigma) < 4 * shockSigma * shockSigma * (2.0 / Double(trials - 1)).squareRoot())
        // Shared: total log-attainment variance grows by S²σ_m² relative to independent sellers,
        // so revenue spread is well above the no-shock case.
        let calm = ScenarioBuilder.run(ScenarioBuilder.scenario(
            sellers: ScenarioBuilder.sellers(3), yearTypes: [YearType(name: "y", probability: 1, medianAttainment: 1, sigma: 0.2)],
            trials: trials, seed: 5))
        #expect(result.headline.revenue.standardDeviation > 1.1 * calm.headline.revenue.standardDeviation)
    }

    /// Sellers with strong prior years keep a higher median in every trial.
    @Test func persistentSkillKeepsTopPerformersOnTop() {
        var sellers = ScenarioBuilder.sellers(2)
        sellers[0].priorAttainments = [1.5, 1.6, 1.4]
        sellers[1].priorAttainments = [0.6, 0.5, 0.7]
        let result = ScenarioBuilder.run(ScenarioBuilder.scenario(
            sellers: sellers, yearTypes: [YearType(name: "y", probability: 1, medianAttainment: 0.8, sigma: 0.3)],
            trials: 40_000, seed: 8, skillPersistence: 0.5))
        let skills = SellerSkill.logSkills(priorAttainments: sellers.map(\.priorAttainments), persistence: 0.5)
        let top = result.sellers[0], bottom = result.sellers[1]
        #expect(abs(top.skill - exp(skills[0])) < 1e-12)
        #expect(abs(top.attainmentP50 / 0.8 - exp(skills[0])) < 0.01)
        #expect(abs(bottom.attainmentP50 / 0.8 - exp(skills[1])) < 0.01)
        #expect(top.probabilityAtQuota > 2 * bottom.probabilityAtQuota)
    }
}
