/// The run's figures restricted to trials of one year type.
public struct YearTypeOutcome: Sendable, Equatable {
    public var name: String
    /// Probability in the scenario's mixture.
    public var probability: Double
    public var medianAttainment: Double
    public var sigma: Double
    /// Number of trials that drew this year type.
    public var trials: Int
    public var revenue: Distribution?
    public var variableComp: Distribution?
    public var totalComp: Distribution?
    public var costOfSales: Distribution?
    public var goalMet: Proportion
    public var meanShareAtQuota: Double
    public var meanShareAtTarget: Double
    /// Direct sellers' attainment across all trials of this type: share of seller-years in each
    /// log-attainment bin (see ``SimulationResult/attainmentBinEdges``).
    public var attainmentShares: [Double]
    /// Percentiles of that seller-year population's attainment (P10, P25, P50, P75, P90).
    public var attainmentPercentiles: [Double]
}
