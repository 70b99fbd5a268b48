import Foundation

/// The CSV files of a balancing report.
enum BalanceTables {
    /// `alignment.csv`: every account with its new territory, its territory of today and whether
    /// it moved, followed by the rest of the account's columns, so that the file can be used as
    /// the scenario's `accounts` table as it is (the accounts table reads `account` as its `id`
    /// column; `previous_territory` and `moved` are columns it knows and ignores).
    static func alignment(_ result: BalancingResult) -> Data {
        let problem = result.problem, territories = problem.scenario.territories
        var csv = CSVText(header: ["account", "territory", "previous_territory", "moved", "name", "potential", "billings",
                                   "workload_hours", "latitude", "longitude", "vertical", "segment", "locked"],
                          expectedRows: problem.accountCount)
        for (a, account) in problem.scenario.accounts.enumerated() {
            let now = Int(result.assignment[a]), before = Int(problem.initial[a])
            csv.text(account.id, first: true)
            csv.text(now >= 0 ? territories[now].id : "")
            csv.text(before >= 0 ? territories[before].id : (account.territoryID ?? ""))
            csv.text(now != before ? "true" : "false")
            csv.text(account.name)
            csv.money(account.potential)
            csv.money(account.billings)
            csv.number(account.workloadHours, decimals: 2)
            csv.number(account.latitude ?? .nan, decimals: 6)
            csv.number(account.longitude ?? .nan, decimals: 6)
            csv.text(account.vertical ?? "")
            csv.text(account.segment ?? "")
            csv.text(account.locked ? "true" : "false")
            csv.endRow()
        }
        return Data(csv.bytes)
    }

    /// `moves.csv`: one row per account that changes territory, with why.
    static func moves(_ result: BalancingResult) -> Data {
        let problem = result.problem, territories = problem.scenario.territories
        var csv = CSVText(header: ["account", "name", "from", "to", "potential", "workload_hours", "distance_km", "reason"],
                          expectedRows: result.moves.count)
        for move in result.moves {
            let account = problem.scenario.accounts[move.account]
            csv.text(account.id, first: true)
            csv.text(account.name)
            csv.text(move.from >= 0 ? territories[move.from].id : "")
            csv.text(territories[move.to].id)
            csv.money(account.potential)
            csv.number(account.workloadHours, decimals: 2)
            csv.number(move.distanceKm ?? .nan, decimals: 1)
            csv.text(move.reason)
            csv.endRow()
        }
        return Data(csv.bytes)
    }

    /// `territories.csv`: every territory before and after.
    static func territories(_ result: BalancingResult) -> Data {
        var csv = CSVText(header: [
            "territory", "name", "accounts_before", "accounts_after", "potential_before", "potential_after",
            "billings_before", "billings_after", "workload_hours_before", "workload_hours_after", "index_before",
            "index_after", "deviation_before", "deviation_after", "mean_distance_km_before", "mean_distance_km_after",
            "max_distance_km_before", "max_distance_km_after", "home_latitude", "home_longitude",
        ], expectedRows: result.before.rows.count)
        for (t, (old, new)) in zip(result.before.rows, result.after.rows).enumerated() {
            csv.text(old.id, first: true)
            csv.text(old.name)
            csv.integer(old.accounts)
            csv.integer(new.accounts)
            csv.money(old.potential)
            csv.money(new.potential)
            csv.money(old.billings)
            csv.money(new.billings)
            csv.number(old.workloadHours, decimals: 2)
            csv.number(new.workloadHours, decimals: 2)
            csv.number(old.index, decimals: 2)
            csv.number(new.index, decimals: 2)
            csv.ratio(old.deviation)
            csv.ratio(new.deviation)
            csv.number(old.meanDistanceKm ?? .nan, decimals: 1)
            csv.number(new.meanDistanceKm ?? .nan, decimals: 1)
            csv.number(old.maxDistanceKm ?? .nan, decimals: 1)
            csv.number(new.maxDistanceKm ?? .nan, decimals: 1)
            let home = result.problem.homeBase(t)
            csv.number(home?.latitude ?? .nan, decimals: 6)
            csv.number(home?.longitude ?? .nan, decimals: 6)
            csv.endRow()
        }
        return Data(csv.bytes)
    }
}
