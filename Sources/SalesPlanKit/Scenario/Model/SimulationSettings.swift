/// How the Monte Carlo affordability engine samples next year.
///
/// Each trial draws a ``YearType`` from the mixture, a macro shock common to all sellers, and
/// then every seller's attainment from a log-normal distribution centred on the year's median
/// attainment times the seller's persistent skill.
public struct SimulationSettings: Sendable, Equatable {
    /// Number of simulated years (trials).
    public var trials: Int
    /// Master seed. The same scenario and seed give bit-identical results on any thread count.
    public var seed: UInt64
    /// The kinds of year that can happen, with their probabilities (summing to 1).
    public var yearTypes: [YearType]
    /// σ of the log-normal macro shock shared by every seller in a trial (median 1); 0 turns it off.
    public var macroShockSigma: Double
    /// Share of the variance of log attainment that is persistent seller skill (0...1). Used to
    /// shrink each seller's prior-year record towards the average before it shifts their median.
    public var skillPersistence: Double
    /// GSL generator the draws come from.
    public var generator: RandomAlgorithm
    /// β in [0, 1]: how a seller's median bookings follow a quota moved away from its baseline,
    /// as (quota ÷ baseline)^β. 1 (the default, the whitepaper's model): bookings scale with
    /// quota; 0: a quota moves only the bar, not the bookings.
    public var quotaElasticity: Double = 1

    public static let defaultTrials = 10_000
    public static let defaultSeed: UInt64 = 1
    public static let defaultSkillPersistence = 0.5

    public init(
        trials: Int = SimulationSettings.defaultTrials,
        seed: UInt64 = SimulationSettings.defaultSeed,
        yearTypes: [YearType],
        macroShockSigma: Double = 0,
        skillPersistence: Double = SimulationSettings.defaultSkillPersistence,
        generator: RandomAlgorithm = .standard
    ) {
        self.trials = trials
        self.seed = seed
        self.yearTypes = yearTypes
        self.macroShockSigma = macroShockSigma
        self.skillPersistence = skillPersistence
        self.generator = generator
    }
}
