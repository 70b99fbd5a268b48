/// The conversion rates every lead-producing channel's leads pass through, company-wide: one
/// set of rates, so a good or bad year for the funnel moves every channel together.
public struct FunnelRates: Sendable, Equatable {
    public var leadToMQL: UncertainFigure
    public var mqlToSQL: UncertainFigure
    public var sqlToOpportunity: UncertainFigure
    /// The win rate: also what turns the goal into the pipeline it needs.
    public var opportunityToWon: UncertainFigure

    public init(leadToMQL: UncertainFigure, mqlToSQL: UncertainFigure, sqlToOpportunity: UncertainFigure,
                opportunityToWon: UncertainFigure) {
        self.leadToMQL = leadToMQL
        self.mqlToSQL = mqlToSQL
        self.sqlToOpportunity = sqlToOpportunity
        self.opportunityToWon = opportunityToWon
    }

    /// The rates a lead passes from lead to opportunity, in order.
    public var leadToOpportunity: [UncertainFigure] { [leadToMQL, mqlToSQL, sqlToOpportunity] }
}

/// A segment's deal economics: what an opportunity is worth and how long it takes to close.
public struct MarketingSegment: Sendable, Equatable {
    /// Segment name, as in sellers' and territories' `segment`.
    public var name: String
    /// Average opportunity size (the pipeline $ one opportunity adds, and a won deal books).
    public var dealSize: UncertainFigure
    /// Days from lead to close. Reported; the funnel's figures are annual and not shifted by it.
    public var salesCycleDays: UncertainFigure?

    public init(name: String, dealSize: UncertainFigure, salesCycleDays: UncertainFigure? = nil) {
        self.name = name
        self.dealSize = dealSize
        self.salesCycleDays = salesCycleDays
    }
}
