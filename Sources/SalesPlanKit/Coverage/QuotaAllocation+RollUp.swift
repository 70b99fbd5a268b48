/// Managers' and overlays' quotas follow their teams' new quotas, so they never go stale.
extension QuotaAllocation {
    /// Each manager or overlay gets the roll-up rate for their role × the sum of the new quotas of
    /// the direct sellers credited to them; a role without a stated rate keeps its current ratio
    /// of quota to its team's quotas. Someone credited with nobody keeps their quota.
    static func rollUp(_ scenario: Scenario, direct: [Line], setting: QuotaSetting, periods: [Double]) -> [Line] {
        let credit = CreditMap(sellers: scenario.sellers)
        var newQuota: [Int: Double] = [:]
        for line in direct { newQuota[line.sellerIndex] = line.newQuota }
        return scenario.sellers.indices.compactMap { index -> Line? in
            let seller = scenario.sellers[index]
            guard seller.role.credit != .own else { return nil }
            let team = credit.creditedSellers(of: index)
            let oldTeam = team.reduce(0) { $0 + scenario.sellers[$1].quota }
            let newTeam = team.reduce(0) { $0 + (newQuota[$1] ?? scenario.sellers[$1].quota) }
            let rate = setting.rollup[seller.role] ?? (oldTeam > 0 ? seller.quota / oldTeam : 0)
            var quota = team.isEmpty || oldTeam <= 0 ? seller.quota : rate * newTeam
            if setting.roundTo > 0, !team.isEmpty {
                quota = max(setting.roundTo, (quota / setting.roundTo).rounded() * setting.roundTo)
            }
            return Line(sellerIndex: index, id: seller.id, role: seller.role, oldQuota: seller.quota, newQuota: quota,
                        basisShare: team.isEmpty ? 0 : rate, rampFactor: 1, heldByChangeLimit: false,
                        seasonal: periods.map { quota * $0 })
        }
    }
}
