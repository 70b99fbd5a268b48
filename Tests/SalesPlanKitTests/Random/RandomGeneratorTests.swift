import Foundation
import Testing
@testable import SalesPlanKit

struct LogNormalCase: Sendable, CustomTestStringConvertible {
    var median: Double
    var sigma: Double
    var algorithm: RandomAlgorithm
    var testDescription: String { "median \(median), σ \(sigma), \(algorithm.rawValue)" }
}

@Suite("GSL through the RandomGenerator wrapper")
struct RandomGeneratorTests {
    static let cases: [LogNormalCase] = [
        LogNormalCase(median: 0.8, sigma: 0.3, algorithm: .taus2),
        LogNormalCase(median: 0.55, sigma: 0.35, algorithm: .mt19937),
        LogNormalCase(median: 1.0, sigma: 1.0, algorithm: .gfsr4),
    ]

    /// The sample mean of n log-normal draws must sit within 4 standard errors of
    /// exp(μ + σ²/2), the standard error being √(Var/n) with Var = (e^{σ²} − 1)e^{2μ+σ²}.
    @Test(arguments: cases)
    func zigguratLogNormalMeanMatchesTheory(_ testCase: LogNormalCase) {
        let draws = 400_000
        let mu = log(testCase.median)
        let generator = RandomGenerator(algorithm: testCase.algorithm, seed: 20_261_122)
        var sum = 0.0
        for _ in 0..<draws { sum += generator.logNormal(logMedian: mu, sigma: testCase.sigma) }
        let mean = sum / Double(draws)
        let expected = Analytic.logNormalMean(mu: mu, sigma: testCase.sigma)
        let standardError = (Analytic.logNormalVariance(mu: mu, sigma: testCase.sigma) / Double(draws)).squareRoot()
        #expect(abs(mean - expected) < 4 * standardError, "mean \(mean), expected \(expected) ± \(standardError)")
    }

    /// The log of the draws must have the right spread too (the mean alone would not catch a
    /// wrong σ compensated elsewhere): sample variance of log draws within 4 s.e. of σ².
    @Test(arguments: cases)
    func logOfDrawsHasTheRightSpread(_ testCase: LogNormalCase) {
        let draws = 200_000
        let generator = RandomGenerator(algorithm: testCase.algorithm, seed: 7)
        var logs: [Double] = []
        logs.reserveCapacity(draws)
        for _ in 0..<draws { logs.append(log(generator.logNormal(logMedian: log(testCase.median), sigma: testCase.sigma))) }
        let mean = logs.reduce(0, +) / Double(draws)
        let variance = logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws - 1)
        let sigmaSquared = testCase.sigma * testCase.sigma
        #expect(abs(variance - sigmaSquared) < 4 * sigmaSquared * (2.0 / Double(draws - 1)).squareRoot())
        #expect(abs(mean - log(testCase.median)) < 4 * testCase.sigma / Double(draws).squareRoot())
    }

    /// GSL's own `gsl_ran_lognormal` gives the same distribution as the ziggurat path.
    @Test func boxMullerLogNormalMeanMatchesTheory() {
        let draws = 400_000
        let generator = RandomGenerator(algorithm: .mt19937, seed: 3)
        var sum = 0.0
        for _ in 0..<draws { sum += generator.logNormalBoxMuller(logMedian: log(0.8), sigma: 0.3) }
        let expected = Analytic.logNormalMean(mu: log(0.8), sigma: 0.3)
        let standardError = (Analytic.logNormalVariance(mu: log(0.8), sigma: 0.3) / Double(draws)).squareRoot()
        #expect(abs(sum / Double(draws) - expected) < 4 * standardError)
    }

    @Test func uniformDrawsAreUniform() {
        let draws = 400_000
        let generator = RandomGenerator(seed: 11)
        var sum = 0.0
        var below = 0
        for _ in 0..<draws {
            let value = generator.uniform()
            #expect(value >= 0 && value < 1)
            sum += value
            if value < 0.25 { below += 1 }
        }
        #expect(abs(sum / Double(draws) - 0.5) < 4 * (1.0 / 12 / Double(draws)).squareRoot())
        #expect(abs(Double(below) / Double(draws) - 0.25) < 4 * (0.25 * 0.75 / Double(draws)).squareRoot())
    }

    @Test(arguments: RandomAlgorithm.allCases)
    func sameSeedSameStreamDifferentSeedDifferentStream(_ algorithm: RandomAlgorithm) {
        let first = RandomGenerator(algorithm: algorithm, seed: 42)
        let again = RandomGenerator(algorithm: algorithm, seed: 42)
        let other = RandomGenerator(algorithm: algorithm, seed: 43)
        let a = (0..<100).map { _ in first.standardNormal() }
        let b = (0..<100).map { _ in again.standardNormal() }
        let c = (0..<100).map { _ in other.standardNormal() }
        #expect(a == b)
        #expect(a != c)
    }

    @Test func streamSeedsAreDistinctAndDependOnTheWholeMasterSeed() {
        let sequence = SeedSequence(masterSeed: 12345)
        let seeds = (0..<200_000).map { sequence.seed(forStream: $0) }
        #expect(Set(seeds).count == seeds.count)
        #expect(seeds.allSatisfy { $0 <= UInt64(UInt32.max) })
        // Master seeds that differ only above bit 32 still give different streams.
        #expect(SeedSequence(masterSeed: 1).seed(forStream: 0) != SeedSequence(masterSeed: 1 | (1 << 40)).seed(forStream: 0))
        #expect(SeedSequence(masterSeed: 1) == SeedSequence(masterSeed: 1))
    }
}
