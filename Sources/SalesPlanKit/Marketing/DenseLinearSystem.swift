/// Solves small dense linear systems exactly (to rounding), for the Markov chain's visits.
///
/// Gaussian elimination with partial pivoting: the matrices are I − Qᵀ of an absorbing chain,
/// non-singular and well conditioned, with at most a few thousand rows, so nothing iterative and
/// no step cut-off is needed.
enum DenseLinearSystem {
    /// x with A x = b; `a` is row-major `size` × `size`, and is consumed.
    static func solve(_ a: [Double], _ b: [Double], size n: Int) -> [Double] {
        var a = a, b = b
        for column in 0..<n {
            var pivot = column
            for row in (column + 1)..<max(n, column + 1) where abs(a[row * n + column]) > abs(a[pivot * n + column]) { pivot = row }
            if pivot != column {
                for k in 0..<n { a.swapAt(column * n + k, pivot * n + k) }
                b.swapAt(column, pivot)
            }
            let diagonal = a[column * n + column]
            guard diagonal != 0 else { continue }
            for row in (column + 1)..<max(n, column + 1) {
                let factor = a[row * n + column] / diagonal
                guard factor != 0 else { continue }
                for k in column..<n { a[row * n + k] -= factor * a[column * n + k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<max(n, row + 1) { sum -= a[row * n + k] * x[k] }
            let diagonal = a[row * n + row]
            x[row] = diagonal != 0 ? sum / diagonal : 0
        }
        return x
    }
}
