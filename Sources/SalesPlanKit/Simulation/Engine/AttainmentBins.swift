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
        Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: binBits(forLog: SIMD4(repeating: logAttainment))[0]))
    }

    /// Bins of four log attainments at once, each in the low 32 bits of its lane.
    ///
    /// The bin is ⌊(log attainment + 5.5) · 64⌋ clamped to 0…543, computed without converting
    /// to integers lane by lane: position − ½ is rounded to an integer by adding 1.5 · 2⁵², which
    /// leaves the integer in the low bits of the sum. (A log attainment exactly on the edge of an
    /// odd-numbered bin rounds to the bin below; the quota edge, bin 352, is even and exact.)
    @inline(__always)
    static func binBits(forLog logAttainment: SIMD4<Double>) -> SIMD4<UInt64> {
        var position = (logAttainment + 5.5) * 64 - 0.5
        position.replace(with: 0, where: position .< 0)
        position.replace(with: 543, where: position .> 543)
        return unsafeBitCast(position + 6755399441055744.0, to: SIMD4<UInt64>.self)
    }

    /// The bin in the low 32 bits of a ``binBits(forLog:)`` lane.
    @inline(__always)
    static func bin(fromBits bits: UInt64) -> Int {
        Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: bits))
    }

    /// The quantiles at `levels` (increasing, each 0...1) of the attainment counted in `counts`,
    /// interpolated linearly in log attainment inside the bin where each falls; NaN if empty.
    static func quantiles(_ levels: [Double], counts: UnsafeBufferPointer<UInt32>) -> [Double] {
        var total = 0
        for value in counts { total += Int(value) }
        guard total > 0 else { return levels.map { _ in .nan } }
        var results: [Double] = []
        results.reserveCapacity(levels.count)
        var level = 0
        var cumulative = 0.0
        for (bin, value) in counts.enumerated() where value > 0 {
            let next = cumulative + Double(value)
            while level < levels.count, next >= levels[level] * Double(total) {
                let fraction = Swift.min(Swift.max((levels[level] * Double(total) - cumulative) / Double(value), 0), 1)
                results.append(exp(lowestLog + (Double(bin) + fraction) * width))
                level += 1
            }
            if level == levels.count { break }
            cumulative = next
        }
        while results.count < levels.count { results.append(exp(lowestLog + Double(count) * width)) }
        return results
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
