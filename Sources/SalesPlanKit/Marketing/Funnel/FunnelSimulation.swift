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

    /// Per-trial values of every row and stage, in one flat buffer (row, stage, trial).
    struct Draws {
        let trials: Int
        var values: [Double]

        /// One row's values at one stage, a value per trial.
        func series(row: Int, stage: FunnelStage) -> [Double] {
            let start = (row * FunnelStage.allCases.count + stage.index) * trials
            return Array(values[start..<start + trials])
        }
    }

    init(terms: FunnelTerms, channelCount: Int, segmentCount: Int) {
        self.terms = terms
        self.channelCount = channelCount
        self.segmentCount = segmentCount
    }

    func run(trials: Int, seed: UInt64, algorithm: RandomAlgorithm) -> Draws {
        let generator = RandomGenerator(algorithm: algorithm, seed: SeedSequence(masterSeed: seed).seed(forStream: 0))
        let stages = FunnelStage.allCases.count
        // Each modelled (channel, segment, stage) term with the three rows it adds to.
        var cells: [(term: FunnelTerms.Term, rows: (Int, Int, Int))] = []
        for (channel, segments) in terms.cells.enumerated() {
            for (segment, cell) in segments.enumerated() {
                for stage in 0..<stages {
                    guard let term = cell[stage] else { continue }
                    let rows = ((channel * stages + stage) * trials, ((channelCount + segment) * stages + stage) * trials,
                                ((rowCount - 1) * stages + stage) * trials)
                    cells.append((term, rows))
                }
            }
        }
        var values = [Double](repeating: 0, count: rowCount * stages * trials)
        var factorValues = terms.factors.map { Self.value($0, z: 0) }
        values.withUnsafeMutableBufferPointer { buffer in
            for trial in 0..<trials {
                for (index, factor) in terms.factors.enumerated() where factor.sigma > 0 {
                    factorValues[index] = Self.value(factor, z: generator.standardNormal())
                }
                for (term, rows) in cells {
                    var value = term.constant
                    for power in term.powers {
                        value = power.exponent == 1 ? value * factorValues[power.factor] : value / factorValues[power.factor]
                    }
                    buffer[rows.0 + trial] += value
                    buffer[rows.1 + trial] += value
                    buffer[rows.2 + trial] += value
                }
            }
        }
        return Draws(trials: trials, values: values)
    }

    /// e^(μ + σz), capped at 1 for a rate.
    static func value(_ factor: FunnelTerms.Factor, z: Double) -> Double {
        let value = exp(factor.logMedian + factor.sigma * z)
        return factor.cappedAtOne ? min(value, 1) : value
    }
}
