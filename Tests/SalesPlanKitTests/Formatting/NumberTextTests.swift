import Foundation
import Testing
@testable import SalesPlanKit

/// Number formatting prints numbers users wrote, so it must be total: no Double may trap it.
@Suite("Number text")
struct NumberTextTests {
    @Test(arguments: [
        (0.0, "0"), (999, "999"), (1_000, "1,000"), (-1_500_000, "-1,500,000"), (1_234.5, "1,235"),
        (2e17, "200,000,000,000,000,000"),
        // Beyond Int64: every digit of the Double, grouped (the goal split of 1e19 that trapped).
        (1e19, "10,000,000,000,000,000,000"), (-1e19, "-10,000,000,000,000,000,000"),
        (Double(Int64.max), "9,223,372,036,854,775,808"),
        (1e21, "1e+21"), (1e308, "1e+308"), (.infinity, "inf"), (-.infinity, "-inf"),
    ])
    func groupedIsTotal(_ value: Double, _ expected: String) {
        #expect(NumberText.grouped(value) == expected)
    }

    @Test func groupedNaN() {
        #expect(NumberText.grouped(.nan) == "nan")
    }

    @Test(arguments: [(0, "0"), (-7, "-7"), (20_000_000, "20,000,000"), (Int.max, "9,223,372,036,854,775,807"),
                      (Int.min, "-9,223,372,036,854,775,808")])
    func groupedIntegersAreExact(_ value: Int, _ expected: String) {
        #expect(NumberText.grouped(value) == expected)
    }

    @Test(arguments: [(0.55, "0.55"), (3.0, "3"), (1e15, "1000000000000000"), (1e16, "1e+16"), (1e308, "1e+308"), (-.infinity, "-inf")])
    func plainIsTotal(_ value: Double, _ expected: String) {
        #expect(NumberText.plain(value) == expected)
    }

    @Test(arguments: [(950_000.0, "$950.0k"), (6.2e9, "$6.20B"), (1e15, "$1000.00T"), (2e20, "$2e+20"), (.infinity, "$inf")])
    func moneyIsTotal(_ value: Double, _ expected: String) {
        #expect(NumberText.money(value) == expected)
    }

    @Test(arguments: [(999, "999 bytes"), (1_280_000_000_000_000_000, "1.3 EB")])
    func byteCountsDoNotOverflow(_ bytes: Double, _ expected: String) {
        #expect(ByteCount(bytes).description == expected)
    }
}
