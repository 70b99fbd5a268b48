/// The GSL generator algorithms a scenario may ask for.
///
/// Mersenne Twister (`mt19937`) is the default: well studied, long period, and what the bench
/// peers use. `taus2` and `gfsr4` are faster GSL generators of good quality; `ranlxd2` is the
/// slow, highest-quality RANLUX.
public enum RandomAlgorithm: String, Sendable, Equatable, CaseIterable {
    case mt19937
    case taus2
    case gfsr4
    case ranlxd2
}
