import Foundation
import Testing
@testable import SalesPlanKit

/// `scenarios/figure1.yaml` must reproduce the whitepaper's Figures 1 and 2.
@Suite("Whitepaper figures")
struct WhitepaperFigureTests {
    static let result: SimulationResult = {
        let scenario = try! ScenarioLoader().load(RepositoryFiles.path("scenarios/figure1.yaml")).scenario
        return ScenarioBuilder.run(scenario)
    }()

    /// Figure 2: the median seller reaches about 55 % of quota in a poor year, 80 % in an average
    /// year and 100 % in a great one; a few reach 150 % or more in every kind of year.
    @Test func figure2MediansAndTails() {
        let result = Self.result
        let sellers = Double(result.directSellerCount)
        for (outcome, median) in zip(result.yearTypes, [0.55, 0.80, 1.00]) {
            // Pooled log attainment is N(ln median, σ² + σ_shock²); the shock is shared within a
            // trial, so the median's standard error counts trials for it and seller-years for σ.
            let trials = Double(outcome.trials)
            let standardError = 1.2533 * (0.05 * 0.05 / trials + outcome.sigma * outcome.sigma / (trials * sellers)).squareRoot()
            #expect(abs(log(outcome.attainmentPercentiles[2] / median)) < 4 * standardError + 0.002,
                    "\(outcome.name): \(outcome.attainmentPercentiles[2])")
            let edges = SimulationResult.attainmentBinEdges
            let atOrAbove150 = zip(edges, outcome.attainmentShares).filter { $0.0.lower >= 1.5 }.reduce(0) { $0 + $1.1 }
            #expect(atOrAbove150 > 0.001, "\(outcome.name): \(atOrAbove150) of seller-years at or above 150 %")
        }
        #expect(result.yearTypes[0].attainmentPercentiles[2] < result.yearTypes[1].attainmentPercentiles[2])
        #expect(result.yearTypes[1].attainmentPercentiles[2] < result.yearTypes[2].attainmentPercentiles[2])
    }

    /// Figure 1: the payout-versus-revenue cloud of 10,000 trials for 50 sellers with $1.5M
    /// quotas: variable comp climbs steeply with revenue, and the year types form three clusters.
    @Test func figure1Cloud() {
        let trials = Self.result.trials
        #expect(trials.count == 10_000)
        let correlation = Self.correlation(trials.revenue, trials.variableComp)
        #expect(correlation > 0.97, "\(correlation)")
        let medians = Self.result.yearTypes.map { $0.revenue!.p50 }
        #expect(medians[0] < medians[1] && medians[1] < medians[2])
        let run = RunInfo(scenarioPath: "scenarios/figure1.yaml", command: [], startedAt: Date(), threads: 2, elapsedSeconds: 0)
        let html = HTMLReport.render(Self.result, run: run)
        #expect(html.contains("Variable compensation vs bookings (one point per trial)"))
        #expect(html.contains("Seller attainment by year type"))
        #expect(html.components(separatedBy: "<circle").count - 1 >= 3_000, "the cloud has thousands of trials")
    }

    static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        return covariance / (varianceX * varianceY).squareRoot()
    }
}
