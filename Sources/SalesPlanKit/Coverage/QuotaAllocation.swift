import Foundation

/// Next year's quotas: a total shared among direct sellers by a method's shares, adjusted for
/// new hires' ramp, held within change limits, rounded so they still add up to the total exactly,
/// with managers' and overlays' quotas rolled up from their teams.
public struct QuotaAllocation: Sendable {
    public struct Line: Sendable, Equatable {
        /// Position in the scenario's sellers.
        public var sellerIndex: Int
        public var id: String
        public var role: SellerRole
        public var oldQuota: Double
        public var newQuota: Double
        /// The method's share of the total, before ramp and limits (direct sellers), or the
        /// roll-up rate applied to the team (managers, overlays).
        public var basisShare: Double
        /// Share of a full year's productivity the ramp allows in the plan year (1: fully ramped).
        public var rampFactor: Double
        /// Whether the change limit held this quota at its floor or ceiling.
        public var heldByChangeLimit: Bool
        /// The quota by period (quarters, or months when seasonality is monthly).
        public var seasonal: [Double]

        public var change: Double { newQuota - oldQuota }
        public var changeShare: Double { oldQuota > 0 ? newQuota / oldQuota - 1 : 0 }
    }

    public var method: QuotaMethod
    /// The direct sellers' quotas add up to this, exactly.
    public var total: Double
    public var direct: [Line]
    public var rolledUp: [Line]

    /// Allocates `total` by `shares` (one per direct seller, in scenario order, summing to 1).
    public static func allocate(_ scenario: Scenario, method: QuotaMethod, shares: [Double], total: Double,
                                setting: QuotaSetting) -> Result<QuotaAllocation, QuotaMethodProblem> {
        let directIndexes = scenario.sellers.indices.filter { scenario.sellers[$0].role.credit == .own }
        precondition(directIndexes.count == shares.count)
        let periods = Self.periodShares(setting.seasonality)
        if !setting.ramp.isEmpty, scenario.fiscalYear == nil, directIndexes.contains(where: { scenario.sellers[$0].hireDate != nil }) {
            return .failure(QuotaMethodProblem("the ramp schedule needs the scenario's fiscal_year, to know how long each new hire has been in seat"))
        }
        let ramps: [[Double]] = directIndexes.map { index in
            Self.rampByPeriod(hireDate: scenario.sellers[index].hireDate, year: scenario.fiscalYear,
                              ramp: setting.ramp, periods: periods.count)
        }
        let annualRamp = ramps.map { zip($0, periods).reduce(0) { $0 + $1.0 * $1.1 } }
        let weights = zip(shares, annualRamp).map { $0 * $1 }
        let old = directIndexes.map { scenario.sellers[$0].quota }
        var quotas: [Double]
        var held: [Bool]
        switch Self.limitChanges(weights: weights, old: old, total: total, maxChange: setting.maxChange) {
        case .failure(let problem): return .failure(problem)
        case .success(let limited): (quotas, held) = limited
        }
        if setting.roundTo > 0 { quotas = Self.round(quotas, to: setting.roundTo, total: total) }
        let direct = directIndexes.indices.map { position -> Line in
            let index = directIndexes[position]
            let seasonWeights = zip(periods, ramps[position]).map { $0 * $1 }
            let seasonTotal = seasonWeights.reduce(0, +)
            return Line(sellerIndex: index, id: scenario.sellers[index].id, role: scenario.sellers[index].role,
                        oldQuota: old[position], newQuota: quotas[position], basisShare: shares[position],
                        rampFactor: annualRamp[position], heldByChangeLimit: held[position],
                        seasonal: seasonWeights.map { seasonTotal > 0 ? quotas[position] * $0 / seasonTotal : 0 })
        }
        let rolledUp = Self.rollUp(scenario, direct: direct, setting: setting, periods: periods)
        return .success(QuotaAllocation(method: method, total: total, direct: direct, rolledUp: rolledUp))
    }

    /// The scenario with the new quotas; each seller's old quota becomes their baseline, so the
    /// scenario's `quota_elasticity` decides how far bookings follow.
    public func applied(to scenario: Scenario) -> Scenario {
        var result = scenario
        for line in direct + rolledUp {
            result.sellers[line.sellerIndex].baselineQuota = scenario.sellers[line.sellerIndex].baselineQuota ?? line.oldQuota
            result.sellers[line.sellerIndex].quota = line.newQuota
        }
        return result
    }

    /// Quarterly (or monthly) shares of the year: the scenario's seasonality, else four equal quarters.
    static func periodShares(_ seasonality: [Double]) -> [Double] {
        seasonality.isEmpty ? [0.25, 0.25, 0.25, 0.25] : seasonality
    }

