import Foundation
import Testing
@testable import SalesPlanKit

/// Log attainment → bin, worked by hand from ⌊(log a + 5.5) · 64⌋ clamped to 0…543.
private let binCases: [(logAttainment: Double, bin: Int)] = [
    (-50.0, 0),  // far below the range: the lowest bin
    (-5.5, 0),  // the lowest edge
    (-5.5 + 1.0 / 128, 0),  // half a bin in
    (-5.5 + 1.5 / 64, 1),
    (-1.0 / 128, 351),  // just under quota
    (0.0, 352),  // exactly at quota: the quota bin
    (1.0 / 128, 352),
    (0.405465, 377),  // 150 % of quota: (0.405465 + 5.5) · 64 = 377.95
    (-0.693147, 307),  // 50 % of quota: (−0.693147 + 5.5) · 64 = 307.64
    (3.0 - 1.0 / 128, 543),
    (3.0, 543),  // the top edge stays in the top bin
    (40.0, 543),
]

@Suite("Attainment bins")
struct AttainmentBinsTests {
    @Test(arguments: binCases)
    func binOfLogAttainment(_ logAttainment: Double, _ expected: Int) {
        #expect(AttainmentBins.bin(forLog: logAttainment) == expected)
    }

    /// The four-lane path the engine uses agrees with the one-at-a-time path, lane by lane, and
    /// with the plain floor definition away from bin edges.
    @Test func fourLanesAgreeWithTheDefinition() {
        let generator = RandomGenerator(seed: 11)
        for _ in 0..<50_000 {
            let logs = SIMD4((0..<4).map { _ in (generator.uniform() - 0.5) * 20 })
            let bits = AttainmentBins.binBits(forLog: logs)
            for lane in 0..<4 {
                let bin = AttainmentBins.bin(fromBits: bits[lane])
                #expect(bin == AttainmentBins.bin(forLog: logs[lane]))
                #expect(bin == Int(min(max(((logs[lane] + 5.5) * 64).rounded(.down), 0), 543)))
            }
        }
    }
}

/// The engine bins managers', overlays' and departures' attainments without a logarithm; it must
/// give exactly the bin of the logarithm.
@Suite("Attainment bins without a logarithm")
struct AttainmentBinLookupTests {
    let lookup = AttainmentBins.Lookup.shared

    /// Around every bin edge (the double below, at and above it) and at random attainments over
    /// the whole range and beyond it.
    @Test func theLookupGivesTheBinOfTheLogarithm() {
        for bin in 0...AttainmentBins.count {
            let edge = AttainmentBins.lowerEdge(of: bin)
            for attainment in [edge.nextDown.nextDown, edge.nextDown, edge, edge.nextUp, edge.nextUp.nextUp] {
                #expect(lookup.bin(forAttainment: attainment) == AttainmentBins.bin(forLog: log(attainment)), "\(attainment)")
            }
        }
        let generator = RandomGenerator(seed: 5)
        for _ in 0..<200_000 {
            let attainment = exp((generator.uniform() - 0.6) * 16)
            #expect(lookup.bin(forAttainment: attainment) == AttainmentBins.bin(forLog: log(attainment)))
        }
    }

    @Test func outsideTheRange() {
        #expect(lookup.bin(forAttainment: 0) == 0)
        #expect(lookup.bin(forAttainment: -2) == 0)
        #expect(lookup.bin(forAttainment: .nan) == 0)
        #expect(lookup.bin(forAttainment: 1e-300) == 0)
        #expect(lookup.bin(forAttainment: 1) == AttainmentBins.quotaBin)
        #expect(lookup.bin(forAttainment: 0.99) == AttainmentBins.quotaBin - 1)
        #expect(lookup.bin(forAttainment: 1e6) == AttainmentBins.count - 1)
        #expect(lookup.bin(forAttainment: .infinity) == AttainmentBins.count - 1)
    }
}
