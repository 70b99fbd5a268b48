/// A probability estimated from trials, with its binomial standard error.
public struct Proportion: Sendable, Equatable, Codable {
    public var probability: Double
    public var standardError: Double
    public var trials: Int

    public init(successes: Int, trials: Int) {
        self.trials = trials
        probability = trials > 0 ? Double(successes) / Double(trials) : .nan
        standardError = trials > 0 ? (probability * (1 - probability) / Double(trials)).squareRoot() : .nan
    }
}