    /// The ramp factor of each period of the plan year (calendar year `year`) for a seller hired on
    /// `hireDate`: 0 before the hire date, then the schedule's entry for the quarter of tenure the
    /// period starts in, 1 once the schedule is over.
    static func rampByPeriod(hireDate: CalendarDate?, year: Int?, ramp: [Double], periods: Int) -> [Double] {
        guard let hireDate, let year, !ramp.isEmpty else { return [Double](repeating: 1, count: periods) }
        let monthsPerPeriod = 12 / periods
        return (0..<periods).map { period in
            let startMonth = period * monthsPerPeriod + 1
            var tenure = (year - hireDate.year) * 12 + (startMonth - hireDate.month)
            if hireDate.day > 1 { tenure -= 1 }
            guard tenure >= 0 else { return 0 }
            return ramp[min(tenure / 3, ramp.count - 1)]
        }
    }

    /// Quotas proportional to `weights` adding up to `total`, each within ±`maxChange` of its
    /// old value: quotas that hit a limit are held there and the rest is shared again among the
    /// others, until nothing moves.
    static func limitChanges(weights: [Double], old: [Double], total: Double, maxChange: Double?)
        -> Result<([Double], [Bool]), QuotaMethodProblem> {
        var quotas = [Double](repeating: 0, count: weights.count)
        var held = [Bool](repeating: false, count: weights.count)
        guard let maxChange else {
            let sum = weights.reduce(0, +)
            guard sum > 0 else { return .failure(QuotaMethodProblem("no seller can carry quota (every weight is 0: hired after the plan year?)")) }
            return .success((weights.map { total * $0 / sum }, held))
        }
        for _ in 0...weights.count {
            let heldTotal = zip(quotas, held).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
            let freeWeight = zip(weights, held).reduce(0) { $0 + ($1.1 ? 0 : $1.0) }
            guard freeWeight > 0 else { break }
            var moved = false
            for index in quotas.indices where !held[index] {
                quotas[index] = (total - heldTotal) * weights[index] / freeWeight
            }
            for index in quotas.indices where !held[index] {
                let low = old[index] * (1 - maxChange), high = old[index] * (1 + maxChange)
                if quotas[index] < low - 1e-9 { quotas[index] = low; held[index] = true; moved = true }
                else if quotas[index] > high + 1e-9 { quotas[index] = high; held[index] = true; moved = true }
            }
            if !moved { break }
        }
        let sum = quotas.reduce(0, +)
        guard abs(sum - total) <= 1e-6 * max(total, 1) else {
            let reach = old.reduce(0, +)
            return .failure(QuotaMethodProblem(
                "a ±\(NumberText.percent(maxChange, decimals: 0)) change limit cannot reach a total of \(NumberText.grouped(total)): today's quotas add up to \(NumberText.grouped(reach)), so the limit allows \(NumberText.grouped(reach * (1 - maxChange))) to \(NumberText.grouped(reach * (1 + maxChange))); widen --max-change or change the total"))
        }
        return .success((quotas, held))
    }

    /// Rounds to multiples of `unit` keeping the sum at `total` exactly: whole units go to the
    /// largest remainders (ties to the earlier seller); a seller rounded down to nothing takes one
    /// unit from the largest quota (a quota must stay above 0); and the part of `total` that is not
    /// a whole number of units goes to the largest quota (ties to the earlier seller).
    static func round(_ quotas: [Double], to unit: Double, total: Double) -> [Double] {
        let units = (total / unit).rounded(.down)
        let leftover = total - units * unit
        var whole = quotas.map { ($0 / unit).rounded(.down) }
        var missing = Int(units - whole.reduce(0, +))
        let order = quotas.indices.sorted {
            let a = quotas[$0] / unit - whole[$0], b = quotas[$1] / unit - whole[$1]
            return a != b ? a > b : $0 < $1
        }
        var position = 0
        while missing > 0, !order.isEmpty {
            whole[order[position % order.count]] += 1
            missing -= 1
            position += 1
        }
        for index in whole.indices where whole[index] == 0 && quotas[index] > 0 {
            guard let donor = whole.indices.max(by: { whole[$0] != whole[$1] ? whole[$0] < whole[$1] : $0 > $1 }),
                  whole[donor] > 1 else { break }
            whole[donor] -= 1
            whole[index] = 1
        }
        var rounded = whole.map { $0 * unit }
        if leftover > 0, let largest = rounded.indices.max(by: { rounded[$0] != rounded[$1] ? rounded[$0] < rounded[$1] : $0 > $1 }) {
            rounded[largest] += leftover
        }
        return rounded
    }
}
