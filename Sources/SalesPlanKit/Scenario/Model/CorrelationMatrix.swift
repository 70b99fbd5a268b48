/// Cholesky factorisation of a correlation matrix that may be only positive *semi*-definite (a
/// measure perfectly correlated with another makes the matrix singular, which is still a valid
/// correlation matrix). Shared by the loader, which refuses a matrix no set of normals can have,
/// and the engine, which draws correlated normals as L·z.
public enum CorrelationMatrix {
    /// Pivots and off-diagonal residuals within this of 0 count as 0 (the matrix is read from
    /// two-decimal YAML, so rounding, not precision, decides; 10⁻⁹ only absorbs floating point).
    public static let tolerance = 1e-9

    /// The lower-triangular L with L·Lᵀ = `matrix`, or the 0-based row at which the
    /// factorisation fails (the matrix is not positive semi-definite). A zero pivot (within
    /// ``tolerance``) gives a zero column when the rest of that column is 0 too; a negative pivot,
    /// or a zero pivot with a non-zero residual below it, fails. `matrix` must be square.
    public static func cholesky(_ matrix: [[Double]], tolerance: Double = CorrelationMatrix.tolerance)
        -> Result<[[Double]], NotPositiveSemiDefinite> {
        let n = matrix.count
        var lower = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for j in 0..<n {
            var pivot = matrix[j][j]
            for k in 0..<j { pivot -= lower[j][k] * lower[j][k] }
            if pivot < -tolerance { return .failure(NotPositiveSemiDefinite(row: j)) }
            let diagonal = pivot > tolerance ? pivot.squareRoot() : 0
            lower[j][j] = diagonal
            for i in (j + 1)..<max(n, j + 1) {
                var residual = matrix[i][j]
                for k in 0..<j { residual -= lower[i][k] * lower[j][k] }
                if diagonal == 0 {
                    if abs(residual) > tolerance { return .failure(NotPositiveSemiDefinite(row: i)) }
                    lower[i][j] = 0
                } else {
                    lower[i][j] = residual / diagonal
                }
            }
        }
        return .success(lower)
    }

    /// Where the factorisation of a matrix that is not positive semi-definite failed.
    public struct NotPositiveSemiDefinite: Error, Equatable {
        /// 0-based row.
        public let row: Int
    }
}
