import Foundation

/// Fixed log-scale bins for each seller's attainment distribution.
///
/// Per-seller percentiles cannot come from storing every draw (sellers × trials would not fit),
/// so each seller's attainment is counted into 544 bins of log attainment from 0.4 % to 2,009 %
/// of quota (1.6 % apart), and percentiles are read back with linear interpolation inside the
/// bin. Memory is bounded by sellers × 512 counters whatever the number of trials, and integer
/// counts add up the same in any order, so results do not depend on the thread count.
enum AttainmentBins {
    /// Bins per 1.0 of log attainment. A power of two so that log attainment 0 (exactly 100 %
    /// of quota) falls on a bin edge and "at or above quota" can be read off the counts.
    static let perUnit = 64.0
    /// Log attainment of the lowest edge, -5.5 (0.4 % of quota).
    static let lowestLog = -5.5
    /// 544 bins: from e^-5.5 (0.4 %) to e^3 (2,009 % of quota).
    static let count = 544
    static let width = 1 / perUnit
    /// First bin at or above 100 % of quota.
    static let quotaBin = 352

    /// Bin of a log attainment; values outside the range go to the edge bins.
    @inline(__always)
    static func bin(forLog logAttainment: Double) -> Int {
        let position = (logAttainment + 5.5) * 64.0
        return Int(Swift.min(Swift.max(position, 0), 543.0))
    }

    /// The `p`-quantile (0...1) of the attainment counted in `counts`, interpolated inside its bin.
    static func quantile(_ p: Double, counts: UnsafeBufferPointer<UInt32>) -> Double {
        var total = 0
        for value in counts { total += Int(value) }
        guard total > 0 else { return .nan }
        let rank = p * Double(total)
        var cumulative = 0.0
        for (bin, value) in counts.enumerated() where value > 0 {
            let next = cumulative + Double(value)
            if next >= rank {
                let fraction = Swift.min(Swift.max((rank - cumulative) / Double(value), 0), 1)
                return exp(lowestLog + (Double(bin) + fraction) * width)
            }
            cumulative = next
        }
        return exp(lowestLog + Double(count) * width)
    }

    /// Number of draws counted at or above 100 % of quota.
    static func countAtOrAboveQuota(_ counts: UnsafeBufferPointer<UInt32>) -> Int {
        var total = 0
        for bin in quotaBin..<count { total += Int(counts[bin]) }
        return total
    }

    /// Attainment at the centre of each bin (for paying a histogram through a pay curve).
    static func centre(of bin: Int) -> Double {
        exp(lowestLog + (Double(bin) + 0.5) * width)
    }

    /// Lower edge of a bin, as attainment.
    static func lowerEdge(of bin: Int) -> Double {
        exp(lowestLog + Double(bin) * width)
    }
}
