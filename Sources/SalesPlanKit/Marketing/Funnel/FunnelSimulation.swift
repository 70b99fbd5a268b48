import Foundation

/// The Monte Carlo of the funnel: every trial draws each uncertain input of the plan once (a
/// shared rate or deal size once for all the channels that use it) and adds up every channel's
/// and segment's figures, so percentiles of sums carry the inputs' correlation.
///
/// One GSL stream (``RandomGenerator``) seeded from the seed through ``SeedSequence``; factors
/// drawn in a fixed order, certain ones not drawn at all: the same plan and seed give the same
/// numbers on any machine.
struct FunnelSimulation {
    let terms: FunnelTerms
    let channelCount: Int
    let segmentCount: Int

    /// Rows: channels, then segments, then the total.
    var rowCount: Int { channelCount + segmentCount + 1 }

    /// Per-trial values, `[row][stage]` → one value per trial.
    struct Draws {
        var values: [[[Double]]]
    }

    init(terms: FunnelTerms, channelCount: Int, segmentCount: Int) {
        self.terms = terms
        self.channelCount = channelCount
        self.segmentCount = segmentCount
    }

    func run(trials: Int, seed: UInt64, algorithm: RandomAlgorithm) -> Draws {
        let generator = RandomGenerator(algorithm: algorithm, seed: SeedSequence(masterSeed: seed).seed(forStream: 0))
        let stages = FunnelStage.allCases.count
        var values = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: trials), count: stages), count: rowCount)
        var factorValues = terms.factors.map { Self.value($0, z: 0) }
        let totalRow = rowCount - 1
        for trial in 0..<trials {
            for (index, factor) in terms.factors.enumerated() where factor.sigma > 0 {
                factorValues[index] = Self.value(factor, z: generator.standardNormal())
            }
            for (channel, segments) in terms.cells.enumerated() {
                for (segment, cell) in segments.enumerated() {
                    for stage in 0..<stages {
                        guard let term = cell[stage] else { continue }
                        var value = term.constant
                        for power in term.powers {
                            value = power.exponent == 1 ? value * factorValues[power.factor] : value / factorValues[power.factor]
                        }
                        values[channel][stage][trial] += value
                        values[channelCount + segment][stage][trial] += value
                        values[totalRow][stage][trial] += value
                    }
                }
            }
        }
        return Draws(values: values)
    }

    /// e^(μ + σz), capped at 1 for a rate.
    static func value(_ factor: FunnelTerms.Factor, z: Double) -> Double {
        let value = exp(factor.logMedian + factor.sigma * z)
        return factor.cappedAtOne ? min(value, 1) : value
    }
}
