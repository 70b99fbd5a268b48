/// The distributions finance reads first.
public struct Headline: Sendable, Equatable, Codable {
    public var revenue: Distribution
    public var variableComp: Distribution
    public var totalComp: Distribution
    public var costOfSales: Distribution
    public var shareAtQuota: Distribution
    public var shareAtTarget: Distribution
    /// Probability that revenue reaches the company goal.
    public var goalMet: Proportion
}
