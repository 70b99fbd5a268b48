/// A rate drawn once per trial from a Beta distribution given by its mean and spread (standard
/// deviation), e.g. the share of bookings that churns within the clawback window, or the
/// renewal rate. Beta(α, β) with α = mean·k, β = (1 − mean)·k, k = mean(1 − mean)/spread² − 1,
/// which exists only when spread² < mean(1 − mean).
public struct BetaRate: Sendable, Equatable {
    public var mean: Double
    public var spread: Double

    public init(mean: Double, spread: Double) {
        self.mean = mean
        self.spread = spread
    }

    /// Beta parameters, or nil when no Beta distribution has this mean and spread.
    public var parameters: (alpha: Double, beta: Double)? {
        guard mean > 0, mean < 1, spread > 0, spread * spread < mean * (1 - mean) else { return nil }
        let k = mean * (1 - mean) / (spread * spread) - 1
        return (mean * k, (1 - mean) * k)
    }
}

/// Clawback of a plan: a share of the year's bookings churns within the window and the pay
/// earned on it is reclaimed (pay recomputed on bookings net of churn).
public struct Clawback: Sendable, Equatable {
    /// Share of bookings that churns within the window, drawn per trial.
    public var churnRate: BetaRate
    /// Months after booking during which churn is clawed back (informational: the rate is the
    /// churn within this window).
    public var windowMonths: Int

    public init(churnRate: BetaRate, windowMonths: Int = 12) {
        self.churnRate = churnRate
        self.windowMonths = windowMonths
    }
}

/// A draw for new hires: a monthly amount guaranteed for their first `months` months in seat.
public struct NewHireDraw: Sendable, Equatable {
    /// Guaranteed variable pay per month, in the scenario currency.
    public var monthlyAmount: Double
    /// Number of months from the hire date the draw covers.
    public var months: Int
    /// Recoverable: a shortfall is offset against later earnings of the year; non-recoverable: a
    /// guaranteed minimum, never recovered.
    public var recoverable: Bool

    public init(monthlyAmount: Double, months: Int, recoverable: Bool) {
        self.monthlyAmount = monthlyAmount
        self.months = months
        self.recoverable = recoverable
    }
}
