/// The largest figures a scenario may contain.
///
/// Every number a user writes is either accepted, and then printed and simulated correctly, or
/// refused with a message naming the limit. Without ceilings a quota of `1e308` passes every
/// "greater than 0" check and then turns into infinite credit in the simulation. The limits are
/// far above any real plan, so they only ever catch typos and test data gone wrong, and they keep
/// every sum the simulation forms (quota × attainment × sellers × trials) finite.
public enum ValueLimits {
    /// Any money amount, in the scenario currency: 10¹⁵, a quadrillion (a thousand times the
    /// largest company's annual revenue).
    public static let money = 1e15
    /// Smallest quota or goal: 1, one unit of the currency. Attainment is bookings ÷ quota, and
    /// a manager's quota of 10⁻³⁰⁰ would make their attainment infinite.
    public static let smallestQuota = 1.0
    /// Any attainment (median, prior years, pay-curve thresholds, zone starts and caps): 100, that
    /// is 10,000 % of quota.
    public static let attainment = 100.0
    /// Smallest prior-year attainment: 0.0001 (0.01 % of quota). Skill is estimated from log
    /// attainment, and log 10⁻³⁰⁰ would make one seller's skill outweigh a whole company.
    public static let smallestPriorAttainment = 1e-4
    /// Any pay multiple (zone rates, payout caps): 1,000 × target incentive.
    public static let payMultiple = 1_000.0
    /// Hours a year an account takes to cover: a million (500 people full time).
    public static let workloadHours = 1e6
}
