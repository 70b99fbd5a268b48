import Foundation

extension AttainmentBins {
    /// The bin of an attainment (not its log) without taking a logarithm: managers' and
    /// overlays' attainments, and departures', arrive as plain ratios, and a `log` per seat and
    /// trial cost more than all of their other bookkeeping.
    ///
    /// The same bin as `bin(forLog: log(attainment))`, to the bit: the table holds, for every bin,
    /// the smallest attainment that `log` puts in it or above (found once by bisection over the
    /// doubles, with the very `log` and rounding of ``bin(forLog:)``). An attainment's binary
    /// exponent and top seven mantissa bits pick a slice of the range narrower than a bin, so a
    /// slice holds at most one bin edge and one comparison finishes the job.
    struct Lookup: Sendable {
        static let shared = Lookup()

        /// Key of a positive double: its exponent and top `mantissaBits` mantissa bits.
        private static let mantissaBits = 7
        private static let keyShift = UInt64(52 - mantissaBits)
        /// Key of the smallest attainment in bin 1; keys below it are all bin 0.
        private let firstKey: Int
        /// Per key from `firstKey`: the bin of the slice's smallest value.
        private let binAtKey: [UInt16]
        /// Per bin: the smallest attainment in the next bin (+∞ for the top bin).
        private let nextEdge: [Double]

        private init() {
            func reference(_ attainment: Double) -> Int { AttainmentBins.bin(forLog: log(attainment)) }
            // Smallest positive double whose bin is at least `bin`: bisection over bit patterns,
            // which order positive doubles as their values, from a bracket a millionth either side
            // of the bin's nominal edge (the whole range if rounding put the edge outside it).
            func smallest(reachingBin bin: Int) -> Double {
                let edge = AttainmentBins.lowerEdge(of: bin)
                var low = (edge * (1 - 1e-6)).bitPattern, high = (edge * (1 + 1e-6)).bitPattern
                if !(reference(Double(bitPattern: low)) < bin && reference(Double(bitPattern: high)) >= bin) {
                    low = (1e-300).bitPattern
                    high = (1e300).bitPattern
                }
                // reference(low) < bin ≤ reference(high)
                while high - low > 1 {
                    let middle = low + (high - low) / 2
                    if reference(Double(bitPattern: middle)) >= bin { high = middle } else { low = middle }
                }
                return Double(bitPattern: high)
            }
            let edges = (1..<AttainmentBins.count).map(smallest(reachingBin:))
            nextEdge = edges + [.infinity]
            firstKey = Self.key(edges[0])
            let lastKey = Self.key(edges[edges.count - 1])
            binAtKey = (firstKey...lastKey).map { key in
                UInt16(reference(Double(bitPattern: UInt64(key) << Self.keyShift)))
            }
        }

        @inline(__always)
        private static func key(_ attainment: Double) -> Int {
            Int(truncatingIfNeeded: Int64(bitPattern: attainment.bitPattern) >> Int64(keyShift))
        }

        /// The bin of `attainment`; 0 for 0, a negative value or NaN, 543 above the range.
        @inline(__always)
        func bin(forAttainment attainment: Double) -> Int {
            let key = Self.key(attainment) &- firstKey
            if key < 0 { return 0 }  // below bin 1, negative (sign bit set)
            if key >= binAtKey.count { return attainment.isNaN ? 0 : AttainmentBins.count - 1 }
            let bin = Int(binAtKey[key])
            // Without a branch: whether the attainment is past the slice's edge is a coin toss.
            return bin &+ Int(truncatingIfNeeded: UInt8(attainment >= nextEdge[bin] ? 1 : 0))
        }
    }
}
