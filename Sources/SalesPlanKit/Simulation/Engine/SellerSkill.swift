import Foundation

/// Persistent seller skill, estimated from prior-year attainments.
///
/// Log attainment of seller *i* in year *y* is modelled as `m_y + s_i + e_iy`: a year effect
/// shared by everyone, a persistent skill `s_i`, and noise. If a share ρ of the variance of log
/// attainment is persistent skill, the best estimate of `s_i` from `n` past years is the seller's
/// average deviation from each year's mean, shrunk towards 0 by `nρ / (nρ + 1 − ρ)`: one great
/// year says little, five great years say a lot. The simulation multiplies each seller's median
/// by `exp(s_i)`, so top performers stay on top across trials, as sales leaders observe.
public enum SellerSkill {
    /// Log-skill of each seller (0 for sellers without prior attainments).
    ///
    /// - Parameters:
    ///   - priorAttainments: each seller's past attainments, oldest first, the last being last
    ///     year; sellers with shorter histories are aligned on the most recent year.
    ///   - persistence: ρ, the share of log-attainment variance that is persistent (0...1).
    public static func logSkills(priorAttainments: [[Double]], persistence: Double) -> [Double] {
        guard persistence > 0 else { return Array(repeating: 0, count: priorAttainments.count) }
        // Year effects: mean log attainment of each past year (0 = last year), over the sellers
        // with a record for that year.
        let depth = priorAttainments.map(\.count).max() ?? 0
        var sums = [Double](repeating: 0, count: depth)
        var counts = [Int](repeating: 0, count: depth)
        for history in priorAttainments {
            for (yearsAgo, attainment) in history.reversed().enumerated() {
                sums[yearsAgo] += log(attainment)
                counts[yearsAgo] += 1
            }
        }
        let yearMeans = zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : 0 }
        return priorAttainments.map { history in
            guard !history.isEmpty else { return 0 }
            var deviation = 0.0
            for (yearsAgo, attainment) in history.reversed().enumerated() {
                deviation += log(attainment) - yearMeans[yearsAgo]
            }
            let years = Double(history.count)
            deviation /= years
            let shrinkage = years * persistence / (years * persistence + 1 - persistence)
            return shrinkage * deviation
        }
    }
}
