/// One kind of year (poor, average, great, ...) in the simulation's mixture.
///
/// In a year of this type the median seller reaches ``medianAttainment`` of quota, and log
/// attainment spreads around it with standard deviation ``sigma``.
public struct YearType: Sendable, Equatable {
    public var name: String
    /// Probability that a trial is a year of this type.
    public var probability: Double
    /// Attainment of the median seller, as a fraction of quota (0.8 = 80 %).
    public var medianAttainment: Double
    /// Standard deviation of log attainment across sellers in such a year.
    public var sigma: Double

    public init(name: String, probability: Double, medianAttainment: Double, sigma: Double) {
        self.name = name
        self.probability = probability
        self.medianAttainment = medianAttainment
        self.sigma = sigma
    }
}
