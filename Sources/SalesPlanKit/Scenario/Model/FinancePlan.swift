/// Finance figures the sales plan must fit inside.
///
/// The annual review's financial check is that compensation never pushes EBITDA negative, even
/// at maximal payouts; these are the figures that check is made against.
public struct FinancePlan: Sendable, Equatable {
    /// Gross margin as a fraction of revenue (0.78 = 78 %). Used to turn revenue into profit,
    /// for instance in return-on-marketing-investment figures.
    public var grossMargin: Double?
    /// Planned EBITDA before any variable compensation is paid, in the scenario currency.
    /// Variable compensation is subtracted from it trial by trial in the EBITDA check.
    public var ebitdaBeforeVariableComp: Double?

    public init(grossMargin: Double? = nil, ebitdaBeforeVariableComp: Double? = nil) {
        self.grossMargin = grossMargin
        self.ebitdaBeforeVariableComp = ebitdaBeforeVariableComp
    }
}
