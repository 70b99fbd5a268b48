import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Inline exp")
struct InlineExponentialTests {
    /// Within 2 ulp (relative 4.45·10⁻¹⁶) of glibc's exp over the range attainment can take.
    @Test func agreesWithLibmWithinTwoUlp() {
        let exponential = InlineExponential()
        defer { exponential.deallocate() }
        let generator = RandomGenerator(seed: 5)
        var worst = 0.0
        for _ in 0..<1_000_000 {
            let x = (generator.uniform() - 0.5) * 60
            let expected = Foundation.exp(x)
            worst = max(worst, abs(exponential(x) - expected) / expected)
        }
        #expect(worst <= 2 * Double.ulpOfOne, "worst relative error \(worst)")
    }

    @Test func fourAtATimeEqualsOneAtATime() {
        let exponential = InlineExponential()
        defer { exponential.deallocate() }
        let generator = RandomGenerator(seed: 6)
        for _ in 0..<50_000 {
            let x = SIMD4((0..<4).map { _ in (generator.uniform() - 0.5) * 40 })
            let vector = exponential(x)
            for lane in 0..<4 { #expect(vector[lane] == exponential(x[lane])) }
        }
    }

    @Test(arguments: [0.0, 1.0, -1.0, 700.0, -700.0, 708.5, -708.5, 709.7, -745.0, 800.0])
    func exactOrDeferredAtTheEdges(_ x: Double) {
        let exponential = InlineExponential()
        defer { exponential.deallocate() }
        let expected = Foundation.exp(x)
        if x == 0 { #expect(exponential(x) == 1) }
        if expected == 0 || expected.isInfinite {
            #expect(exponential(x) == expected)
        } else {
            #expect(abs(exponential(x) - expected) / expected <= 2 * Double.ulpOfOne)
        }
        #expect(exponential(SIMD4(repeating: x))[0] == exponential(x))
    }
}
