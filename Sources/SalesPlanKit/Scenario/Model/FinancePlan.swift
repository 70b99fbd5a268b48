/// Finance figures the sales plan must fit inside.
///
/// The annual review's financial check is that compensation never pushes EBITDA negative, even
/// at maximal payouts; these are the figures that check is made against.
public struct FinancePlan: Sendable, Equatable {
    /// Gross margin as a fraction of bookings (0.78 = 78 %): the profit each extra dollar of
    /// bookings brings before compensation.
    public var grossMargin: Double?
    /// Planned EBITDA before any variable compensation is paid, in the scenario currency, in the
    /// year where bookings land exactly on the company goal.
    public var ebitdaBeforeVariableComp: Double?
    /// How EBITDA moves with bookings in a simulated year.
    public var ebitdaModel: EBITDAModel

    public init(grossMargin: Double? = nil, ebitdaBeforeVariableComp: Double? = nil, ebitdaModel: EBITDAModel? = nil) {
        self.grossMargin = grossMargin
        self.ebitdaBeforeVariableComp = ebitdaBeforeVariableComp
        self.ebitdaModel = ebitdaModel ?? (grossMargin == nil ? .fixed : .revenueLinked)
    }
}

/// How a simulated year's EBITDA follows its bookings.
public enum EBITDAModel: String, Sendable, Equatable, CaseIterable {
    /// EBITDA = EBITDA before variable comp at goal + gross margin × (bookings − goal) − variable
    /// comp: a poor year loses the gross profit of the bookings it misses. The default whenever
    /// `gross_margin` is given.
    case revenueLinked = "revenue_linked"
    /// EBITDA = EBITDA before variable comp − variable comp, whatever the bookings: for budgets
    /// planned that way. It flatters poor years.
    case fixed
}
