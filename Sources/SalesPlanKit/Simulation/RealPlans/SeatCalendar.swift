/// The months of the plan year a seat is worked, and at what productivity: the incumbent from
/// their first month in seat (their hire month, for a hire during the year) ramping by tenure,
/// and after a departure, a vacancy, then a replacement ramping from their first month.
///
/// Months are 1...12 of the fiscal year (the calendar year `fiscal_year`); productivity is a
/// share of a ramped seller's monthly bookings.
struct SeatCalendar: Sendable {
    /// First month the incumbent is in seat (13: not this year).
    var startMonth: Int
    /// `cumulative[m]`: the incumbent's productivity summed over months 1...m (0 before start).
    var cumulative: [Double]
    /// The incumbent's tenure month in month 1 of the year (≤ 0 when hired later in the year).
    var tenureInFirstMonth: Int
    /// `rampCumulative[k]`: a new seller's productivity summed over their first k months.
    var rampCumulative: [Double]

    init(hireDate: CalendarDate?, fiscalYear: Int?, workforce: WorkforcePlan) {
        if let hireDate, let fiscalYear {
            if hireDate.year > fiscalYear {
                startMonth = 13
                tenureInFirstMonth = 1 - 12 * (hireDate.year - fiscalYear) - hireDate.month + 1
            } else {
                tenureInFirstMonth = 12 * (fiscalYear - hireDate.year) - hireDate.month + 2
                startMonth = max(1, 2 - tenureInFirstMonth)
            }
        } else {
            startMonth = 1
            tenureInFirstMonth = 1_000
        }
        var cumulative = [0.0]
        for month in 1...12 {
            let tenure = month - 1 + tenureInFirstMonth
            cumulative.append(cumulative[month - 1] + (month >= startMonth ? workforce.productivity(tenureMonth: tenure) : 0))
        }
        self.cumulative = cumulative
        var ramp = [0.0]
        for month in 1...12 { ramp.append(ramp[month - 1] + workforce.productivity(tenureMonth: month)) }
        rampCumulative = ramp
    }

    /// Who works the seat in a trial: the incumbent's months and productivity-months, and the
    /// replacement's after a departure.
    struct Year: Equatable {
        /// Months the incumbent is in seat, and their productivity summed over those months.
        var incumbentMonths: Int
        var incumbentProductivity: Double
        /// Last month the incumbent works (0 when never in seat).
        var incumbentLastMonth: Int
        var departed: Bool
        var replacementMonths = 0
        var replacementProductivity = 0.0
    }

    /// The seat's year given the departure draw: the seller leaves when `leaveUniform` < `rate`,
    /// at the start of month 1 + ⌊12·u/rate⌋ (uniform over the year, from the same uniform), if
    /// they are in seat by then (a hire starting later in the year cannot leave before starting);
    /// the replacement starts `vacancyMonths` later.
    @inline(__always)
    func year(leaveUniform: Double, rate: Double, vacancyMonths: Int) -> Year {
        let start = startMonth
        guard start <= 12 else {
            return Year(incumbentMonths: 0, incumbentProductivity: 0, incumbentLastMonth: 0, departed: false)
        }
        if let leaveMonth = Self.leaveMonth(leaveUniform: leaveUniform, rate: rate) {
            if leaveMonth >= start {
                var year = Year(incumbentMonths: leaveMonth - start,
                                incumbentProductivity: cumulative[leaveMonth - 1] - cumulative[start - 1],
                                incumbentLastMonth: leaveMonth - 1, departed: true)
                let replacementStart = leaveMonth + vacancyMonths
                if replacementStart <= 12 {
                    year.replacementMonths = 13 - replacementStart
                    year.replacementProductivity = rampCumulative[year.replacementMonths]
                }
                return year
            }
        }
        return Year(incumbentMonths: 13 - start, incumbentProductivity: cumulative[12] - cumulative[start - 1],
                    incumbentLastMonth: 12, departed: false)
    }

    /// The month (1...12) a seller leaves at the start of, from the departure draw; nil when
    /// they stay (`leaveUniform` ≥ `rate`).
    @inline(__always)
    static func leaveMonth(leaveUniform: Double, rate: Double) -> Int? {
        leaveUniform < rate ? 1 + Swift.min(11, Int(leaveUniform / rate * 12)) : nil
    }

    /// The incumbent's months under a new-hire draw of `drawMonths` (their tenure months
    /// 1...drawMonths that fall in the year, up to `lastMonth`) and the productivity in them.
    func incumbentDrawMonths(_ drawMonths: Int, lastMonth: Int) -> (months: Int, productivity: Double) {
        let drawEnd = Swift.min(lastMonth, drawMonths - tenureInFirstMonth + 1)
        guard drawEnd >= startMonth else { return (0, 0) }
        return (drawEnd - startMonth + 1, cumulative[drawEnd] - cumulative[startMonth - 1])
    }

    /// The incumbent's productivity summed up to the end of `month` (bookings accrue evenly at
    /// ramp productivity), for attainment-by-date SPIFs.
    func incumbentProductivity(through month: Int, lastMonth: Int) -> Double {
        let end = Swift.min(month, lastMonth)
        return end >= startMonth ? cumulative[end] - cumulative[startMonth - 1] : 0
    }
}
