/// The GSL generator algorithms a scenario may ask for (`simulation.generator`).
///
/// The default is `taus2`, L'Ecuyer's maximally equidistributed combined Tausworthe generator:
/// one of the generators the GSL manual recommends for simulation, with a period of 2⁸⁸ (far
/// beyond the 10¹¹ draws a run may take), three words of state (so seeding a fresh stream for
/// every chunk of trials is free), and about a third less time per draw than Mersenne Twister,
/// which makes it the engine's largest single saving. `mt19937` (Mersenne Twister, period
/// 2¹⁹⁹³⁷ − 1) is available for those who prefer it, as are `gfsr4` and the slow, highest-quality
/// `ranlxd2`. Any choice gives bit-identical results for a given seed on any thread count.
public enum RandomAlgorithm: String, Sendable, Equatable, CaseIterable {
    case taus2
    case mt19937
    case gfsr4
    case ranlxd2

    /// The generator used when a scenario does not name one.
    public static let standard = RandomAlgorithm.taus2
}
