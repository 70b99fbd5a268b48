/// Per-trial figures, one element per trial.
public struct TrialOutcomes: Sendable {
    /// Total bookings of direct sellers.
    public var revenue: [Double]
    /// Total variable pay of all sellers (including managers and overlays).
    public var variableComp: [Double]
    /// Base salaries plus variable pay.
    public var totalComp: [Double]
    /// Total compensation ÷ revenue.
    public var costOfSales: [Double]
    /// Share of all sellers at or above 100 % of quota.
    public var shareAtQuota: [Double]
    /// Share of direct sellers (those who book revenue) at or above 100 % of quota.
    public var directShareAtQuota: [Double]
    /// Share of all sellers whose variable pay reached their target incentive (on-target earnings).
    public var shareAtTarget: [Double]
    /// Index of the trial's year type in the scenario's list.
    public var yearType: [UInt8]
    /// The trial's macro shock (a factor on every seller's median; 1 when shocks are off).
    public var macroShock: [Double]
    /// Bookings credited to each goal part with a goal (``GoalParts``, in its order), per trial;
    /// empty when parts were not tracked.
    public var partBookings: [[Double]] = []
    /// EBITDA after variable comp of each trial (``EBITDACheck``); nil without an EBITDA figure.
    public var ebitda: [Double]?
    /// Marketing success of each trial (realised ÷ planned sourced pipeline); nil without a
    /// marketing plan.
    public var marketingSuccess: [Double]?

    public var count: Int { revenue.count }
}
