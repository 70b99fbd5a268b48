import Foundation

/// Poisson(mean) counts by inversion against a precomputed cumulative table, started from a
/// guide table (Chen and Asau's indexed search): `guide[j]` is the count at uniform j/256, so the
/// search from there takes no step or one, almost always — the same counts as
/// ``PoissonQuantile`` without its unpredictable loop (a mispredicted branch per draw cost a
/// quarter of a simulation with a SPIF).
///
/// A view into memory that a ``PoissonTables`` owns, and valid while it lives: a plain value,
/// read per seller and trial without the reference counting a table held in arrays cost.
struct PoissonTable {
    let mean: Double
    /// P(N ≤ k) for k = 0...`limit`, until it reaches 1 to double precision; `limit` −1 for
    /// large means, which fall back to ``PoissonQuantile``.
    fileprivate let cumulative: UnsafePointer<Double>
    fileprivate let limit: Int
    fileprivate let guide: UnsafePointer<Int32>
    fileprivate static let guideSize = 256

    /// The count of a uniform in [0, 1).
    @inline(__always)
    func count(_ uniform: Double) -> Int {
        guard limit >= 0 else { return PoissonQuantile.value(uniform, mean: mean) }
        // The guide's count is at most the answer (the uniform is at or above j/256). The cell
        // j is 256·u − ½ rounded to an integer by adding 1.5 · 2⁵², which leaves it in the low
        // bits: ⌊256·u⌋ or one below it (when 256·u is a whole number), never above, so the
        // search from there still finds the count; without Int(_:)'s range checks.
        let cell = (uniform * Double(Self.guideSize) - 0.5 + 6755399441055744.0).bitPattern & UInt64(Self.guideSize - 1)
        var count = Int(guide[Int(truncatingIfNeeded: cell)])
        // The last entry is +∞, so the search stops there without a second test.
        while uniform >= cumulative[count] { count &+= 1 }
        return count
    }
}

/// The Poisson tables of several means in one block of memory, freed with this object.
final class PoissonTables: @unchecked Sendable {
    // Unchecked: the memory is written once, in `init`, and only read after.
    /// The tables, in the order of the means (a buffer, so that a pass can hold a pointer to it).
    let tables: UnsafeMutableBufferPointer<PoissonTable>
    private let cumulative: UnsafeMutableBufferPointer<Double>
    private let guides: UnsafeMutableBufferPointer<Int32>

    init(means: [Double]) {
        let cumulatives = means.map(Self.cumulative(mean:))
        cumulative = .allocate(capacity: Swift.max(1, cumulatives.reduce(0) { $0 + $1.count }))
        guides = .allocate(capacity: Swift.max(1, means.count * PoissonTable.guideSize))
        var tables: [PoissonTable] = []
        var offset = 0
        for (index, (mean, table)) in zip(means, cumulatives).enumerated() {
            let start = cumulative.baseAddress! + offset, guide = guides.baseAddress! + index * PoissonTable.guideSize
            _ = UnsafeMutableBufferPointer(start: start, count: table.count).initialize(from: table)
            if !table.isEmpty { start[table.count - 1] = .infinity }  // the search's stop at `limit`
            var k = 0
            for j in 0..<PoissonTable.guideSize {
                let uniform = Double(j) / Double(PoissonTable.guideSize)
                while k < table.count - 1, uniform >= table[k] { k += 1 }
                guide[j] = Int32(k)
            }
            tables.append(PoissonTable(mean: mean, cumulative: start, limit: table.count - 1, guide: guide))
            offset += table.count
        }
        self.tables = .allocate(capacity: Swift.max(1, tables.count))
        _ = self.tables.initialize(from: tables)
    }

    deinit {
        tables.deallocate()
        cumulative.deallocate()
        guides.deallocate()
    }

    subscript(index: Int) -> PoissonTable { tables[index] }

    /// P(N ≤ k) for k = 0, 1, ... until it reaches 1 to double precision; empty for means that
    /// are not positive or above 500 (where e^(−mean) underflows; those use the search).
    private static func cumulative(mean: Double) -> [Double] {
        guard mean > 0, mean <= 500 else { return [] }
        var table: [Double] = []
        var probability = exp(-mean), total = probability, count = 0
        table.append(total)
        while total < 1, probability > 0 || Double(count) < mean, count < 10_000 {
            count += 1
            probability *= mean / Double(count)
            total += probability
            table.append(total)
        }
        return table
    }
}
