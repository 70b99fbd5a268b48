import Foundation

/// The per-trial and per-seller CSV files of a run. Money is written to the cent and ratios to
/// nine decimals; `summary.json` has full precision.
public enum SimulationTables {
    /// `trials.csv`: one row per trial, in trial order.
    public static func trials(_ result: SimulationResult) -> Data {
        var csv = CSVText(header: [
            "trial", "year_type", "macro_shock", "bookings", "bookings_vs_goal", "variable_comp", "total_comp",
            "cost_of_sales", "share_at_quota", "direct_share_at_quota", "share_at_target", "goal_met", "ebitda",
        ], expectedRows: result.trials.count)
        let names = result.yearTypes.map(\.name)
        let trials = result.trials
        for index in 0..<trials.count {
            csv.integer(index + 1, first: true)
            csv.text(names[Int(trials.yearType[index])])
            csv.ratio(trials.macroShock[index])
            csv.money(trials.revenue[index])
            csv.ratio(result.goal > 0 ? trials.revenue[index] / result.goal : .nan)
            csv.money(trials.variableComp[index])
            csv.money(trials.totalComp[index])
            csv.ratio(trials.costOfSales[index])
            csv.ratio(trials.shareAtQuota[index])
            csv.ratio(trials.directShareAtQuota[index])
            csv.ratio(trials.shareAtTarget[index])
            csv.integer(trials.revenue[index] >= result.goal ? 1 : 0)
            if let ebitda = trials.ebitda {
                csv.money(ebitda[index])
            } else {
                csv.text("")
            }
            csv.endRow()
        }
        return Data(csv.bytes)
    }

    /// `sellers.csv`: one row per seller, in scenario order.
    public static func sellers(_ result: SimulationResult) -> Data {
        var csv = CSVText(header: [
            "id", "name", "role", "plan", "region", "segment", "territory", "manager", "quota", "target_incentive", "skill", "attainment_p10", "attainment_p50", "attainment_p90",
            "pay_p10", "pay_p50", "pay_p90", "mean_pay", "probability_at_quota",
        ], expectedRows: result.sellers.count)
        for seller in result.sellers {
            csv.text(seller.id, first: true)
            csv.text(seller.name)
            csv.text(seller.role.rawValue)
            csv.text(seller.planID)
            csv.text(seller.region ?? "")
            csv.text(seller.segment ?? "")
            csv.text(seller.territoryID ?? "")
            csv.text(seller.managerID ?? "")
            csv.money(seller.quota)
            csv.money(seller.targetIncentive)
            csv.ratio(seller.skill)
            csv.ratio(seller.attainmentP10)
            csv.ratio(seller.attainmentP50)
            csv.ratio(seller.attainmentP90)
            csv.money(seller.payP10)
            csv.money(seller.payP50)
            csv.money(seller.payP90)
            csv.money(seller.meanPay)
            csv.ratio(seller.probabilityAtQuota)
            csv.endRow()
        }
        return Data(csv.bytes)
    }
}
